/**
 * Jobs, from the experience section (find-dated-jobs.ts reads each one's header lines). Jobs listed without dates
 * come apart. A dated job written as a title in another section is a job too: a heading lost in conversion leaves
 * work history under "Education" or before the first heading.
 */
import type { Line, Section, SegmentedResume } from '../segment-sections/section-types.js';
import { isPunctuationOnly } from '../segment-sections/line-shape.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Position, UndatedPosition, YearMonth } from './candidate-types.js';
import { capitalisedTwin } from './capitalised-twin.js';
import { findDatedJobs } from './find-dated-jobs.js';
import { findHeadlineJob, findToldJobs, findUndatedJobs } from './find-undated-jobs.js';
import { joinSplitDateRanges } from './join-split-date-ranges.js';
import { setApartPlaceholders } from './set-apart-placeholders.js';
import { splitInlineDuties } from './split-inline-duties.js';
import { readTableRow } from './read-table-rows.js';
import type { LineTokens } from './line-tokens.js';
import type { EvidenceLocator } from './locate-evidence.js';

export { monthsBetween } from './find-dated-jobs.js';

/**
 * Sections that list jobs. When a resume has none of them, every section but these is searched instead; a dated
 * honour ("Dean's Lister, 2023-2024") is no job, so achievements are searched only for jobs written as such.
 */
const jobSections = new Set(['experience']);
const notJobSections = new Set(['education', 'certifications', 'projects', 'personal', 'references', 'languages', 'publications', 'activities', 'achievements']);
/** Sections where a candidate sums up their career: a job told there in a sentence ("Worked as …") is one. */
const toldJobSections = new Set(['header', 'summary']);
/** Sections that continue the experience section they follow. */
const jobContinuations = new Set(['projects']);
/**
 * Sections whose dated lines name what was earned, written or joined, not a job: "Certified Trainer / May 2019" is a
 * credential, "Call Centre Staffing Models, 2016" a paper, "Member, Debate Society (2023-2026)" a club. Achievements
 * are not among them: a job's "Key Achievements" heading leaves the jobs listed after it under that heading.
 */
const neverJobSections = new Set(['certifications', 'languages', 'publications', 'activities']);

interface SearchedSections {
  /** The sections that list jobs. */
  readonly searched: readonly Section[];
  /** The other sections that may hold jobs, where only a job written as such is taken. */
  readonly others: readonly Section[];
  /** Whether the searched sections are explicit experience sections. */
  readonly explicit: boolean;
}

/**
 * The sections jobs are searched in, and whether they are explicit experience sections. Project sections right after
 * an experience section continue it: job sites export each job's projects under a "Project" heading of their own.
 */
function searchedSections(resume: SegmentedResume): SearchedSections {
  const explicit: Section[] = [];
  let continuing = false;
  for (const section of resume.sections) {
    continuing = jobSections.has(section.id) || (continuing && jobContinuations.has(section.id));
    if (continuing) explicit.push(section);
  }
  const searched = explicit.length > 0 ? explicit : resume.sections.filter((s) => !notJobSections.has(s.id));
  const others = resume.sections.filter((s) => !searched.includes(s) && !neverJobSections.has(s.id));
  return { searched, others, explicit: explicit.length > 0 };
}

/**
 * The lines of the sections that say something, table rows read as header lines, date ranges split over lines joined
 * back, a template's placeholders set apart ("Company Name City , State"), and duties bulleted on a job's date line set
 * on a line of their own.
 */
function contentLines(sections: readonly Section[], taxonomy: CompiledTaxonomy, reference: YearMonth, lineTokens: LineTokens): Line[] {
  const lines = sections
    .flatMap((section) => section.lines)
    .filter((line) => !isPunctuationOnly(line.text))
    .map((line) => readTableRow(line, taxonomy, reference));
  return splitInlineDuties(joinSplitDateRanges(setApartPlaceholders(lines, taxonomy, lineTokens), taxonomy.dates, reference), taxonomy.dates, reference);
}

function namesCareerBreak(titles: readonly (string | null)[], taxonomy: CompiledTaxonomy): boolean {
  return titles.some((title) => title !== null && taxonomy.jobs.careerBreaks.findAll(title).length > 0);
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
  lineTokens: LineTokens,
): FoundPositions {
  if (resume.lowerCase !== true) return positionsIn(resume, taxonomy, reference, locate, lineTokens);
  // Written in lower case throughout: read as its capitalised twin, what it names given back as written.
  const twin = capitalisedTwin(resume, taxonomy);
  const found = positionsIn(twin.resume, taxonomy, reference, locate, lineTokens);
  const written = (piece: string | null, job: { evidence: { start: number } }): string | null =>
    piece === null ? null : twin.asWritten(piece, job.evidence.start);
  return {
    positions: found.positions.map((job) => ({
      ...job,
      title: written(job.title, job),
      otherTitles: job.otherTitles.map((title) => twin.asWritten(title, job.evidence.start)),
      employer: written(job.employer, job),
    })),
    undated: found.undated.map((job) => ({ ...job, title: twin.asWritten(job.title, job.evidence.start), employer: written(job.employer, job) })),
  };
}

function positionsIn(
  resume: SegmentedResume,
  taxonomy: CompiledTaxonomy,
  reference: YearMonth,
  locate: EvidenceLocator,
  lineTokens: LineTokens,
): FoundPositions {
  const { searched, others, explicit } = searchedSections(resume);
  const lines = contentLines(searched, taxonomy, reference, lineTokens);
  const listed = findDatedJobs(lines, taxonomy, reference, locate, false);
  // Every date has digits: a section without any holds no dated job, and is not read line by line for one.
  const elsewhere = others
    .filter((section) => section.lines.some((line) => /\d/.test(line.text)))
    .flatMap((section) => findDatedJobs(contentLines([section], taxonomy, reference, lineTokens), taxonomy, reference, locate, true).positions);
  // In the order the resume lists them; a career break dated like a job is none ("Career break — May 2020 – 2024").
  const positions = [...listed.positions, ...elsewhere]
    .filter((position) => !namesCareerBreak([position.title, ...position.otherTitles], taxonomy))
    .sort((a, b) => a.evidence.start - b.evidence.start);
  const listedUndated = explicit ? findUndatedJobs(lines, listed.ranges, listed.used, positions, taxonomy, locate, lineTokens) : [];
  const summary = resume.sections.filter((section) => toldJobSections.has(section.id)).flatMap((section) => section.lines);
  const told = findToldJobs(summary, [...positions, ...listedUndated], taxonomy, locate);
  listedUndated.push(...told.filter((job) => !namesCareerBreak([job.title], taxonomy)));
  const header = resume.sections[0]?.id === 'header' ? resume.sections[0].lines : [];
  const headline = findHeadlineJob(header, [...positions, ...listedUndated], taxonomy, locate, lineTokens);
  return {
    positions: positions.map((job) => byEmployerLineOfWork(job, taxonomy)),
    undated: (headline ? [headline, ...listedUndated] : listedUndated).map((job) => byEmployerLineOfWork(job, taxonomy)),
  };
}

/** A title two roles share, read as the role its employer's line of work names ("AR Analyst – Omega Healthcare"). */
function byEmployerLineOfWork<T extends Position | UndatedPosition>(job: T, taxonomy: CompiledTaxonomy): T {
  const { employer } = job;
  if (employer === null) return job;
  const rules = taxonomy.employerLinesOfWork.filter((rule) => job.titleRoles.includes(rule.instead) && rule.words.findAll(employer).length > 0);
  if (rules.length === 0) return job;
  const replaced = new Map(rules.map((rule) => [rule.instead, rule.role]));
  return { ...job, titleRoles: [...new Set(job.titleRoles.map((role) => replaced.get(role) ?? role))] };
}
