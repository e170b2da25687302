import { beforeAll, describe, expect, it } from 'vitest';
import { segmentSections } from '../../src/segment-sections/group-lines-into-sections.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const outline = (text: string) => segmentSections(text, taxonomy).sections.map((s) => [s.id, s.lines.map((l) => l.text)]);

describe('segmentSections', () => {
  it('reads a heading set in spaced letters, with or without a wider space between its words, and no other line of letters', async () => {
    const taxonomy = await builtInTaxonomy();
    const ids = (text: string): string[] => segmentSections(text, taxonomy).sections.map((section) => section.id);
    expect(ids('KJ VILLANUEVA\nW O R K E X P E R I E N C E\nAgent, TaskUs\nE D U C A T I O N\nBSIT, 2019')).toEqual(['header', 'experience', 'education']);
    expect(ids('KJ VILLANUEVA\nW O R K  E X P E R I E N C E\nAgent, TaskUs')).toEqual(['header', 'experience']);
    expect(ids('KJ VILLANUEVA\nA B C D\nAgent, TaskUs')).toEqual(['header']);
  });

  it('reads Filipino headings, and no Filipino sentence that opens with a heading word', () => {
    const ids = (text: string): string[] => segmentSections(text, taxonomy).sections.map((section) => section.id);
    expect(ids('JOMAR DELA PENA\nKARANASAN SA TRABAHO\nCollector – Bayanihan Lending Corp.\nEDUKASYON\nBSBA, 2019\nMGA KASANAYAN\nExcel'))
      .toEqual(['header', 'experience', 'education', 'skills']);
    expect(ids('JOMAR DELA PENA\nKaranasan sa trabaho ng limang taon sa collections.')).toEqual(['header']);
  });

  it('reads "Core Qualifications" as skills, and "Qualifications" alone as schooling', () => {
    expect(outline('SALES MANAGER\nCore Qualifications\nSalesforce, Excel, negotiation')).toEqual([['header', ['SALES MANAGER']], ['skills', ['Salesforce, Excel, negotiation']]]);
    expect(outline('JANE DOE\nQualifications\nBSc Computing, University of Leeds, 2015')[1]?.[0]).toBe('education');
  });

  it('groups lines under headings written in any case and decoration', () => {
    const text = 'Jane Doe\njane@example.com\n\nWORK EXPERIENCE\nAgent, Acme\n— Education —\nBBA, 2019\nskills:\nExcel';
    expect(outline(text)).toEqual([
      ['header', ['Jane Doe', 'jane@example.com']],
      ['experience', ['Agent, Acme']],
      ['education', ['BBA, 2019']],
      ['skills', ['Excel']],
    ]);
  });

  it('reads two headings of one section joined by a slash or "&" as that heading, but not two sections joined', () => {
    expect(outline('CERTIFICATIONS/LICENSES\nCCNA\nSkills & Tools\nExcel').map(([id]) => id)).toEqual(['certifications', 'skills']);
    expect(outline('Education / Experience\nBBA, 2019').map(([id]) => id)).toEqual(['header']);
  });

  it('reads a numbered heading as its words, and a numbered sentence as no heading', () => {
    expect(outline('5. Academic Studies:\nBBA, 2019\nIV) Work Experience\nAgent, Acme').map(([id]) => id)).toEqual(['education', 'experience']);
    expect(outline('1. Education of 40 new hires on billing rules').map(([id]) => id)).toEqual(['header']);
  });

  it('keeps content written after a heading and a colon', () => {
    expect(outline('Core Competencies: Zendesk, Excel')).toEqual([['skills', ['Zendesk, Excel']]]);
  });

  it('does not take sentences that start with a heading word for headings', () => {
    expect(outline('Experience in handling inbound calls for a US telecom account')).toEqual([
      ['header', ['Experience in handling inbound calls for a US telecom account']],
    ]);
  });

  it('reads a heading word wrapped onto a line of its own as the end of the sentence above it, not as a heading', () => {
    const ids = (text: string): string[] => segmentSections(text, taxonomy).sections.map((section) => section.id);
    // "organization." ends a duty; "skills" ends "Strong interpersonal" in a narrow column.
    const wrapped = 'EXPERIENCE\nApril 2014 to January 2016\nFinance Officer\nCoordinate the budgeting of all or part of an\norganization.\nReceive cash and make deposits.\nSKILLS\nStrong interpersonal\nskills\nEDUCATION\nBSc Accounting, 2013';
    expect(ids(wrapped)).toEqual(['experience', 'skills', 'education']);
    expect(outline(wrapped)[0]?.[1]).toContain('organization.');
    // A lower-case heading after a finished line, or in a resume that sets all its headings in lower case, stays one.
    expect(ids('Jane Doe\nEXPERIENCE\nAgent, Acme, 2019\nskills\nExcel\nEDUCATION\nBBA, 2019')).toEqual(['header', 'experience', 'skills', 'education']);
    expect(ids('jane doe\ninterests\ncommunity detection, data\nmining\neducation\nB.Sc. Computer Science')).toEqual(['header', 'personal', 'education']);
  });

  it('keeps offsets that point back into the text', () => {
    const text = 'Name\n\nSKILLS\n  Zendesk  ';
    const line = segmentSections(text, taxonomy).sections[1]?.lines[0];
    expect(line && text.slice(line.start, line.end)).toBe('Zendesk');
  });

  it('puts a resume without headings in one header section', () => {
    expect(outline('Jane Doe\nCall centre agent 2019-2021')).toEqual([['header', ['Jane Doe', 'Call centre agent 2019-2021']]]);
  });
});
