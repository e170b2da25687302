/**
 * Degrees from the education section (the whole resume when no such section names one): each line naming a level
 * opens an entry. Its year is the one of its block (group-education-blocks.ts): its own line's, else the year written
 * below it, or above it in sections that put dates first. Its field and institution come from that line or the three
 * after it, where layouts usually put them, else from the lines of its block above it. In an education section, a
 * school or a course written with a year but no degree the taxonomy knows is an entry too, with no level, and so is a
 * dated line under a certifications heading; one there that names a level ("Computer Systems Servicing NC II") is an
 * entry of that level. A level that is a state in a place ("Boston, MA") is no degree.
 */
import { isBullet } from '../segment-sections/line-shape.js';
import type { Line, SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { EducationLevel } from '../taxonomy/taxonomy-schema.js';
import { attainedLevel } from './attained-level.js';
import { capitalisedTwin } from './capitalised-twin.js';
import type { TermHit } from '../text/term-matcher.js';
import type { Token } from '../text/tokenize.js';
import type { Education, EducationEntry, YearMonth } from './candidate-types.js';
import { isSentence } from './find-dated-jobs.js';
import { groupEducationBlocks } from './group-education-blocks.js';
import { parseDateRanges } from './parse-date-ranges.js';
import type { LineTokens } from './line-tokens.js';
import type { EvidenceLocator } from './locate-evidence.js';
import { levelHits } from './level-hits.js';
import { namesOnlyPlaces } from './names-only-places.js';
import { splitHeaderParts } from './read-job-header.js';
import { isTitleShaped } from './read-title-line.js';
import { allMatches } from '../text/all-matches.js';

/** Sections that continue the education section they follow (a school's "Activities:"). */
const educationContinuations = new Set(['activities']);
/** How many following lines may still describe the same degree. */
const entryLookahead = 3;
/** Graduation years are accepted up to this far after the reference date (expected graduation). */
const futureGraduationYears = 6;

interface Fact {
  readonly line: Line;
  readonly level: string | null;
  readonly field: string | null;
  readonly institution: string | null;
  /** The line names a course of study (a certificate, diploma, training) without a degree level. */
  readonly qualification: boolean;
  readonly year: number | null;
}

/**
 * The education sections' lines, or every line when they name no degree and other lines do: a two-column layout can
 * leave the "Education" heading empty and its degrees under the next heading.
 */
function educationLines(
  resume: SegmentedResume,
  taxonomy: CompiledTaxonomy,
  lineTokens: LineTokens,
): { lines: Line[]; inSection: ReadonlySet<Line> } {
  // "Activities:" under a school is a label within the education section: what follows it is still education.
  const lines: Line[] = [];
  let inEducation = false;
  for (const section of resume.sections) {
    inEducation = section.id === 'education' || (inEducation && educationContinuations.has(section.id));
    if (inEducation) lines.push(...section.lines);
  }
  const namesDegree = (line: Line): boolean => levelHits(line.text, taxonomy, lineTokens(line)).length > 0;
  const all = resume.sections.flatMap((s) => s.lines);
  const elsewhere = !lines.some(namesDegree) && all.some(namesDegree);
  return { lines: elsewhere || lines.length === 0 ? all : lines, inSection: new Set(lines) };
}

/** The first level named in the line that is not a state code ending a place ("Boston, MA"). */
function levelHitOf(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): TermHit<string> | undefined {
  const levels = levelHits(text, taxonomy, tokens);
  if (levels.length === 0) return undefined;
  const places = taxonomy.places.findAll(text, tokens);
  return levels.find(
    (level) => !places.some((place) => place.start === level.start && place.end === level.end && /,\s*$/.test(text.slice(0, level.start))),
  );
}

function levelOf(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): string | null {
  return levelHitOf(text, tokens, taxonomy)?.value ?? null;
}

/**
 * The level a line under a certifications heading names by its own name ("NC II", "National Certificate II", "DCA").
 * One named by a word for any course ("Certificate in Excel", "Diploma in Digital Marketing") is a short course there,
 * and a level entered from no other (a school's) names something else: "NASSCOM SSC" is a Sector Skill Council.
 */
function credentialLevelOf(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): string | null {
  const hit = levelHitOf(text, tokens, taxonomy);
  if (hit === undefined || taxonomy.levelsById.get(hit.value)?.entryLevel === undefined) return null;
  const byCourseWord = taxonomy.qualifications.findAll(text, tokens).some((word) => word.start === hit.start);
  return byCourseWord ? null : hit.value;
}

export function findEducation(
  resume: SegmentedResume,
  taxonomy: CompiledTaxonomy,
  reference: YearMonth,
  locate: EvidenceLocator,
  lineTokens: LineTokens,
): Education {
  if (resume.lowerCase !== true) return educationIn(resume, taxonomy, reference, locate, lineTokens);
  // Written in lower case throughout: read as its capitalised twin ("bs nursing - far eastern university"), the schools
  // given back as written.
  const twin = capitalisedTwin(resume, taxonomy);
  const found = educationIn(twin.resume, taxonomy, reference, locate, lineTokens);
  const entries = found.entries.map((entry) => ({
    ...entry,
    institution: entry.institution === null ? null : twin.asWritten(entry.institution, entry.evidence.start),
  }));
  return { ...found, entries };
}

function educationIn(
  resume: SegmentedResume,
  taxonomy: CompiledTaxonomy,
  reference: YearMonth,
  locate: EvidenceLocator,
  lineTokens: LineTokens,
): Education {
  const { lines, inSection } = educationLines(resume, taxonomy, lineTokens);
  const facts: Fact[] = lines.map((line) => {
    const tokens = lineTokens(line);
    return {
      line,
      level: levelOf(line.text, tokens, taxonomy),
      field: taxonomy.fields.findAll(line.text, tokens)[0]?.value ?? null,
      institution: institutionIn(line.text, tokens, taxonomy),
      qualification: taxonomy.qualifications.findAll(line.text, tokens).length > 0,
      year: latestYear(line.text, reference.year + futureGraduationYears),
    };
  });
  const { side, blocks } = groupEducationBlocks(facts);
  const entries: EducationEntry[] = [];
  const read = new Set<Line>();
  for (const block of blocks) {
    const inBlock = facts.slice(block.from, block.to);
    const degree = block.from + inBlock.findIndex((f) => f.level !== null);
    const fact = degree >= block.from ? facts[degree] : undefined;
    if (fact) {
      // The field and institution: on the degree line or after it (up to the next degree, or the next block when
      // dates stand above what they date), else on the lines of its block above it.
      const next = facts.findIndex((f, i) => i > degree && f.level !== null);
      const end = side === 'above' ? block.to : Math.min(degree + 1 + entryLookahead, next < 0 ? facts.length : next);
      const near = [...facts.slice(degree, end), ...facts.slice(block.from, degree)];
      read.add(fact.line);
      entries.push({
        level: fact.level,
        field: near.find((f) => f.field !== null)?.field ?? null,
        institution: near.find((f) => f.institution !== null)?.institution ?? null,
        graduationYear: block.year,
        completed: !isUnfinished(fact.line, block.year, reference, taxonomy, lineTokens),
        evidence: locate(fact.line.start, fact.line.end),
      });
      continue;
    }
    // A school or a course named with its year and no degree the taxonomy knows ("Sunrise Junior College / 2011",
    // "Paralegal Certificate (1999)"). Its year is the one written with it or just below it.
    const school = block.year !== null ? schoolIn(inBlock, taxonomy) : undefined;
    const named = school ?? (block.year !== null ? courseIn(inBlock, taxonomy) : undefined);
    if (named && inSection.has(named.line) && block.to - 1 - facts.indexOf(named) <= entryLookahead) {
      entries.push({
        level: null,
        field: inBlock.find((f) => f.field !== null)?.field ?? null,
        institution: school?.institution ?? inBlock.find((f) => f.institution !== null)?.institution ?? null,
        graduationYear: block.year,
        completed: !isUnfinished(named.line, block.year, reference, taxonomy, lineTokens),
        evidence: locate(named.line.start, named.line.end),
      });
    }
  }
  entries.push(...credentialEntries(resume, taxonomy, reference, locate, lineTokens).filter((e) => !read.has(e.line)).map((e) => e.entry));
  // An unfinished degree attests no level yet (scoring gives it partial credit).
  const attained = entries.flatMap((entry) => attainedLevel(entry, taxonomy) ?? []);
  const highest = attained.reduce<EducationLevel | null>((best, level) => (best === null || level.rank > best.rank ? level : best), null)?.id ?? null;
  const fields = [...new Set(entries.flatMap((e) => (e.field === null ? [] : [e.field])))];
  return { highestLevel: highest, fields, entries };
}

/**
 * A degree that is not finished: its years run to today ("2023 - Present"), it ends after the reference date, its
 * line says it was left ("3 years completed"), or says it is under way ("pursuing") without a graduation year
 * already past ("Dean's List candidate, 2015 - 2019"). A word that is part of the degree's own name says nothing of
 * it: "Undergraduate degree in Psychology" names a bachelor's. Words that are its whole name say both at once: "Some
 * college" names studies toward a degree, not finished.
 */
function isUnfinished(line: Line, year: number | null, reference: YearMonth, taxonomy: CompiledTaxonomy, lineTokens: LineTokens): boolean {
  if (year !== null && year > reference.year) return true;
  if (parseDateRanges(line.text, taxonomy.dates, reference).some((range) => range.ongoing)) return true;
  const tokens = lineTokens(line);
  const degrees = levelHits(line.text, taxonomy, tokens);
  const said = taxonomy.unfinished
    .findAll(line.text, tokens)
    .filter((hit) => !degrees.some((degree) => degree.start <= hit.start && hit.end <= degree.end && !sameSpan(degree, hit)))
    .map((hit) => hit.value);
  return said.includes('left') || (said.includes('under-way') && (year === null || year >= reference.year));
}

function sameSpan(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * The line naming the school of a block without a degree: a header line, not a sentence or a bullet. A block with a
 * job title written as one ("Research Assistant, University of X") is a job at a university, not a school attended.
 */
function schoolIn(block: readonly Fact[], taxonomy: CompiledTaxonomy): Fact | undefined {
  const school = block.find((f) => f.institution !== null);
  if (!school || isSentence(school.line.text) || isBullet(school.line.text)) return undefined;
  return namesJob(block, taxonomy) ? undefined : school;
}

/** A line of the block, other than one naming a course ("Paralegal Certificate"), reads as a job title. */
function namesJob(block: readonly Fact[], taxonomy: CompiledTaxonomy): boolean {
  return block.some((f) => !f.qualification && splitHeaderParts(f.line.text).some((part) => isTitleShaped(part, taxonomy)));
}

/**
 * Between the parts of an education line: degree, school, place, year. Unlike a job header's parts, never " at ", which
 * names a campus ("The University of Texas at Arlington").
 */
const partBreak = /\s*(?:[|\t•·]|,|\s[-–—]\s|—|–)\s*/g;

/**
 * The school a line names: the part of it with the institution word, and a place right after it ("BS Business
 * Administration, University of San Carlos, 2018" → "University of San Carlos"; "BSc Nursing, St. Xavier's College,
 * Mumbai" → "St. Xavier's College, Mumbai"); null when it names none.
 */
function institutionIn(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): string | null {
  // Most lines name no school: the institution words tell, before the line's levels are read.
  const schoolWords = taxonomy.institutions.findAll(text, tokens);
  if (schoolWords.length === 0) return null;
  // "High School Diploma — Central High School": an institution word within a degree's name, before its end, is the
  // degree's; one that ends a level's words ("Central High School") names a school.
  const levels = levelHits(text, taxonomy, tokens);
  const inDegreeName = (found: { start: number; end: number }): boolean => levels.some((level) => level.start <= found.start && found.end < level.end);
  const inLevel = (found: { start: number; end: number }): boolean => levels.some((level) => level.start <= found.start && found.end <= level.end);
  // Of several, one that is no level's word names the school best; else the last ("High School: San Jose National
  // High School", where the first is a label's).
  const schools = schoolWords.filter((word) => !inDegreeName(word));
  const hit = schools.find((found) => !inLevel(found)) ?? schools.at(-1);
  if (!hit) return null;
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  for (const match of text.matchAll(partBreak)) {
    parts.push({ start: from, end: match.index });
    from = match.index + match[0].length;
  }
  parts.push({ start: from, end: text.length });
  const at = parts.findIndex((part) => part.end > hit.start);
  const school = parts[at];
  if (!school) return text.trim();
  const next = parts[at + 1];
  const place = next !== undefined && namesOnlyPlaces(text.slice(next.start, next.end), taxonomy);
  const name = schoolName(text, tokens, { start: school.start, end: school.end }, hit, { degrees: levels, fields: taxonomy.fields.findAll(text, tokens) }, taxonomy);
  return place && name.end === school.end ? text.slice(name.start, next.end).trim() : text.slice(name.start, name.end).trim() || text.trim();
}

/** The longest word a school's name may hold in lower case: "of", "the", "and", "de", "la", "del". */
const maxNameLinkLength = 3;

/**
 * The school's own name within the part of a line that holds it, when nothing separates it from the rest: after the
 * degree, its field, a date ("Masters of Accounting May 2016 Nova Southeastern University"), and before a template's
 * placeholder, a figure or a remark in brackets ("… University City , State", "… University GPA: 3.8", "… University
 * (Expected May 2027)").
 */
function schoolName(
  text: string,
  tokens: readonly Token[],
  part: { start: number; end: number },
  hit: { start: number; end: number },
  { degrees, fields }: { degrees: readonly { start: number; end: number }[]; fields: readonly { start: number; end: number }[] },
  taxonomy: CompiledTaxonomy,
): { start: number; end: number } {
  const inPart = tokens.filter((token) => token.start >= part.start && token.end <= part.end);
  // A degree ends what comes before the name, unless the name holds it ("Central High School"), and so does the field
  // written after a degree ("Bachelor of Science in Nursing at …"); a field in the name is the name's ("London
  // Business School", "Management Development Institute").
  const ofDegree = fields.filter((field) => degrees.some((degree) => degree.start >= part.start && degree.end <= field.start && /^[\s:,.-]*(?:\p{Ll}{1,3}\s+)?$/u.test(text.slice(degree.end, field.start))));
  const boundaries = [...degrees, ...ofDegree].filter((found) => found.end <= hit.start);
  const ends = (token: Token): boolean =>
    /\d/.test(token.cased) || taxonomy.dates.monthByName.has(token.norm) || taxonomy.dates.ongoing.has(token.norm)
    || boundaries.some((found) => found.start <= token.start && token.end <= found.end)
    || (/^\p{Ll}/u.test(token.cased) && token.cased.length > maxNameLinkLength);
  let start = part.start;
  for (const token of inPart.filter((t) => t.end <= hit.start).reverse()) {
    if (ends(token)) {
      start = token.end;
      break;
    }
  }
  // Words linking the name to what came before it ("… in Nursing at Our Lady of Fatima University") are no part of it.
  const first = inPart.find((token) => token.start >= start && (token.start >= hit.start || /^\p{Lu}/u.test(token.cased)));
  start = first?.start ?? start;
  let end = part.end;
  const placeholder = taxonomy.jobs.placeholders.findAll(text, tokens).find((found) => found.value === 'place' && found.start >= hit.end && found.start < end);
  if (placeholder) end = placeholder.start;
  const figure = inPart.find((token) => token.start >= hit.end && token.start < end && /\d/.test(token.cased));
  if (figure) end = figure.start;
  // "University of Phoenix Masters of Business Administration": the degree after the school is none of its name, but
  // a field may be ("Symbiosis Institute of Management Studies").
  const after = degrees.find((found) => found.start >= hit.end && found.start < end);
  if (after) end = after.start;
  const bracket = text.indexOf('(', hit.end);
  if (bracket >= 0 && bracket < end && /\d/.test(text.slice(bracket, part.end))) end = bracket;
  // A label left before the figure ("GPA:") goes with it.
  const label = /\s(?:\p{Lu}{2,5}\s*[:：]\s*)+$/u.exec(text.slice(hit.end, end));
  if (label) end = hit.end + label.index;
  return { start, end };
}

/**
 * Courses, trainings and credentials listed with the year they were completed under a certifications heading
 * ("Medical Assistant Certification, 2001", "• Cloud workshop, 5th March 2016"): entries with no level. Only the line's
 * own year counts; such lists rarely write it apart. A certification the taxonomy knows ("CompTIA A+ (2021)") is
 * reported among the certifications only. A line naming a level ("TESDA Computer Systems Servicing NC II") is schooling
 * of that level, with or without a year, even when it is also a certification the taxonomy knows; one naming a level
 * only by a word for any course ("Certificate in Excel, 2020") is a course with no level, as before.
 */
function credentialEntries(
  resume: SegmentedResume,
  taxonomy: CompiledTaxonomy,
  reference: YearMonth,
  locate: EvidenceLocator,
  lineTokens: LineTokens,
): { line: Line; entry: EducationEntry }[] {
  return resume.sections
    .filter((s) => s.id === 'certifications')
    .flatMap((s) => s.lines)
    .flatMap((line) => {
      const year = latestYear(line.text, reference.year + futureGraduationYears);
      const tokens = lineTokens(line);
      const level = credentialLevelOf(line.text, tokens, taxonomy);
      // A certification the taxonomy knows is reported as one, with its own evidence: no schooling besides.
      if (level === null && (year === null || taxonomy.certifications.findAll(line.text, tokens).length > 0)) return [];
      const entry: EducationEntry = {
        level,
        // A level's line names its field ("Computer Systems Servicing NC II"). Other credentials get none: their words
        // name a subject or a language ("Typing Certificate (English)"), not a field of study.
        field: level === null ? null : (taxonomy.fields.findAll(line.text, tokens)[0]?.value ?? null),
        institution: institutionIn(line.text, tokens, taxonomy),
        graduationYear: year,
        completed: !isUnfinished(line, year, reference, taxonomy, lineTokens),
        evidence: locate(line.start, line.end),
      };
      return [{ line, entry }];
    });
}

/** The line naming a course of study in a block without a degree or a school: not a bullet, not a job title line. */
function courseIn(block: readonly Fact[], taxonomy: CompiledTaxonomy): Fact | undefined {
  const course = block.find((f) => f.qualification);
  if (!course || isBullet(course.line.text)) return undefined;
  return namesJob(block, taxonomy) ? undefined : course;
}

/** The latest year written in the text, "2012-16" read as 2016; years after `maxYear` are not graduation years. */
function latestYear(text: string, maxYear: number): number | null {
  let latestFound: number | null = null;
  // A short end year is no percentage: "2019 – 85%".
  for (const match of allMatches(/(?<!\d)((?:19|20)\d{2})(?:\s*[-–—]\s*(\d{2})(?!\s*%))?(?!\d)/g, text)) {
    const written = Number(match[1]);
    const shortEnd = match[2] === undefined ? null : Math.floor(written / 100) * 100 + Number(match[2]);
    const year = shortEnd !== null && shortEnd > written && shortEnd <= maxYear ? shortEnd : written;
    if (year <= maxYear && (latestFound === null || year > latestFound)) latestFound = year;
  }
  return latestFound;
}
