/**
 * Degrees from the education section (the whole resume when it has none): each line naming a level opens an entry;
 * its field, institution and year come from that line or the three after it, where layouts usually put them. When
 * the section writes each date on its own line above the degree ("2012" over "PhD in …"), that line gives the year;
 * a degree with no year in its own lines takes one from the line or two above it that no other degree claims. A level
 * that is a state in a place ("Boston, MA") is no degree.
 */
import type { Line, SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { Education, EducationEntry, YearMonth } from './candidate-types.js';
import type { EvidenceLocator } from './locate-evidence.js';

/** How many following lines may still describe the same degree. */
const entryLookahead = 3;
/** How many lines above a degree may hold its year when none below does. */
const yearLookbehind = 2;
/** Graduation years are accepted up to this far after the reference date (expected graduation). */
const futureGraduationYears = 6;

interface Fact {
  readonly line: Line;
  readonly level: string | null;
  readonly field: string | null;
  readonly institution: string | null;
  readonly year: number | null;
  /** The line holds nothing but dates ("2012", "2008 - 2012", "May 2014"). */
  readonly dateOnly: boolean;
}

function educationLines(resume: SegmentedResume): Line[] {
  const sections = resume.sections.filter((s) => s.id === 'education');
  return (sections.length > 0 ? sections : resume.sections).flatMap((s) => s.lines);
}

/** The first level named in the line that is not a state code ending a place ("Boston, MA"). */
function levelOf(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): string | null {
  const levels = taxonomy.levels.findAll(text, tokens);
  if (levels.length === 0) return null;
  const places = taxonomy.places.findAll(text, tokens);
  const hit = levels.find(
    (level) => !places.some((place) => place.start === level.start && place.end === level.end && /,\s*$/.test(text.slice(0, level.start))),
  );
  return hit?.value ?? null;
}

function isDateOnly(tokens: readonly Token[], taxonomy: CompiledTaxonomy): boolean {
  return (
    tokens.some((t) => /^(?:19|20)\d{2}$/.test(t.norm)) &&
    tokens.every((t) => /^\d{1,4}$/.test(t.norm) || taxonomy.dates.words.has(t.norm.replace(/\.$/, '')))
  );
}

function latest(facts: readonly Fact[]): number | null {
  return facts.reduce<number | null>((max, f) => (f.year !== null && (max === null || f.year > max) ? f.year : max), null);
}

export function findEducation(
  resume: SegmentedResume,
  taxonomy: CompiledTaxonomy,
  reference: YearMonth,
  locate: EvidenceLocator,
): Education {
  const lines = educationLines(resume);
  const facts: Fact[] = lines.map((line) => {
    const tokens = tokenize(line.text);
    const year = latestYear(line.text, reference.year + futureGraduationYears);
    return {
      line,
      level: levelOf(line.text, tokens, taxonomy),
      field: taxonomy.fields.findAll(line.text, tokens)[0]?.value ?? null,
      institution: taxonomy.institutions.findAll(line.text, tokens).length > 0 ? line.text : null,
      year,
      dateOnly: year !== null && isDateOnly(tokens, taxonomy),
    };
  });
  const degrees = facts.flatMap((fact, index) => (fact.level === null ? [] : [index]));
  // Dates first: the first degree has a line of dates just above it, so every degree's dates stand above it.
  const firstDegree = degrees[0] ?? 0;
  const datesFirst = facts[firstDegree - 1]?.dateOnly === true;
  const entries: EducationEntry[] = [];
  /** Index of the last line the previous degree claims. */
  let claimedUpTo = -1;
  degrees.forEach((index, order) => {
    const fact = facts[index];
    if (!fact?.level) return;
    // Stop the window at the next degree (and, dates first, at the dates that stand above it): they belong to it.
    const next = degrees[order + 1] ?? facts.length;
    const nextOwnsDates = datesFirst && facts[next - 1]?.dateOnly === true && next - 1 > index;
    const end = Math.min(index + 1 + entryLookahead, nextOwnsDates ? next - 1 : next);
    const own = facts.slice(index, end);
    const above = facts.slice(Math.max(claimedUpTo + 1, index - yearLookbehind), index);
    const datesAbove = datesFirst && facts[index - 1]?.dateOnly === true && index - 1 > claimedUpTo ? facts[index - 1] : undefined;
    entries.push({
      level: fact.level,
      field: own.find((f) => f.field !== null)?.field ?? null,
      institution: own.find((f) => f.institution !== null)?.institution ?? null,
      graduationYear: datesAbove?.year ?? latest(own) ?? latest(above),
      evidence: locate(fact.line.start, fact.line.end),
    });
    claimedUpTo = end - 1;
  });
  const rank = (level: string | null): number => (level === null ? -1 : (taxonomy.levelsById.get(level)?.rank ?? -1));
  const highest = entries.reduce<string | null>((best, e) => (rank(e.level) > rank(best) ? e.level : best), null);
  const fields = [...new Set(entries.flatMap((e) => (e.field === null ? [] : [e.field])))];
  return { highestLevel: highest, fields, entries };
}

function latestYear(text: string, maxYear: number): number | null {
  let latestFound: number | null = null;
  for (const match of text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)) {
    const year = Number(match[0]);
    if (year <= maxYear && (latestFound === null || year > latestFound)) latestFound = year;
  }
  return latestFound;
}
