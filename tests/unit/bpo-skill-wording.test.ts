/** How BPO agents and analysts write the skills they have, read as those skills. */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const skills = (line: string): string[] => extractText(`EXPERIENCE\nAgent, Acme BPO, 2020 - 2023\n- ${line}`, taxonomy).skills.map((s) => s.id);

describe('skills as agents write them', () => {
  it.each([
    ['billing-inquiries', 'Answer inbound customer calls and resolve billing and account concerns'],
    ['sales-targets', 'Exceeded monthly target 9 out of 12 months in 2023'],
    ['volume-forecasting', 'Long-term and short-term forecasting using Erlang C and time-series'],
    ['coaching', 'Coach 5 new joiners on FDCPA compliance'],
    ['social-media-marketing', 'Scheduled page posts and replied to messages in Meta Business Suite'],
    ['inbound-call-handling', 'Inbound voice account for a US telecom: billing inquiries, plan changes and troubleshooting'],
    ['complaint-handling', 'Handled client complaints at the teller window'],
    ['harmful-content-escalation', 'Flag and escalate child-safety, violent extremism and self-harm content'],
    ['image-and-video-moderation', 'Review 1,200+ user posts, images and videos per shift'],
    ['volume-forecasting', 'Build intraday and weekly forecasts in Excel and NICE IEX'],
    ['workforce-scheduling', 'Schedule 300 advisors across three sites'],
    ['complaint-handling', 'Dealt with complaints in line with FCA rules'],
  ])('%s in %j', (skill, line) => {
    expect(skills(line)).toContain(skill);
  });

  it.each([
    ['image-and-video-moderation', 'Review marketing videos with the brand team before launch'],
    ['inbound-call-handling', 'Outbound voice campaigns for a US telecom'],
    ['inbound-call-handling', 'Monitored real-time adherence and queue status for inbound voice and chat'],
    ['quality-assurance', 'QA score 95% on monthly call audits'],
  ])('no %s in %j', (skill, line) => {
    expect(skills(line)).not.toContain(skill);
  });
});
