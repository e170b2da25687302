/**
 * A skill that names what software the candidate built does is no skill of theirs; the same words said of their own
 * work, of a tool they built with, or in a skills list still are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const skills = (text: string): string[] =>
  extractText(text, taxonomy).skills.map((s) => s.id);

describe('skills that name software the candidate built', () => {
  it.each([
    ['order-processing', 'Handled order entry for 300 retail accounts', 'Designed and developed a sub application for the Order Entry system'],
    ['accounts-payable', 'Processed accounts payable for three plants', 'Converted the Customer, Payables and Receivables sub-systems to DB2'],
    ['legal-citation', 'Checked legal citations in appellate briefs', 'Enhanced a widely used schema module for legal citations'],
    ['e-learning-development', 'Authored e-learning courses in Storyline', 'Development of e-detailing, e-learning and webinar applications in PHP'],
    ['underwriting-support', 'Provided underwriting support to the commercial team', 'Developed underwriting support applications using ASP.NET MVC'],
    ['bank-reconciliation', 'Performed bank reconciliation for six accounts', 'Automated the bank reconciliation interfaces for 15 countries'],
    ['data-entry', 'Handled data processing for 2,000 claims a day', 'Developed batch data processing applets in Java'],
    ['billing-and-invoicing', 'Handled billing for 400 clients a month', 'Installed the customer email billing system on Linux'],
    ['order-processing', 'Handled order entry for 300 retail accounts', 'Configured the Order Entry system for the client'],
    ['payroll-processing', 'Processed payroll for 300 staff', 'Oversaw the upgrade to the Payroll Deduction system'],
  ])('%s: found in "%s", not in "%s"', (skill, own, built) => {
    expect(skills(`EXPERIENCE\n${own}`)).toContain(skill);
    expect(skills(`EXPERIENCE\n${built}`)).not.toContain(skill);
  });

  it('needs a verb of building in the sentence: software worked in is no software built', () => {
    expect(skills('EXPERIENCE\nKeyed orders into the Order Entry system')).toContain('order-processing');
    expect(skills('EXPERIENCE\nDeveloped the Order Entry system')).not.toContain('order-processing');
    expect(skills('EXPERIENCE\nBuilt the team. Kept the Order Entry system current')).toContain('order-processing');
  });

  it('reads a bullet, not a full stop inside a word, as the end of the sentence', () => {
    expect(skills('EXPERIENCE\nDeveloped dashboards ➢ Order Entry system upkeep')).toContain('order-processing');
    expect(skills('EXPERIENCE\nDeveloped dashboards · Order Entry system upkeep')).toContain('order-processing');
    expect(skills('EXPERIENCE\nDeveloped the .NET based Order Entry system')).not.toContain('order-processing');
  });

  it('keeps a preposition between the skill and the software noun as a break', () => {
    expect(skills('EXPERIENCE\nDesigned software driving continuous improvement to processes, systems and work flow')).toContain('kaizen');
  });

  it('keeps the tools software is built with or on, and the skills a skills list names', () => {
    expect(skills('EXPERIENCE\nDeveloped an Excel tool for weekly rosters')).toContain('microsoft-excel');
    expect(skills('EXPERIENCE\nDeveloped a touch-screen application for Windows')).toContain('windows-os');
    expect(skills('SKILLS\nOrder Entry system')).toContain('order-processing');
  });
});
