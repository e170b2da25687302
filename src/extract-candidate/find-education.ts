/**
 * Degrees from the education section (the whole resume when it has none): each line naming a level opens an entry;
 * its field, institution and year come from that line or the two after it, where layouts usually put them.
 */
import type { Line, SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Education, EducationEntry, YearMonth } from './candidate-types.js';
import type { EvidenceLocator } from './locate-evidence.js';

/** How many following lines may still describe the same degree. */
const entryLookahead = 2;
/** Graduation years are accepted up to this far after the reference date (expected graduation). */
const futureGraduationYears = 6;

function educationLines(resume: SegmentedResume): Line[] {
  const sections = resume.sections.filter((s) => s.id === 'education');
  return (sections.length > 0 ? sections : resume.sections).flatMap((s) => s.lines);
}

export function findEducation(
  resume: SegmentedResume,
  taxonomy: CompiledTaxonomy,
  reference: YearMonth,
  locate: EvidenceLocator,
): Education {
  const lines = educationLines(resume);
  const facts = lines.map((line) => ({
    line,
    level: taxonomy.levels.findAll(line.text)[0]?.value ?? null,
    field: taxonomy.fields.findAll(line.text)[0]?.value ?? null,
    institution: taxonomy.institutions.findAll(line.text).length > 0 ? line.text : null,
    year: latestYear(line.text, reference.year + futureGraduationYears),
  }));
  const entries: EducationEntry[] = [];
  facts.forEach((fact, index) => {
    if (fact.level === null) return;
    const window = facts.slice(index, index + 1 + entryLookahead);
    // Stop the window at the next degree: its details belong to it.
    const own = window.filter((f, i) => i === 0 || f.level === null);
    entries.push({
      level: fact.level,
      field: own.find((f) => f.field !== null)?.field ?? null,
      institution: own.find((f) => f.institution !== null)?.institution ?? null,
      graduationYear: own.reduce<number | null>((max, f) => (f.year !== null && (max === null || f.year > max) ? f.year : max), null),
      evidence: locate(fact.line.start, fact.line.end),
    });
  });
  const rank = (level: string | null): number => (level === null ? -1 : (taxonomy.levelsById.get(level)?.rank ?? -1));
  const highest = entries.reduce<string | null>((best, e) => (rank(e.level) > rank(best) ? e.level : best), null);
  const fields = [...new Set(entries.flatMap((e) => (e.field === null ? [] : [e.field])))];
  return { highestLevel: highest, fields, entries };
}

function latestYear(text: string, maxYear: number): number | null {
  let latest: number | null = null;
  for (const match of text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)) {
    const year = Number(match[0]);
    if (year <= maxYear && (latest === null || year > latest)) latest = year;
  }
  return latest;
}
