/** A job held under a role's title shows the skill that defines the role, with the title as its evidence. */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const evidenceOf = (text: string, skill: string): string[] | undefined =>
  extractText(text, taxonomy).skills.find((s) => s.id === skill)?.evidence.map((e) => e.text);

describe('skills shown by job titles', () => {
  it("takes a job under a role's title as the role's defining skill, quoting the title", () => {
    const collector = 'EXPERIENCE\nSenior Collections Agent, Nutun, March 2019 – Present\n- Collect arrears on retail accounts';
    expect(evidenceOf(collector, 'debt-collection')).toEqual(['Senior Collections Agent']);
    const agent = 'WORK EXPERIENCE\nCall Center Agent, Sitel Philippines | June 2022 – Present\n- Inbound calls from US members';
    expect(evidenceOf(agent, 'customer-service')).toEqual(['Call Center Agent']);
  });

  it('lends no skill for a title that names no role, nor for a role several skills define alike', () => {
    expect(evidenceOf('EXPERIENCE\nCashier, Jollibee Cubao, 2018 - 2020', 'customer-service')).toBeUndefined();
    // Accounts payable, receivable and the ledger define the finance role alike: an accountant's title shows none alone.
    const accountant = 'EXPERIENCE\nStaff Accountant, Acme Corp, Jan 2019 - Dec 2022';
    expect(['accounts-payable', 'accounts-receivable', 'general-ledger'].map((skill) => evidenceOf(accountant, skill))).toEqual([undefined, undefined, undefined]);
  });

  it('keeps the evidence of a skill the resume names in words', () => {
    const text = 'EXPERIENCE\nCollections Agent, iQor, Jan 2020 - Dec 2022\n- Debt collection on credit card accounts';
    expect(evidenceOf(text, 'debt-collection')).toEqual(['Debt collection']);
  });
});
