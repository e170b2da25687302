/**
 * The experience a resume states in words: "Total experience: 3 years 6 months", "8.5+ years of experience",
 * "4yrs. of solid work experience", "Ten years of experience". A statement that calls itself the total ("total",
 * "overall") wins; otherwise the largest figure stated, since every partial figure is at most the total. A figure
 * after "less than" states nothing. Figures beyond a working life are not experience.
 */
import type { SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { StatedExperience } from './candidate-types.js';
import type { EvidenceLocator } from './locate-evidence.js';

/** The most months of experience a statement can claim (50 years). */
const maxStatedMonths = 600;
/** Sections where a figure tied to a role ("7 years as an art editor") states experience. */
const summarySections = new Set(['header', 'summary']);
/** Characters before a statement searched for a total word or an excluding phrase. */
const lookBehindChars = 48;

function amountOf(text: string, numberWords: ReadonlyMap<string, number>): number | null {
  const value = /^\d/.test(text) ? Number(text) : numberWords.get(text.toLowerCase().replace(/\s+/g, ' '));
  return value === undefined || Number.isNaN(value) ? null : value;
}

export function findStatedExperience(resume: SegmentedResume, taxonomy: CompiledTaxonomy, locate: EvidenceLocator): StatedExperience | null {
  const { statements, summaryStatement, total, excluded, numberWords } = taxonomy.statedExperience;
  const { text } = resume;
  const found: StatedExperience[] = [];
  const read = (match: RegExpExecArray | RegExpMatchArray, offset: number): void => {
    const groups = match.groups ?? {};
    const start = offset + (match.index ?? 0);
    const end = start + match[0].length;
    let months: number | null = null;
    if (groups.years !== undefined) {
      const years = amountOf(groups.years, numberWords);
      months = years === null ? null : Math.round(years * 12) + (groups.months === undefined ? 0 : Number(groups.months));
    } else if (groups.onlyMonths !== undefined) months = Number(groups.onlyMonths);
    if (months === null || months <= 0 || months > maxStatedMonths) return;
    const before = text.slice(Math.max(0, start - lookBehindChars), start);
    if (excluded.test(before)) return;
    found.push({ months, total: total.test(before) || total.test(match[0]), evidence: locate(start, end) });
  };
  for (const pattern of statements) for (const match of text.matchAll(pattern)) read(match, 0);
  for (const section of resume.sections) {
    const first = section.lines[0];
    const last = section.lines.at(-1);
    if (!summarySections.has(section.id) || !first || !last) continue;
    for (const match of text.slice(first.start, last.end).matchAll(summaryStatement)) {
      // A figure both patterns read is counted once.
      if (!found.some((f) => f.evidence.start === first.start + match.index)) read(match, first.start);
    }
  }
  const totals = found.filter((f) => f.total).sort((a, b) => a.evidence.start - b.evidence.start);
  return totals[0] ?? found.reduce<StatedExperience | null>((best, f) => (best === null || f.months > best.months ? f : best), null);
}
