/** Verb-and-object phrasings: the words between may vary, the sentence may not end between them. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { verbForms } from '../../src/taxonomy/conjugate-verbs.js';
import { bulletGlyphs } from '../../src/text/bullets.js';
import { PhrasingMatcher } from '../../src/text/phrasing-matcher.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const matcher = new PhrasingMatcher([{ verbs: ['supervised', 'led'], objects: ['staff', 'associates'], maxGap: 3, value: 'people' }]);
const found = (text: string) => matcher.findAll(text).map((hit) => text.slice(hit.start, hit.end));

describe('PhrasingMatcher', () => {
  it('finds a verb and its object with up to the allowed words between, plural or not', () => {
    expect(found('Led a group of associates')).toEqual(['Led a group of associates']);
    expect(found('Supervised staff and led 4 associates')).toEqual(['Supervised staff', 'led 4 associates']);
    expect(found('led one associate')).toEqual(['led one associate']);
  });

  it('does not reach past the gap or across the end of a sentence', () => {
    expect(found('Led a team of thirty associates')).toEqual([]);
    expect(found('Led the quarterly review of the associates')).toEqual([]);
    expect(found('Supervised the launch. Staff were trained weekly')).toEqual([]);
    expect(found('Led • Staff')).toEqual([]);
  });

  it.each(Array.from(bulletGlyphs))('%j ends a sentence as a bullet does', (bullet) => {
    expect(found(`Led ${bullet} Staff`)).toEqual([]);
  });
});

describe('phrasings in the built-in taxonomy', () => {
  let taxonomy: CompiledTaxonomy;
  beforeAll(async () => {
    taxonomy = await builtInTaxonomy();
  });
  const skills = (text: string) =>
    extractText(`EXPERIENCE\n${text}`, taxonomy).skills;

  it('is found from how managers write it, with the phrase as evidence', () => {
    const people = skills('• Directed team of thirty associates across two shifts').find((s) => s.id === 'people-management');
    expect(people?.evidence[0]?.text).toBe('Directed team of thirty associates');
    expect(skills('• Oversees 12 customer service representatives').map((s) => s.id)).toContain('people-management');
  });

  it.each([
    ['claims-processing', 'Processed medical and dental claims for 40 clinics', 'Processed refunds; claims were sent to the carrier'],
    ['claims-submission', 'Submitted primary and secondary claims daily', 'Submitted timesheets and expense reports'],
    ['denial-management', 'Reworked denied and underpaid accounts', 'Worked as a claims clerk for two years'],
    ['medical-billing', 'Billed Medicare, Medicaid and commercial payers', 'Billed hourly to retail clients'],
    ['eligibility-verification', 'Ensured timely verification of insurance benefits before visits', 'Checked the benefits of the new layout'],
    ['training-delivery', 'Trained 25 new employees on the CRM', 'Attended training on the new CRM'],
    ['training-delivery', 'Delivered weekly product training to agents', 'Conducted exit interviews of departing staff'],
    ['legal-drafting', 'Supported attorneys by generating and filing of pleadings and motions', 'Prepared weekly briefs and memos'],
    ['legal-drafting', 'Drafted the lease agreements for 40 stores', 'Generated over $1M in new contracts'],
  ])('%s: found in "%s", not in "%s"', (skill, written, other) => {
    expect(skills(`• ${written}`).map((s) => s.id)).toContain(skill);
    expect(skills(`• ${other}`).map((s) => s.id)).not.toContain(skill);
  });

  it('stops at a preposition: what follows "for" is not what the verb acts on', () => {
    expect(skills('• Managed payroll for 300 employees').map((s) => s.id)).not.toContain('people-management');
    expect(skills('• Managed a staff of 300 employees').map((s) => s.id)).toContain('people-management');
  });

  it('leaves out the forms a phrasing excepts, also when they read as plurals ("leads")', () => {
    expect(skills('• Lead analyst for the claims team').map((s) => s.id)).not.toContain('people-management');
    expect(skills('• Team leads analysts weekly').map((s) => s.id)).not.toContain('people-management');
    expect(skills('• Led 4 analysts through the migration').map((s) => s.id)).toContain('people-management');
  });

  it('is not read into a noun the people word qualifies ("staff meetings", "employee handbook")', () => {
    expect(skills('• Led weekly staff meetings for the branch').map((s) => s.id)).not.toContain('people-management');
    expect(skills('• Managed the employee handbook and onboarding').map((s) => s.id)).not.toContain('people-management');
    expect(skills('• Managed the staff of the branch').map((s) => s.id)).toContain('people-management');
  });

  it('is not read into meetings a team held or drivers a technician installed', () => {
    expect(skills('• Led team meetings every week').map((s) => s.id)).not.toContain('people-management');
    expect(skills('• Managed device drivers and printer queues').map((s) => s.id)).not.toContain('people-management');
  });
});

describe('verb forms for phrasings', () => {
  it('gives every tense a resume writes, irregular ones too, and no future', () => {
    expect(verbForms('oversee')).toEqual(expect.arrayContaining(['oversee', 'oversaw', 'oversees', 'overseeing', 'overseen']));
    expect(verbForms('lead')).toEqual(expect.arrayContaining(['led', 'leads', 'leading']));
    expect(verbForms('submit')).toEqual(expect.arrayContaining(['submitted', 'submits', 'submitting']));
    expect(verbForms('verify')).toEqual(expect.arrayContaining(['verified', 'verifies', 'verifying']));
    expect(verbForms('supervise').some((form) => form.includes('will'))).toBe(false);
  });
});
