/**
 * Jobs from the experience section. Every line holding a date range opens a position; its header is that line plus
 * up to two lines just above it that are not bullets or wrapped sentences, since layouts put title, employer and
 * dates on one, two or three lines. The title is the header part that names a role; the employer a part that does not.
 */
import type { Line, SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Position, YearMonth } from './candidate-types.js';
import type { EvidenceLocator } from './locate-evidence.js';
import { monthIndex, parseDateRanges, type DateRange } from './parse-date-ranges.js';

/** Sections that list jobs. When a resume has none of them, every section but these is searched instead. */
const jobSections = new Set(['experience']);
const notJobSections = new Set(['education', 'certifications', 'projects', 'personal', 'languages']);

// Separators between title, employer and place on a header line: pipes, bullets, tabs, spaced dashes, commas, " at ".
const separator = /\s*(?:[|•·\t]|\s[-–—]\s|,|\s@\s|\sat\s)\s*/;
const bullet = /^[•·\-*▪►◦●○■□➢✓]/;
/** Header parts longer than this are sentences from a bullet, not a title or an employer. */
const maxHeaderPartWords = 8;
/** Lines above the date line that may still belong to the job's header. */
const maxHeaderLinesAbove = 2;

export function monthsBetween(start: YearMonth, end: YearMonth): number {
  return monthIndex(end) - monthIndex(start) + 1;
}

function headerParts(text: string): string[] {
  return text
    .split(separator)
    .map((part) => unwrap(part.replace(/^[\s:]+|[\s:]+$/g, '')))
    .filter((part) => part.length > 1 && part.split(/\s+/).length <= maxHeaderPartWords);
}

/** "(Seasonal)" → "Seasonal", but "Agent (Voice)" keeps its brackets. */
function unwrap(part: string): string {
  const wrapped = /^[([](.*)[)\]]$/.exec(part);
  return wrapped?.[1]?.trim() ?? part;
}

function searchedLines(resume: SegmentedResume): Line[] {
  const explicit = resume.sections.filter((s) => jobSections.has(s.id));
  const sections = explicit.length > 0 ? explicit : resume.sections.filter((s) => !notJobSections.has(s.id));
  return sections.flatMap((section) => section.lines);
}

/** Lines above a date line that read as header lines: not bullets, not wrapped sentences, not another job's dates. */
function headerLinesAbove(lines: readonly Line[], index: number, ranges: readonly (DateRange | undefined)[]): Line[] {
  const above: Line[] = [];
  for (let i = index - 1; i >= 0 && above.length < maxHeaderLinesAbove; i -= 1) {
    const line = lines[i];
    if (!line || ranges[i] || bullet.test(line.text) || /^\p{Ll}/u.test(line.text)) break;
    if (line.text.split(/\s+/).length > maxHeaderPartWords * 2) break;
    above.unshift(line);
  }
  return above;
}

export function findPositions(
  resume: SegmentedResume,
  taxonomy: CompiledTaxonomy,
  reference: YearMonth,
  locate: EvidenceLocator,
): Position[] {
  const lines = searchedLines(resume);
  const ranges = lines.map((line) => parseDateRanges(line.text, taxonomy.dates, reference)[0]);
  const positions: Position[] = [];
  lines.forEach((line, index) => {
    const range = ranges[index];
    if (!range) return;
    const above = headerLinesAbove(lines, index, ranges);
    const own = `${line.text.slice(0, range.index)} | ${line.text.slice(range.index + range.length)}`;
    // Nearest first: the date line's own parts, then the lines above it, closest first.
    const parts = [own, ...above.map((l) => l.text).reverse()].flatMap(headerParts);
    const named = parts.map((part) => ({ part, roles: taxonomy.roleTitles.findAll(part).map((hit) => hit.value) }));
    const titled = named.find((n) => n.roles.length > 0);
    // Without a recognised title, the top header line usually holds it.
    const topLine = above[0]?.text ?? own;
    const title = titled ?? named.find((n) => headerParts(topLine)[0] === n.part) ?? named[0];
    const employer = named.find((n) => n !== title && n.roles.length === 0);
    positions.push({
      title: title?.part ?? null,
      employer: employer?.part ?? null,
      start: range.start,
      end: range.end,
      ongoing: range.ongoing,
      months: monthsBetween(range.start, range.end),
      titleRoles: [...new Set(title?.roles ?? [])],
      evidence: locate(above[0]?.start ?? line.start, line.end),
    });
  });
  return positions;
}
