/** Accountancy qualifications as F&A outsourcing resumes write them: which institute, which level, held or part-way. */
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract-text.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();
const held = (line: string): string[] => extractText(`Ana Ruiz\nana@example.com\nCERTIFICATIONS\n${line}`, taxonomy).certifications.map((c) => c.id);
const titleRoles = (line: string): string[][] => extractText(`Ana Ruiz\nEXPERIENCE\n${line}\n- Cash application`, taxonomy).positions.map((p) => p.titleRoles);

describe('accountancy qualifications', () => {
  it("tells India's cost accountant (ICMAI) from the US CMA (IMA)", () => {
    expect(held('CMA (ICMAI) – Institute of Cost Accountants of India – Final cleared Dec 2020')).toEqual(['cma-india']);
    expect(held('US CMA (IMA), 2021')).toEqual(['cma-us']);
    expect(held('CMA, Institute of Management Accountants, 2021')).toEqual(['cma-us']);
  });

  it('reads CA Intermediate as its own level, not as a Chartered Accountant, and ICMAI\'s intermediate as no qualification', () => {
    expect(held('CA Intermediate – ICAI – 2018')).toEqual(['ca-intermediate']);
    expect(held('CA Inter (both groups), 2019')).toEqual(['ca-intermediate']);
    expect(held('Chartered Accountant (ICAI), 2020')).toEqual(['chartered-accountant']);
    expect(held('CMA Inter – ICMAI, 2019')).toEqual([]);
  });

  it('holds no qualification part-way, and still holds one passed on a first attempt', () => {
    expect(held('ACCA part-qualified (9 of 13 exams passed)')).toEqual([]);
    expect(held('CA Final – Group I cleared Nov 2024; Group II attempt May 2025')).toEqual([]);
    expect(held('ACCA member since 2019')).toEqual(['acca']);
    expect(held('Passed CompTIA A+ on the first attempt, 2022')).toEqual(['comptia-a-plus']);
  });

  it('reads the ProAdvisor certificate as written with its product name', () => {
    expect(held('QuickBooks Online ProAdvisor (Certified), 2019')).toEqual(['quickbooks-proadvisor']);
  });

  it("reads an F&A tower's titles as the finance role's", () => {
    expect(titleRoles('Accounts Receivable Analyst, Concentrix, Jan 2020 - Dec 2024')).toEqual([['finance-accounting-specialist']]);
    expect(titleRoles('O2C Associate, Genpact, Apr 2019 - Mar 2022')).toEqual([['finance-accounting-specialist']]);
    expect(titleRoles('Sales Associate, SM Store, Apr 2019 - Mar 2022')).not.toEqual([['finance-accounting-specialist']]);
    // A tower named after the title, its "to" no end of the title: "Executive – Order to Cash".
    expect(titleRoles('Executive – Order to Cash, Genpact, Apr 2019 - Mar 2022')).toEqual([['finance-accounting-specialist']]);
    // The record-to-report tower keeps the ledger, a must-have of the finance role as payables and receivables are.
    expect(titleRoles('Analyst – Record to Report, Genpact, Apr 2019 - Mar 2022')).toEqual([['finance-accounting-specialist']]);
  });
});
