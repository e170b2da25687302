/** Skills, levels and credentials as resumes spell them, hyphens and spaces included, beside the look-alikes. */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const skills = (text: string): string[] => extractText(`SUMMARY\n${text}`, taxonomy).skills.map((s) => s.id);

describe('written variants', () => {
  it.each([
    ['cold-calling', 'Cold-called prospective customers for the loan product.'],
    ['microsoft-powerpoint', 'Built Power Point decks for the weekly review.'],
    ['onboarding', 'Led On-Boarding of new hires.'],
    ['microsoft-outlook', 'Managed calendars in Outlook.'],
    ['inbound-call-handling', 'Supervised an in-bound call center of 40 agents.'],
  ])('finds %s in %j', (skill, text) => {
    expect(skills(text)).toContain(skill);
  });

  it.each([
    ['microsoft-outlook', 'Prepared a three year outlook for the board.'],
    ['microsoft-outlook', 'Known for a positive outlook.'],
  ])('finds no %s in %j', (skill, text) => {
    expect(skills(text)).not.toContain(skill);
  });

  it('reads "in-bound" as the inbound direction, beside outbound', () => {
    const directions = extractText('EXPERIENCE\nMonitored in-bound and outbound calls.', taxonomy).screening.callDirections.map((d) => d.id);
    expect(directions).toEqual(expect.arrayContaining(['inbound', 'outbound']));
  });

  it('reads "bi-lingual" as native and "functional" as intermediate', () => {
    const languages = extractText('SUMMARY\nBi-lingual in English and Spanish. Functional French.', taxonomy).screening.languages;
    expect(languages.map((l) => [l.id, l.proficiency])).toEqual([['english', 'native'], ['spanish', 'native'], ['french', 'intermediate']]);
  });

  it("takes no Citrix administrator for a certified coding associate, and the coding associate still", () => {
    const certifications = (text: string) => extractText(`CERTIFICATIONS\n${text}`, taxonomy).certifications.map((c) => c.id);
    expect(certifications('Citrix Certified Administrator (CCA)')).not.toContain('cca');
    expect(certifications('AHIMA Certified Coding Associate (CCA)')).toContain('cca');
  });

  it('reads a degree marked "Current" as under way, and a past one with a current GPA as finished', () => {
    const completed = (text: string) => extractText(`EDUCATION\n${text}`, taxonomy).education.entries.map((e) => e.completed);
    expect(completed('Master of Business Administration : Project Management Keller School of Management Current')).toEqual([false]);
    expect(completed('BS Accountancy, University of San Carlos, 2018, current GPA 3.5')).toEqual([true]);
  });
});
