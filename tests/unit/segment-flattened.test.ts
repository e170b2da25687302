/** Resumes flattened into long lines by a converter, headings with qualifiers, and date ranges written loosely. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDateRanges } from '../../src/extract-candidate/parse-date-ranges.js';
import { segmentSections } from '../../src/segment-sections/group-lines-into-sections.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const reference = { year: 2026, month: 11 };
let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const outline = (text: string) => segmentSections(text, taxonomy).sections.map((s) => [s.id, s.lines.map((l) => l.text)]);
const ranges = (text: string) => parseDateRanges(text, taxonomy.dates, reference).map(({ start, end, ongoing }) => ({ start, end, ongoing }));

describe('flattened text', () => {
  it('cuts a long line at its runs of spaces, keeping a date range whose dash was lost in one piece', () => {
    const text =
      '"Jane Doe  Tucson, AZ  WORK EXPERIENCE  ABC Institute  Tucson, AZ | Mar 2011  Present  Educational Assistant  ' +
      '\\xe2\\x80\\xa2 Assist teachers with day to day work  EDUCATION  Tucson City College, Tucson, AZ | 2010';
    expect(outline(text)).toEqual([
      ['header', ['"Jane Doe', 'Tucson, AZ']],
      ['experience', ['ABC Institute', 'Tucson, AZ | Mar 2011  Present', 'Educational Assistant', '\\xe2\\x80\\xa2 Assist teachers with day to day work']],
      ['education', ['Tucson City College, Tucson, AZ | 2010']],
    ]);
  });

  it('leaves short lines whole, even with runs of spaces', () => {
    expect(outline('Agent   Acme BPO   2019 - 2021')).toEqual([['header', ['Agent   Acme BPO   2019 - 2021']]]);
  });
});

describe('headings', () => {
  it('reads headings with qualifier words around them, and capitals that end with a heading', () => {
    expect(outline('Selected Accomplishments\nA\nEducation Details\nB\nVOLUNTARY EXPERIENCE\nC\nSKILLS & QUALIFICATIONS\nD').map(([id]) => id)).toEqual([
      'achievements',
      'education',
      'experience',
      'skills',
    ]);
  });

  it('reads a line in Title Case that ends with "Experience" as a heading, but not a subject that ends with another name', () => {
    expect(outline('Legal Work Experience\nA\nRelated Experiences (Continued)\nB').map(([id]) => id)).toEqual(['experience', 'experience']);
    expect(outline('EXPERIENCE\nK-5 Physical Education\nProgramming Languages\nLegal work experience')).toEqual([
      ['experience', ['K-5 Physical Education', 'Programming Languages', 'Legal work experience']],
    ]);
  });

  it('reads a volunteer heading as an experience heading, but not a volunteer title with its employer', () => {
    expect(outline('VOLUNTEER & COMMUNITY\nBig Kids Society\nVolunteer Tutor, Lahug Hall')).toEqual([
      ['experience', ['Big Kids Society', 'Volunteer Tutor, Lahug Hall']],
    ]);
  });

  it('does not take an employer in capitals that ends with a heading word for a heading', () => {
    expect(outline('EXPERIENCE\nABC SOFTWARE\nDeveloper, 2019 - 2021').map(([id]) => id)).toEqual(['experience']);
  });

  it('does not take a title-case line that only contains a heading word for a heading', () => {
    expect(outline('Customer Service Experience in telecom')).toEqual([['header', ['Customer Service Experience in telecom']]]);
    expect(outline('Key Account Manager')).toEqual([['header', ['Key Account Manager']]]);
  });
});

describe('loosely written date ranges', () => {
  it.each([
    ["Dec' 2015 to Sept' 2016", { year: 2015, month: 12 }, { year: 2016, month: 9 }, false],
    ['May/2008 - May/2016', { year: 2008, month: 5 }, { year: 2016, month: 5 }, false],
    ['Jan-2016 - Mar-2017', { year: 2016, month: 1 }, { year: 2017, month: 3 }, false],
    ['7/95 to 3/98', { year: 1995, month: 7 }, { year: 1998, month: 3 }, false],
    ['01/09/2003 - 28/02/2004', { year: 2003, month: 9 }, { year: 2004, month: 2 }, false],
    ['Mar 2011  Present', { year: 2011, month: 3 }, reference, true],
    ['since March 2016', { year: 2016, month: 3 }, reference, true],
    ['September 2017 onwards', { year: 2017, month: 9 }, reference, true],
    ['Aug 2012 \\xe2\\x80\\x94 May 2013', { year: 2012, month: 8 }, { year: 2013, month: 5 }, false],
    ['2010 \\xc3\\xa2\\xc2\\x80\\xc2\\x93 Present', { year: 2010, month: 6 }, reference, true],
  ])('reads %s', (text, start, end, ongoing) => {
    expect(ranges(`Agent, Acme BPO | ${text}`)).toEqual([{ start, end, ongoing }]);
  });

  it('reads no range from a single space between numbers, fractions or a date alone', () => {
    expect(ranges('Scored 85/100 and 7/10; grade 12 2015; joined in 2016')).toEqual([]);
    expect(ranges('Awards 2019 \\xe2\\x80\\xa2 2020')).toEqual([]);
  });
});
