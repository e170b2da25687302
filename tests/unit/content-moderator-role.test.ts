/**
 * Content moderation: a moderator's resume ranks the content-moderator role first on the work it shows, while a
 * customer-service or data-entry resume, which shares its soft skills and back-office level, does not; and the words
 * other work shares with moderation ("moderated classroom discussions", "graphic designs") claim none of its skills.
 */
import { describe, expect, it } from 'vitest';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();

const moderator = `Maria Santos
Quezon City, Philippines | maria.santos@example.com

SUMMARY
Content moderator with four years of experience reviewing user-generated content for a global social media platform.

EXPERIENCE
Content Moderator, TaskUs, Quezon City    June 2022 - Present
- Review 1,200+ user-generated posts a day against community guidelines
- Remove hate speech, graphic violence and spam, and escalate CSAM to the client's specialist queue
- Keep 98% decision accuracy on weekly quality audits

EDUCATION
Bachelor of Arts in Communication, University of Santo Tomas, 2022

SKILLS
Attention to detail, emotional resilience, English (fluent), Filipino (native)`;

const customerService = `John Reyes
Cebu City, Philippines | john.reyes@example.com

EXPERIENCE
Customer Service Representative, Teleperformance, Cebu    March 2022 - Present
- Handle 80+ inbound calls a day on billing inquiries, plan changes and complaints
- Resolve issues on first contact and keep CSAT above 92% and AHT under 6 minutes
- Document every interaction in Salesforce and escalate unresolved cases to Tier 2

EDUCATION
Bachelor of Science in Business Administration, University of San Carlos, 2021

SKILLS
Customer service, complaint handling, active listening, attention to detail, Zendesk, English (fluent)`;

const dataEntry = `Priya Sharma
Pune, India | priya.sharma@example.com

EXPERIENCE
Data Entry Operator, Genpact, Pune    January 2022 - Present
- Key 400+ invoices a day into SAP with 99.5% accuracy against the source documents
- Verify, correct and de-duplicate customer records in Excel and the client database
- Index and file scanned documents and meet daily turnaround targets

EDUCATION
Bachelor of Commerce, Savitribai Phule Pune University, 2021

SKILLS
Data entry, typing 45 WPM, 10-key, MS Excel, MS Office, attention to detail, data verification`;

const trustAndSafetySkills = taxonomy.source.skills.filter((s) => s.category === 'trust-and-safety' || s.id === 'content-moderation').map((s) => s.id);

function ranking(text: string) {
  return scoreRoles(extractText(text, taxonomy), taxonomy);
}

describe('the content-moderator role', () => {
  it('ranks a moderator first, with the must-have skills met and quoted from the resume', () => {
    const [best] = ranking(moderator);
    expect(best?.roleId).toBe('content-moderator');
    expect(best?.readiness.level).toBe('ready-now');
    const mustHaves = best?.components.find((c) => c.id === 'mustHaveSkills')?.requirements ?? [];
    expect(mustHaves.map((r) => [r.id, r.status])).toEqual([
      ['content-moderation', 'met'],
      ['community-guidelines', 'met'],
    ]);
    expect(mustHaves[0]?.evidence.map((e) => e.text)).toContain('reviewing user-generated content');
    expect(mustHaves[1]?.evidence[0]?.text).toBe('community guidelines');
    const title = best?.components.find((c) => c.id === 'title')?.requirements[0];
    expect([title?.status, title?.detail]).toEqual(['met', 'Content Moderator']);
    const important = best?.components.find((c) => c.id === 'importantSkills')?.requirements ?? [];
    const met = important.filter((r) => r.status === 'met').map((r) => r.id);
    expect(met).toEqual(expect.arrayContaining(['sensitive-content-review', 'hate-speech-and-misinformation', 'harmful-content-escalation', 'stress-tolerance']));
  });

  it.each([
    ['customer service', customerService, 'customer-service-representative'],
    ['data entry', dataEntry, 'data-entry-operator'],
  ])('does not rank first for a %s resume, which shows none of its skills', (_, text, own) => {
    const roles = ranking(text);
    expect(roles[0]?.roleId).toBe(own);
    const moderation = roles.find((r) => r.roleId === 'content-moderator');
    expect(moderation?.band).not.toBe('strong');
    expect(moderation?.components.find((c) => c.id === 'mustHaveSkills')?.value).toBe(0);
    expect(extractText(text, taxonomy).skills.map((s) => s.id).filter((id) => trustAndSafetySkills.includes(id))).toEqual([]);
  });

  it('takes its titles from the qualified and Trust & Safety ways BPOs write them', () => {
    const text = [
      'EXPERIENCE',
      'Process Associate - Content Moderation, Genpact, Gurugram    Aug 2021 - Dec 2023',
      '- Moderated images, videos and live streams against client content policies',
      '- Removed 300 spam posts a shift',
      'Trust & Safety Analyst, Accenture, Manila    Jan 2024 - Present',
      '- Identified hate speech and misinformation in Tagalog and English posts',
    ].join('\n');
    const candidate = extractText(text, taxonomy);
    expect(candidate.positions.map((p) => p.titleRoles)).toEqual([['content-moderator'], ['content-moderator']]);
    const evidence = (id: string) => candidate.skills.find((s) => s.id === id)?.evidence.map((e) => e.text);
    expect(evidence('image-and-video-moderation')).toEqual(['Moderated images', 'live streams']);
    expect(evidence('content-moderation')).toEqual(expect.arrayContaining(['Content Moderation', 'Removed 300 spam posts']));
    expect(evidence('community-guidelines')).toEqual(['content policies']);
  });

  it('finds no moderation skill in the moderating, graphic and safeguarding work of other jobs', () => {
    const text = [
      'EXPERIENCE',
      'High School Teacher, Lincoln High School, Chicago    2015 - Present',
      '- Initiated, facilitated and moderated classroom discussions on current events',
      '- Panel Moderator at the district teaching conference',
      '- Reported suspected child abuse and escalated suicidal students to the counselor',
      '- Led anti-harassment and anti-bullying workshops for staff',
      '- Reviewed graphic designs and sensitive documents for the yearbook committee',
      '- Moderate video editing skills; moderate knowledge of content management systems',
      '- Reviewed job posts for the recruiting team',
    ].join('\n');
    const candidate = extractText(text, taxonomy);
    expect(candidate.skills.map((s) => s.id).filter((id) => trustAndSafetySkills.includes(id))).toEqual([]);
    expect(candidate.positions.flatMap((p) => p.titleRoles)).not.toContain('content-moderator');
  });
});
