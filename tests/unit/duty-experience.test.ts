/** A job's own lines show the work it involved: a job under another title whose duties are a role's counts toward it. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/extract-candidate/candidate-types.js';
import type { Requirement } from '../../src/score-roles/match-types.js';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const finance = 'finance-accounting-specialist';
const officer = [
  'EXPERIENCE',
  'Office Administrator, Lakeside Traders',
  'Jan 2020 - Dec 2023',
  '- Processed supplier invoices and payment runs in the accounts payable cycle',
  '- Prepared monthly bank reconciliations and posted journal entries',
  'Store Supervisor, Lakeside Traders',
  'Jan 2018 - Dec 2019',
  '- Opened and closed the store and kept the shelves stocked',
  'SKILLS',
  'General ledger, Excel',
].join('\n');

function experienceOf(candidate: Candidate, role: string): Requirement | undefined {
  return scoreRoles(candidate, taxonomy, [role])[0]?.components.find((c) => c.id === 'experience')?.requirements[0];
}

describe('skills stated in a job’s lines', () => {
  it('belong to the job whose header they follow, up to the next job, and not to the skills list below', () => {
    const [first, second] = extractText(officer, taxonomy).positions;
    expect(first?.dutySkills).toEqual(expect.arrayContaining(['accounts-payable', 'bank-reconciliation', 'journal-entries']));
    expect(first?.dutySkills).not.toContain('general-ledger');
    expect(second?.dutySkills).toEqual([]);
  });
});

describe('experience from duties', () => {
  it("counts a job whose lines show the role's must-have and important skills, at the taxonomy's share of a month", () => {
    const candidate = extractText(officer, taxonomy);
    expect(candidate.experience.relevantMonths[finance]).toBeUndefined();
    const experience = experienceOf(candidate, finance);
    const share = taxonomy.source.scoring.dutyExperience.credit;
    expect(experience?.detail).toMatch(new RegExp(`^0 relevant, 48 in other jobs doing its work \\(counting as ${Math.floor(48 * share)}\\) and 24 other months`));
    // The job that shows the work is the evidence; the store job is not.
    expect(experience?.evidence.map((e) => e.context)).toEqual([expect.stringContaining('Office Administrator')]);
    expect(experience?.credit).toBe(1);
  });

  it('does not count a job whose lines name fewer of the role’s skills, or none of its must-haves', () => {
    const passing = extractText(officer.replace('- Prepared monthly bank reconciliations and posted journal entries\n', ''), taxonomy);
    expect(experienceOf(passing, finance)?.detail).toMatch(/^0 relevant and 72 other months/);
    // Reconciliations and journal entries are important to the role, but no must-have: the work is not shown.
    const noMustHave = extractText(officer.replace('Processed supplier invoices and payment runs in the accounts payable cycle', 'Filed the paperwork'), taxonomy);
    expect(experienceOf(noMustHave, finance)?.detail).toMatch(/^0 relevant and 72 other months/);
  });

  it('counts no month twice: a job under the role’s own title is relevant experience already', () => {
    const titled = extractText(officer.replace('Office Administrator', 'Accounts Payable Specialist'), taxonomy);
    expect(titled.experience.relevantMonths[finance]).toBe(48);
    expect(experienceOf(titled, finance)?.detail).toMatch(/^48 relevant and 24 other months/);
  });

  it('scores the same skills higher where a job shows them than where a list names them alone', () => {
    const score = (text: string): number => scoreRoles(extractText(text, taxonomy), taxonomy, [finance])[0]?.score ?? 0;
    const listed = officer.replace(/- Processed[^\n]*\n- Prepared[^\n]*\n/, '').replace('General ledger, Excel', 'General ledger, Excel, accounts payable, invoice processing, bank reconciliations, journal entries');
    const skillsOf = (text: string): string[] => extractText(text, taxonomy).skills.map((s) => s.id).sort();
    expect(skillsOf(listed)).toEqual(skillsOf(officer));
    expect(score(officer)).toBeGreaterThan(score(listed));
  });
});
