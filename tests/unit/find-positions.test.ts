/** Jobs read from the header lines around each date range, in the layouts resumes use. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/extract-candidate/candidate-types.js';
import { extractCandidate } from '../../src/extract-candidate/extract-candidate.js';
import { segmentSections } from '../../src/segment-sections/group-lines-into-sections.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const extract = (text: string): Candidate =>
  extractCandidate(segmentSections(text, taxonomy), { taxonomy, referenceDate: { year: 2026, month: 11 } });
const jobs = (text: string): [string | null, string | null][] => extract(text).positions.map((p) => [p.title, p.employer]);

describe('positions', () => {
  it('reads title and employer above the dates, skipping a line of punctuation', () => {
    expect(jobs('WORK EXPERIENCE\nSoftware Engineer\nInfosys Limited -  Bengaluru, Karnataka -\n-\nJune 2016 to Present')).toEqual([
      ['Software Engineer', 'Infosys Limited'],
    ]);
  });

  it('reads a title below the dates when the lines above name only the employer and the place', () => {
    const text = 'WORK EXPERIENCE\nABC Institute\nTucson, AZ | Mar 2011 - Present\nEducational Assistant\n• Assisted teachers';
    expect(jobs(text)).toEqual([['Educational Assistant', 'ABC Institute']]);
  });

  it('gives each of two date-first jobs its own title', () => {
    const text = 'EMPLOYMENT HISTORY\n2015 - present\nDepartment Head, Wichita State University\n2007 - 2015\nAssociate Professor, Syracuse University';
    expect(jobs(text)).toEqual([
      ['Department Head', 'Wichita State University'],
      ['Associate Professor', 'Syracuse University'],
    ]);
  });

  it('keeps a title with an organisation word, but not an organisation with a legal form', () => {
    expect(jobs('EXPERIENCE\nDirector of Software Development, 2010 to Present')[0]?.[0]).toBe('Director of Software Development');
    expect(jobs('EXPERIENCE\nAgent Solutions Pvt Ltd | Customer Care Executive | 2019 - 2021')).toEqual([
      ['Customer Care Executive', 'Agent Solutions Pvt Ltd'],
    ]);
  });

  it('reads a job told in a sentence after its introducer', () => {
    const [job] = extract("EXPERIENCE\n• Worked as Software Engineer with Prolifics Corporation from Dec' 2015 to Sept' 2016").positions;
    expect(job).toMatchObject({ title: 'Software Engineer', employer: 'Prolifics Corporation', start: { year: 2015, month: 12 } });
  });

  it('reads no job from a sentence that introduces no title', () => {
    expect(jobs('EXPERIENCE\n• Migrated the billing platform for the client from 2015 to 2016 across three regions')).toEqual([]);
  });

  it('reads jobs under "Project" headings that continue an experience section', () => {
    const text = 'WORK EXPERIENCE\nTeam Lead\nCisco Systems\nJune 2016 to March 2017\nProject\nFSMS\n• Built flows\nDeveloper\nWipro Ltd\nAugust 2014 to May 2016';
    expect(jobs(text).map(([title]) => title)).toEqual(['Team Lead', 'Developer']);
  });

  it('lists jobs without dates apart, and does not take a description line for one', () => {
    const candidate = extract('WORK EXPERIENCE\nAssociate Software Engineer\noracle\n• Automation scripting in Python\nResponsibilities\nClient support');
    expect(candidate.positions).toEqual([]);
    expect(candidate.undatedPositions.map((p) => [p.title, p.employer])).toEqual([['Associate Software Engineer', 'oracle']]);
  });

  it('states the experience written in words, the total first, and no figure after "less than"', () => {
    const stated = (text: string) => extract(text).experience.stated;
    expect(stated('• Total experience: 3 years 6 months\n• 2 years of experience in Java')).toMatchObject({ months: 42, total: true });
    expect(stated('• 8.5+ years of experience in IT\n• 4yrs. of solid work experience')).toMatchObject({ months: 102, total: false });
    expect(stated('SUMMARY\nAlmost 7 years as an art editor')?.months).toBe(84);
    expect(stated('SKILLS\nC++ (Less than 1 year), Java (2 years)')).toBeNull();
    expect(stated('EXPERIENCE\nWorked 7 years as a teacher')).toBeNull();
  });
});
