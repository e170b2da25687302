/** Degrees, with the year written below or above them, and abbreviations as Indian and US resumes write them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCandidate } from '../../src/extract-candidate/extract-candidate.js';
import { segmentSections } from '../../src/segment-sections/group-lines-into-sections.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const degrees = (text: string): [string | null, number | null][] =>
  extractCandidate(segmentSections(text, taxonomy), { taxonomy, referenceDate: { year: 2026, month: 11 } }).education.entries.map((e) => [
    e.level,
    e.graduationYear,
  ]);

describe('education', () => {
  it('reads abbreviated degrees and the year three lines below', () => {
    const text = 'EDUCATION\nB.E in Computer Science\nAnna University\nChennai, Tamil Nadu\n2012 to 2016\nMCA\nPune University\n2018';
    expect(degrees(text)).toEqual([
      ['bachelor', 2016],
      ['master', 2018],
    ]);
    expect(degrees('EDUCATION\nBE (IT), 2011\nS.S.C, 2005\nMS in Information Systems, 2014')).toEqual([
      ['bachelor', 2011],
      ['secondary-school', 2005],
      ['master', 2014],
    ]);
  });

  it('gives each degree the dates written on the line above it when the section puts dates first', () => {
    const text = 'EDUCATION\n2012\nPhD in Computer Science, Lodz University\nThesis: wavelets\n2008\nMSc in Computer Science, Lodz University';
    expect(degrees(text)).toEqual([
      ['doctorate', 2012],
      ['master', 2008],
    ]);
  });

  it('does not read a state code in a place as a degree', () => {
    expect(degrees('EDUCATION\nBOSTON UNIVERSITY, Boston, MA\nBS in Business Administration, 1992')).toEqual([['bachelor', 1992]]);
  });

  it('does not take the words of an office suite for a master degree', () => {
    expect(degrees('EDUCATION\nMS Office, MS Excel\nB.Com, 2015')).toEqual([['bachelor', 2015]]);
  });
});
