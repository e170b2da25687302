/**
 * The experience a posting asks for: the lower end of each figure ("3-5 years" asks for three years, "2+ yrs" for
 * two), the largest of them over the lines that ask for something. A line marked nice to have or not required asks
 * for nothing; outside the posting's requirements a figure counts only beside a word of experience, so that "a
 * contract of 6 months" in the introduction asks for none.
 */
import type { PostingRules } from '../taxonomy/compile-taxonomy.js';
import { allMatches } from '../text/all-matches.js';
import type { PostingLine } from './classify-posting-lines.js';

export interface RequiredExperience {
  readonly months: number;
  /** The words that ask for it: "3-5 years". */
  readonly text: string;
}

function amountOf(written: string, numberWords: ReadonlyMap<string, number>): number | null {
  const value = /^\d/.test(written) ? Number(written) : numberWords.get(written.toLowerCase());
  return value === undefined || Number.isNaN(value) ? null : value;
}

export function findRequiredExperience(lines: readonly PostingLine[], rules: PostingRules): RequiredExperience | null {
  let found: RequiredExperience | null = null;
  for (const line of lines) {
    if (line.heading || line.importance === 'nice-to-have') continue;
    if (line.importance !== 'must-have' && rules.experienceWords.findAll(line.text).length === 0) continue;
    for (const match of allMatches(rules.experienceFigure, line.text)) {
      const { low, years } = match.groups ?? {};
      const amount = low === undefined ? null : amountOf(low, rules.numberWords);
      if (amount === null || amount <= 0) continue;
      const months = years === undefined ? Math.round(amount) : Math.round(amount * 12);
      if (found === null || months > found.months) found = { months, text: match[0] };
    }
  }
  return found;
}
