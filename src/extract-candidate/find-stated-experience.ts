/**
 * The experience a resume states in words: "Total experience: 3 years 6 months", "8.5+ years of experience",
 * "4yrs. of solid work experience", "Ten years of experience". A statement that calls itself the total ("total",
 * "overall") wins; otherwise the largest figure stated, since every partial figure is at most the total. A figure
 * after "less than" states nothing. Figures beyond a working life are not experience.
 */
import { sectionSpan } from '../segment-sections/section-span.js';
import type { SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { StatedExperience } from './candidate-types.js';
import type { EvidenceLocator } from './locate-evidence.js';
import { allMatches } from '../text/all-matches.js';
import { amountOf } from '../text/amount-of.js';

/** The most months of experience a statement can claim (50 years). */
const maxStatedMonths = 600;
/** Sections where a figure tied to a role ("7 years as an art editor") states experience. */
const summarySections = new Set(['header', 'summary']);
/** Characters before a statement searched for a total word or an excluding phrase. */
const lookBehindChars = 48;
/**
 * How far a statement reaches before and after its year or month unit: "Years of Experience: approximately 2 years"
 * starts about 40 characters before it, "8 years of rich and varied customer service experience" ends within 100
 * after it. The patterns run only in these windows: scanning the whole text with them cost as much as the rest of
 * extraction.
 */
const unitReach = { before: 80, after: 200 };

/** The stretches of text around year and month units, overlapping ones merged, in order. */
function unitWindows(text: string, units: RegExp): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  for (const match of allMatches(units, text)) {
    const start = Math.max(0, match.index - unitReach.before);
    const end = Math.min(text.length, match.index + unitReach.after);
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = end;
    else windows.push({ start, end });
  }
  return windows;
}

/** The months a matched duration states: its years (a figure or a word) and months, or its months alone. */
export function monthsOfDuration(groups: Record<string, string | undefined>, numberWords: ReadonlyMap<string, number>): number | null {
  if (groups.years !== undefined) {
    const years = amountOf(groups.years, numberWords);
    return years === null ? null : Math.round(years * 12) + (groups.months === undefined ? 0 : Number(groups.months));
  }
  return groups.onlyMonths === undefined ? null : Number(groups.onlyMonths);
}

export function findStatedExperience(resume: SegmentedResume, taxonomy: CompiledTaxonomy, locate: EvidenceLocator): StatedExperience | null {
  const { statements, units, summaryStatement, total, excluded, age, numberWords } = taxonomy.statedExperience;
  const { text } = resume;
  const found: StatedExperience[] = [];
  const read = (match: RegExpExecArray | RegExpMatchArray, offset: number): void => {
    const groups = match.groups ?? {};
    const start = offset + (match.index ?? 0);
    const end = start + match[0].length;
    const months = monthsOfDuration(groups, numberWords);
    if (months === null || months <= 0 || months > maxStatedMonths) return;
    const before = text.slice(Math.max(0, start - lookBehindChars), start);
    if (excluded.test(before) || age.before.test(before) || age.after.test(text.slice(start, end + lookBehindChars))) return;
    found.push({ months, total: total.test(before) || total.test(match[0]), evidence: locate(start, end) });
  };
  for (const window of unitWindows(text, units)) {
    // One character before the window, so that the patterns' look-behind sees what the text has there.
    const from = Math.max(0, window.start - 1);
    const part = text.slice(from, window.end);
    for (const pattern of statements) {
      for (const match of allMatches(pattern, part)) if (from === 0 || match.index > 0) read(match, from);
    }
  }
  for (const section of resume.sections) {
    const span = sectionSpan(section);
    if (!summarySections.has(section.id) || span === null) continue;
    for (const match of allMatches(summaryStatement, text.slice(span.start, span.end))) {
      // A figure both patterns read is counted once.
      if (!found.some((f) => f.evidence.start === span.start + match.index)) read(match, span.start);
    }
  }
  const totals = found.filter((f) => f.total).sort((a, b) => a.evidence.start - b.evidence.start);
  return totals[0] ?? found.reduce<StatedExperience | null>((best, f) => (best === null || f.months > best.months ? f : best), null);
}
