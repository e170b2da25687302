/**
 * Jobs from the experience section. Every line holding a date range opens a position. Its header is that line, up to
 * two lines just above it that are not bullets or wrapped sentences, and, when those name no title, up to two such
 * lines just below it: layouts put title, employer, place and dates on one to four lines, in any order. The title is
 * a labelled title ("Designation: …"), else the nearest part that reads as a title (it names a role or holds a title
 * word), else the top header part; the employer a labelled employer, else the nearest other part that is not a place.
 * A date range inside a sentence ("Worked as Software Engineer with Acme from Dec' 2015 to Sept' 2016") opens a
 * position whose title the sentence introduces.
 */
import type { Line, Section, SegmentedResume } from '../segment-sections/section-types.js';
import { isBullet, isPunctuationOnly } from '../segment-sections/line-shape.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { tokenize } from '../text/tokenize.js';
import type { Position, UndatedPosition, YearMonth } from './candidate-types.js';
import type { EvidenceLocator } from './locate-evidence.js';
import { parseDateRanges, monthIndex, type DateRange } from './parse-date-ranges.js';
import {
  introducedTitle,
  labelledField,
  maxHeaderPartWords,
  readHeaderPart,
  readsAsTitle,
  splitHeaderParts,
  type HeaderPart,
} from './read-job-header.js';

/** Sections that list jobs. When a resume has none of them, every section but these is searched instead. */
const jobSections = new Set(['experience']);
const notJobSections = new Set(['education', 'certifications', 'projects', 'personal', 'languages']);
/** Sections that continue the experience section they follow. */
const jobContinuations = new Set(['projects']);
/** An undated job's title line has at most this many words. */
const maxUndatedTitleWords = 6;

/** Lines above (and below) the date line that may still belong to the job's header. */
const maxHeaderLines = 2;
/** A line longer than this many words is a sentence, not a header line. */
const maxHeaderLineWords = maxHeaderPartWords * 2;

export function monthsBetween(start: YearMonth, end: YearMonth): number {
  return monthIndex(end) - monthIndex(start) + 1;
}

/**
 * The sections jobs are searched in, and whether they are explicit experience sections. Project sections right after
 * an experience section continue it: job sites export each job's projects under a "Project" heading of their own.
 */
function searchedLines(resume: SegmentedResume): { lines: Line[]; explicit: boolean } {
  const explicit: Section[] = [];
  let continuing = false;
  for (const section of resume.sections) {
    continuing = jobSections.has(section.id) || (continuing && jobContinuations.has(section.id));
    if (continuing) explicit.push(section);
  }
  const sections = explicit.length > 0 ? explicit : resume.sections.filter((s) => !notJobSections.has(s.id));
  const lines = sections.flatMap((section) => section.lines).filter((line) => !isPunctuationOnly(line.text));
  return { lines, explicit: explicit.length > 0 };
}

function isSentence(text: string): boolean {
  return text.split(/\s+/).length > maxHeaderLineWords;
}

/**
 * Lines next to a date line that read as header lines: not bullets, wrapped sentences, another job's dates, or lines
 * an earlier job already took as its own.
 */
function headerLinesBeside(
  lines: readonly Line[],
  index: number,
  ranges: readonly (DateRange | undefined)[],
  claimed: ReadonlySet<Line>,
  step: 1 | -1,
): Line[] {
  const found: Line[] = [];
  for (let i = index + step; i >= 0 && i < lines.length && found.length < maxHeaderLines; i += step) {
    const line = lines[i];
    if (!line || ranges[i] || claimed.has(line) || isBullet(line.text) || /^\p{Ll}/u.test(line.text) || isSentence(line.text)) break;
    found.push(line);
  }
  return step < 0 ? found.reverse() : found;
}

interface Header {
  readonly title: string | null;
  readonly employer: string | null;
  readonly roles: readonly string[];
}

function chooseHeader(
  ownText: string,
  above: readonly Line[],
  below: readonly Line[],
  taxonomy: CompiledTaxonomy,
): Header {
  const labelled = [...above, ...below].map((line) => labelledField(line.text, taxonomy));
  const labelledTitle = labelled.find((field) => field?.kind === 'title')?.value ?? null;
  const labelledEmployer = labelled.find((field) => field?.kind === 'employer')?.value ?? null;
  const read = (texts: readonly string[]): HeaderPart[] =>
    texts.flatMap((text) => (labelledField(text, taxonomy) ? [] : splitHeaderParts(text))).map((part) => readHeaderPart(part, taxonomy));
  // Nearest first: the date line's own parts, then the lines above it, closest first; the lines below come last.
  const near = read([ownText, ...above.map((l) => l.text).reverse()]);
  const far = read(below.map((l) => l.text));
  const titled = near.find(readsAsTitle) ?? far.find(readsAsTitle);
  const topLine = above[0]?.text ?? ownText;
  const topPart = splitHeaderParts(topLine)[0];
  const fallback = near.find((p) => p.text === topPart && !p.isPlace && !p.hasEmployerWord) ?? near.find((p) => !p.isPlace && !p.hasEmployerWord);
  const titlePart = labelledTitle === null ? (titled ?? fallback) : readHeaderPart(labelledTitle, taxonomy);
  const others = [...near, ...far].filter((p) => p.text !== titlePart?.text && p.roles.length === 0 && !p.isPlace);
  const employer = labelledEmployer ?? (others.find((p) => p.hasEmployerWord) ?? others.find((p) => !p.hasTitleWord))?.text ?? null;
  return { title: titlePart?.text ?? null, employer, roles: titlePart?.roles ?? [] };
}

export interface FoundPositions {
  readonly positions: Position[];
  /** Jobs listed with a title but no dates. */
  readonly undated: UndatedPosition[];
}

export function findPositions(
  resume: SegmentedResume,
  taxonomy: CompiledTaxonomy,
  reference: YearMonth,
  locate: EvidenceLocator,
): FoundPositions {
  const { lines, explicit } = searchedLines(resume);
  // Every date format holds a digit: lines without one need no parsing.
  const ranges = lines.map((line) => (/\d/.test(line.text) ? parseDateRanges(line.text, taxonomy.dates, reference)[0] : undefined));
  const positions: Position[] = [];
  /** Lines below a date line that a job took as its header: the next job's header starts after them. */
  const claimed = new Set<Line>();
  /** Every line some dated job's header uses. */
  const used = new Set<Line>();
  lines.forEach((line, index) => {
    const range = ranges[index];
    if (!range) return;
    const own = `${line.text.slice(0, range.index)} | ${line.text.slice(range.index + range.length)}`;
    let header: Header;
    let first = line;
    used.add(line);
    if (isBullet(line.text) || isSentence(line.text)) {
      // A job told in a sentence: only the sentence describes it.
      const introduced = introducedTitle(line.text, taxonomy);
      if (!introduced) return;
      const roles = readHeaderPart(introduced.title, taxonomy).roles;
      header = { title: introduced.title, employer: introduced.employer, roles };
    } else {
      const above = headerLinesBeside(lines, index, ranges, claimed, -1);
      const near = chooseHeader(own, above, [], taxonomy);
      const titledNear = near.title !== null && readsAsTitle(readHeaderPart(near.title, taxonomy));
      const below = titledNear ? [] : headerLinesBeside(lines, index, ranges, claimed, 1);
      header = titledNear ? near : chooseHeader(own, above, below, taxonomy);
      if (header.title !== null && below.some((l) => l.text.includes(header.title ?? ''))) for (const l of below) claimed.add(l);
      for (const l of [...above, ...below]) used.add(l);
      first = above[0] ?? line;
    }
    positions.push({
      title: header.title,
      employer: header.employer,
      start: range.start,
      end: range.end,
      ongoing: range.ongoing,
      months: monthsBetween(range.start, range.end),
      titleRoles: [...new Set(header.roles)],
      evidence: locate(first.start, line.end),
    });
  });
  const undated = explicit ? findUndated(lines, ranges, used, positions, taxonomy, locate) : [];
  return { positions, undated };
}

/**
 * Jobs listed without dates, in an experience section: a short line that reads as a job title (or is labelled as one)
 * followed by a short line that does not (the employer), where no dated job already uses the lines or the title.
 */
function findUndated(
  lines: readonly Line[],
  ranges: readonly (DateRange | undefined)[],
  used: ReadonlySet<Line>,
  positions: readonly Position[],
  taxonomy: CompiledTaxonomy,
  locate: EvidenceLocator,
): UndatedPosition[] {
  const key = (text: string): string => tokenize(text).map((t) => t.norm).join(' ');
  const known = new Set(positions.flatMap((p) => (p.title === null ? [] : [key(p.title)])));
  const undated: UndatedPosition[] = [];
  const headerLike = (line: Line | undefined, index: number): line is Line =>
    line !== undefined && !used.has(line) && !ranges[index] && !isBullet(line.text) && !isSentence(line.text);
  lines.forEach((line, index) => {
    if (!headerLike(line, index)) return;
    const labelled = labelledField(line.text, taxonomy);
    let title: string | null = labelled?.kind === 'title' ? labelled.value : null;
    let employer: string | null = null;
    if (title === null) {
      const next = lines[index + 1];
      if (line.text.split(/\s+/).length > maxUndatedTitleWords || !headerLike(next, index + 1)) return;
      const part = readHeaderPart(line.text, taxonomy);
      const nextParts = splitHeaderParts(next.text).map((p) => readHeaderPart(p, taxonomy));
      if (!readsAsTitle(part) || nextParts.length === 0 || nextParts.some(readsAsTitle) || labelledField(next.text, taxonomy)) return;
      title = line.text;
      employer = nextParts.find((p) => !p.isPlace)?.text ?? null;
    }
    if (known.has(key(title))) return;
    known.add(key(title));
    undated.push({ title, employer, titleRoles: [...readHeaderPart(title, taxonomy).roles], evidence: locate(line.start, line.end) });
  });
  return undated;
}
