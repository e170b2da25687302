/**
 * The experience a posting asks for: the lower end of each figure ("3-5 years" asks for three years, "2+ yrs" for
 * two), the largest of them over the lines that ask for something. A line marked nice to have or not required asks
 * for nothing; outside the posting's requirements a figure counts only in a sentence about experience addressed to
 * the applicant ("Acme brings 20 years of experience" asks nothing), and nowhere beside a word that makes it a course,
 * schooling or an age ("a 4 year course", "Age 18 to 35 years").
 */
import type { PostingRules } from '../taxonomy/compile-taxonomy.js';
import { allMatches } from '../text/all-matches.js';
import { amountOf } from '../text/amount-of.js';
import type { PostingLine } from './classify-posting-lines.js';

export interface RequiredExperience {
  readonly months: number;
  /** The words that ask for it: "3-5 years". */
  readonly text: string;
  /** The sentence that asks for it: "3-5 years of collections experience, including …". */
  readonly sentence: string;
}

/** What joins the two ends of a range written with a unit on each: "6 months to 1 year", "6 months - 1 year". */
const rangeJoiner = /^\s*(?:-|–|—|to)\s*$/i;

/** How far either side of a figure a word making it no experience is looked for: about five words. */
const nearChars = 30;

function has(words: PostingRules['experienceWords'], text: string): boolean {
  return words.findAll(text).length > 0;
}

/** A line that opens with a figure, after a bullet: "- 3-6 years of customer service experience". */
const figureFirst = /^\s*(?:[-•*]\s*)?\d/;

/** A line labelled as experience: "Experience: 3 - 6 years", "Work experience – 2 yrs". */
function labelledAsExperience(text: string, rules: PostingRules): boolean {
  const label = /^\s*(?:[-•*]\s*)?([^:：–-]{2,30})\s*[:：–-]/u.exec(text)?.[1];
  return label !== undefined && has(rules.experienceWords, label);
}

export function findRequiredExperience(lines: readonly PostingLine[], rules: PostingRules): RequiredExperience | null {
  return findRequiredExperiences(lines, rules)[0] ?? null;
}

/**
 * Every figure of experience the lines ask for, the largest first: "Minimum 3 years in BPO, including at least 1 year
 * as a Team Leader" asks for both.
 */
export function findRequiredExperiences(lines: readonly PostingLine[], rules: PostingRules): RequiredExperience[] {
  const asked: RequiredExperience[] = [];
  for (const line of lines) {
    if (line.heading || line.importance === 'nice-to-have') continue;
    // Outside the requirements, only a sentence about experience addressed to the applicant asks for any, or a line
    // that opens with its figure or is labelled as experience ("- 3-6 years of customer service experience",
    // "Experience: 3 - 6 years", as a job site's description lists them).
    const aboutExperience = has(rules.experienceWords, line.text);
    const stated = aboutExperience && (has(rules.applicantWords, line.text) || figureFirst.test(line.text) || labelledAsExperience(line.text, rules));
    if (line.importance !== 'must-have' && !stated) continue;
    let previousEnd = -1;
    for (const match of allMatches(rules.experienceFigure, line.text)) {
      // "6 months to 1 year": the second figure ends a range the first starts, and the lower end is asked for.
      const endsRange = previousEnd >= 0 && rangeJoiner.test(line.text.slice(previousEnd, match.index));
      previousEnd = match.index + match[0].length;
      if (endsRange) continue;
      // "a 4 year course", "2 years of college", "Age 18 to 35 years": no experience.
      const near = line.text.slice(Math.max(0, match.index - nearChars), match.index + match[0].length + nearChars);
      if (has(rules.notExperienceWords, near)) continue;
      const { low, years } = match.groups ?? {};
      const amount = low === undefined ? null : amountOf(low, rules.numberWords);
      if (amount === null || amount <= 0) continue;
      const months = years === undefined ? Math.round(amount) : Math.round(amount * 12);
      asked.push({ months, text: match[0], sentence: line.text });
    }
  }
  return asked.sort((a, b) => b.months - a.months);
}

/**
 * Whether any line of the posting, a wish included ("6 months of BPO experience is a plus"), names a figure of
 * experience: only a posting naming none can waive experience altogether.
 */
export function namesExperienceFigure(lines: readonly PostingLine[], rules: PostingRules): boolean {
  return lines.some((line) => !line.heading && has(rules.experienceWords, line.text) && allMatches(rules.experienceFigure, line.text).length > 0);
}
