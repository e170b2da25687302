/**
 * Skills denied with the skill between the words ("I have no collections experience yet"), college studies left
 * unfinished, a back office's and a moderation queue's KPIs as written ("96% quality, 100% productivity", "600
 * jobs/day"), and audit support told from the ledgers audited. Each claim beside the wording that only looks like it.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract-text.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();
const job = 'Ana Ruiz\nana@example.com\nEXPERIENCE\nAssociate - Acme Services, Manila   Jan 2022 - Present\n';
const skills = (text: string): string[] => extractText(text, taxonomy).skills.map((s) => s.id);
const duty = (line: string): string[] => skills(`${job}- ${line}`);
const summary = (line: string): string[] => skills(`Ana Ruiz\nana@example.com\nSUMMARY\n${line}\n${job}- Answered customer calls`);
const education = (lines: string): ReturnType<typeof extractText>['education'] =>
  extractText(`Ana Ruiz\nana@example.com\n${job}- Answered customer calls\nEDUCATION\n${lines}`, taxonomy).education;

describe('a skill denied with the skill between the words', () => {
  it.each([
    ['I have no collections experience yet', 'Ranked no. 1 in collections on overdue accounts'],
    ['No prior collections experience; eager to learn', 'Collections on overdue accounts with zero complaints'],
    ['Applying without collections experience', 'Handled collections for past due accounts, no backlog'],
  ])('denies debt collection in "%s", keeps it in "%s"', (denied, claimed) => {
    expect(summary(`Customer service professional seeking to move into a collections agent role. ${denied}`)).not.toContain('debt-collection');
    expect(duty(claimed)).toContain('debt-collection');
  });

  it('denies every skill of a list in the denial, and none after it', () => {
    const found = summary('I have no Zendesk or Salesforce experience yet, but I used Freshdesk daily');
    expect(found).not.toContain('zendesk');
    expect(found).not.toContain('salesforce-crm');
    expect(found).toContain('freshdesk');
  });

  it('leaves alone what others lack, and the skill beside no denial', () => {
    expect(duty('Trained 20 new hires who had no Zendesk experience')).toContain('zendesk');
    expect(duty('No. 1 in Zendesk experience scores for the quarter')).toContain('zendesk');
  });
});

describe('college studies left unfinished', () => {
  it('reads coursework toward a degree, not completed, as no degree; the diploma stays the highest level', () => {
    const left = education('Erie Community College – coursework toward A.A.S. Business (did not complete)\nHigh School Diploma, 2017');
    expect(left.entries[0]).toMatchObject({ level: 'associate', completed: false });
    expect(left.highestLevel).toBe('higher-secondary');
    const finished = education('Erie Community College – A.A.S. Business, 2019\nHigh School Diploma, 2017');
    expect(finished.entries[0]).toMatchObject({ level: 'associate', completed: true });
    expect(finished.highestLevel).toBe('associate');
  });

  it('reads "some college" as studies not finished, entered from the high school diploma', () => {
    const some = education('Some college coursework – College of Southern Nevada');
    expect(some.entries[0]).toMatchObject({ level: 'associate', completed: false });
    expect(some.highestLevel).toBe('higher-secondary');
    // A degree's own name holding a word of studies under way still names the degree.
    expect(education('Undergraduate degree in Psychology, University of Nevada, 2015').highestLevel).toBe('bachelor');
  });
});

describe("a back office's and a moderation queue's KPIs", () => {
  it.each([
    ['qa-scores', '96% quality, 100% productivity; participated in resiliency sessions', 'Quality of work praised by the manager'],
    ['qa-scores', 'Drive team KPIs: quality 96.8%, attrition below 3% monthly', 'Improved quality by 20% through coaching'],
    ['productivity-metrics', '96% quality, 100% productivity; participated in resiliency sessions', 'Used productivity tools such as Notion'],
    ['productivity-metrics', 'Maintained accuracy of 96% and handled 600 jobs/day', 'Improved team productivity by 20% through automation'],
    ['productivity-metrics', 'Met daily handling targets (around 450 tickets per shift)', 'Microsoft 365 productivity suite'],
    ['productivity-metrics', 'KPIs: 99.1% accuracy, 45 cases/hour', 'Opened cases for the legal team'],
    // Productivity against target may pass 100%; a customer's satisfaction may not.
    ['productivity-metrics', 'Sustained 112% productivity on the ads queue', 'Used productivity apps daily'],
    ['accuracy-rate', 'KPIs: 99.1% accuracy, 45 cases/hour', 'Opened cases for the legal team'],
  ])('%s: found in "%s", not in "%s"', (skill, claimed, other) => {
    expect(duty(claimed)).toContain(skill);
    expect(duty(other)).not.toContain(skill);
  });
});

it('reads no rate above 100% where a rate cannot pass it', () => {
  const metrics = extractText('EXPERIENCE\nAgent, TaskUs, 2022 - Present\n- CSAT 150% and 112% productivity', taxonomy).screening.metrics;
  expect(metrics.map((m) => [m.id, m.value])).toEqual([['productivity', 112]]);
});

describe('audit support', () => {
  it('reads auditors supported as audit support, and an audit support line as no AP or AR work', () => {
    expect(duty('Support statutory and internal auditors with schedules and documents')).toContain('audit-support');
    expect(duty('Supported QA audits of recorded calls')).not.toContain('audit-support');
    const support = skills(`${job}- Audit support\n- Month-end close`);
    expect(support).toContain('audit-support');
    expect(support).not.toContain('accounts-payable');
    expect(support).not.toContain('accounts-receivable');
  });
});
