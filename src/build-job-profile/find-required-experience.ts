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

/**
 * A line labelled as experience, or with a part so labelled among parts a bar divides: "Experience: 3 - 6 years",
 * "Work experience – 2 yrs", "Company: Genpact | Location: Hyderabad | Experience: 0-3 years".
 */
function labelledAsExperience(text: string, rules: PostingRules): boolean {
  return text.split(/\s[|｜]\s/u).some((part) => {
    const label = /^\s*(?:[-•*]\s*)?([^:：–-]{2,30})\s*[:：–-]/u.exec(part)?.[1];
    return label !== undefined && has(rules.experienceWords, label);
  });
}

/**
 * Whether a word near the figure makes it no experience ("a 4 year course", "Age 18 to 35 years"). A phrase that
 * holds a figure of its own ("be 18", "18 years and above") speaks of that figure only: "Must be 18 or older with 2
 * years of call center experience" still asks for two years.
 */
function nearNotExperience(text: string, start: number, end: number, rules: PostingRules): boolean {
  const from = Math.max(0, start - nearChars);
  const near = text.slice(from, end + nearChars);
  return rules.notExperienceWords.findAll(near).some((hit) => !/\d/u.test(hit.phrase) || (from + hit.start < end && start < from + hit.end));
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
      if (nearNotExperience(line.text, match.index, match.index + match[0].length, rules)) continue;
      const months = monthsOf(match, rules);
      // "0-3 years" asks for none: its lower end, no months, is asked for.
      if (months !== null) asked.push({ months, text: match[0], sentence: line.text });
    }
  }
  return asked.sort((a, b) => b.months - a.months);
}

/**
 * Whether any line of the posting, a wish included ("6 months of BPO experience is a plus"), names a figure of
 * experience: only a posting naming none can waive experience altogether.
 */
export function namesExperienceFigure(lines: readonly PostingLine[], rules: PostingRules): boolean {
  // "Experience: 0-3 years" asks for none, and waives none either: only a figure above nothing rewards experience.
  return lines.some((line) => !line.heading && has(rules.experienceWords, line.text)
    && allMatches(rules.experienceFigure, line.text).some((match) => (monthsOf(match, rules) ?? 0) > 0));
}

/** The months a figure's lower end stands for ("3-5 years": 36), or null when it is no number. */
function monthsOf(match: RegExpExecArray, rules: PostingRules): number | null {
  const { low, years } = match.groups ?? {};
  const amount = low === undefined ? null : amountOf(low, rules.numberWords);
  if (amount === null || amount < 0) return null;
  return years === undefined ? Math.round(amount) : Math.round(amount * 12);
}
