/**
 * Precision and recall of extraction (stages 2 and 3) against resumes annotated with entity spans. Prints one line per
 * field, then, as the last line, one JSON object with every number. Asserts nothing. Run with --help for the rules.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Candidate, YearMonth } from '../src/extract-candidate/candidate-types.js';
import { extractCandidate } from '../src/extract-candidate/extract-candidate.js';
import { parseReferenceDate, referenceDatePattern } from '../src/reference-date.js';
import { segmentSections } from '../src/segment-sections/group-lines-into-sections.js';
import type { SegmentedResume } from '../src/segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../src/taxonomy/compile-taxonomy.js';
import { loadTaxonomy } from '../src/taxonomy/load-taxonomy.js';
import { normalizePhrase, tokenize } from '../src/text/tokenize.js';
import { sharedHeadHits } from '../src/text/shared-head-hits.js';
import { withoutFalseFriends } from '../src/text/false-friends.js';
import { auditDesignationRecall, type DesignationOutcome, readDesignationVerdicts } from './designation-audit.js';
import { wilson } from './wilson.js';

const help = `Usage: npm run eval:extraction -- <annotated.jsonl> [--reference-date 2026-11] [--limit N] [--show FIELD]
                                   [--audit verdicts.tsv …] [--audit-designations verdicts.tsv …]

Each line of the file is {"id","text","entities":[{"label","start","end","text"}]}. Every text goes through
segmentSections and extractCandidate with the built-in taxonomy; open ranges end at --reference-date (default 2026-11).

Matching rules (each counted once per resume):
  skills          Annotated skill spans are those labelled "Tech Tools", "Job Specific Skills" or "Soft Skills". A span
                  is known when the taxonomy's skill matcher finds a skill inside it (longer phrases also prove the
                  skills they start with, and a list's items read with the words they share, as in extraction:
                  "written and verbal communication"); it then stands for those skill ids. Extracted skills are
                  those with evidence located in the text (not only evidenced by a certification).
                  recall    = annotated (resume, skill id) pairs that extraction found.
                  precision = extracted (resume, skill id) pairs, in resumes with at least one annotated skill span,
                              that an annotated span of any skill label stands for.
                  precisionOnAnnotatedLines = the same, counting only extracted skills with evidence on a line that
                              holds an annotated skill span (annotators marked skills lists fully, prose sparsely).
  degree          An annotated "Degree" span is known when the taxonomy's education-level matcher finds a level in it
                  (its first level), its false friends aside as in extraction ("Scrum Master" is no master's). recall = (resume, level) pairs among the education entries' levels.
                  coverage = share of Degree spans that are known.
  graduationYear  An annotated "Graduation Year" span stands for the latest year (19xx or 20xx) written in it.
                  recall = (resume, year) pairs among the education entries' graduation years.
  designation     Titles are compared as normalised tokens (case, punctuation and plurals folded): an annotated
                  "Designation" matches an extracted position title when the tokens they share are at least half
                  of the longer one's tokens; a title joining two also matches each alternative: joined by a
                  slash with or without spaces ("Program Manager / Product Owner", "Team Leader/Quality
                  Coach"), by "&" or by "and" (the tokenizer reads "&" as "and", so "Founder & CEO" and "Founder
                  and CEO" are the same title). recall = distinct annotated designations matched by the title of
                  some position, dated (positions) or not (undatedPositions).
                  precision = distinct extracted titles, in resumes with at least one annotated designation, that
                              match an annotated designation the same way. Annotators did not mark every title a
                              resume holds, so this is a lower bound.
  yearsOfExperience
                  A "Years of Experience" span states a figure when it reads as a duration ("3 years", "2.5 yrs",
                  "6+ years", "Ten years", "2 Years and 4 Months", "21 months"); "less than …" states none. A resume's
                  figure is the largest one its spans state. The extracted figure is the stated total experience
                  (experience.stated) when extraction found one, else the months of the positions (totalMonths).
                  within1y = share of resumes stating a figure whose extracted figure is within ±1 year of it;
                  positionsWithin1y = the same for totalMonths alone.

--audit FILE (repeatable) reads a reviewer's verdicts on a random sample of extracted skills the annotators did not
mark (TSV: resume_id, skill_id, verdict CORRECT or WRONG, reason; see scripts/eval-audits/README.md). Of its pairs
that extraction still finds unannotated, the share judged CORRECT, with a 95% Wilson interval, stands for all the
unannotated ones: auditedPrecision = (annotated hits + share x unannotated hits) / extracted, per file.
With several files, pooledPrecision counts every unannotated hit that some file judged by its verdict (the last file
given wins where two judged one pair) and the rest at the pooled share of CORRECT. Once every unannotated hit has a
verdict it is the precision on this set; rules tuned on earlier samples' WRONG rows raise it, so the newest blind
sample, not this figure, forecasts precision on resumes nobody has looked at.

--audit-designations FILE (repeatable) reads a reviewer's verdicts on annotated designations (TSV: resume_id,
designation, verdict TITLE or NOT_TITLE, reason; see scripts/eval-audits/README.md): TITLE when the span names a job
title the candidate holds or held, NOT_TITLE for names, organisations, skills, fields of work, degrees, others' titles
and roles only sought. The file judges every designation extraction missed and a random sample of those it found.
auditedRecall = found titles / (found titles + missed titles), where found titles are the found designations judged
TITLE plus the unjudged ones at the sample's share of TITLE (95% Wilson interval of that share); a missed designation
no verdict covers counts as a title.

--show FIELD prints the misses of one field (skills-missed, skills-wrong, degree, degree-unknown, graduationYear,
designation, designation-wrong, yearsOfExperience) before the summary; designation-found prints the annotated
designations that were found, each with the title that matched it.`;

const entitySchema = z.object({ label: z.string(), start: z.number(), end: z.number(), text: z.string() });
const recordSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string(), entities: z.array(entitySchema) });
type Entity = z.infer<typeof entitySchema>;
type AnnotatedResume = z.infer<typeof recordSchema>;

const skillLabels = new Set(['Tech Tools', 'Job Specific Skills', 'Soft Skills']);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'reference-date': { type: 'string', default: '2026-11' },
    limit: { type: 'string' },
    show: { type: 'string' },
    audit: { type: 'string', multiple: true, default: [] },
    'audit-designations': { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(`${help}\n`);
  process.exit(0);
}
const file = positionals[0];
if (file === undefined || !referenceDatePattern.test(values['reference-date'])) {
  process.stderr.write(`${help}\n`);
  process.exit(2);
}
const referenceDate: YearMonth = parseReferenceDate(values['reference-date'], new Date());

/** A ratio, or null when nothing was there to count. */
class Tally {
  hit = 0;
  total = 0;
  add(hit: boolean): void {
    this.total += 1;
    if (hit) this.hit += 1;
  }
  get ratio(): number | null {
    return this.total === 0 ? null : Math.round((this.hit / this.total) * 1000) / 1000;
  }
  toString(): string {
    return `${this.ratio === null ? 'n/a' : this.ratio.toFixed(3)} (${this.hit}/${this.total})`;
  }
}

const wordNumbers = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
    'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((word, index) => [word, index + 1]),
);
for (const [word, value] of [['thirty', 30], ['forty', 40], ['fifty', 50]] as const) wordNumbers.set(word, value);
const amount = String.raw`(\d+(?:\.\d+)?|[a-z]+)`;
const yearsPattern = new RegExp(String.raw`${amount}\s*\+?\s*-?\s*(?:years?|yrs?)\b(?:\W+(?:and\s+)?(\d+)\s*(?:months?|mos?)\b)?`, 'i');
const monthsPattern = new RegExp(String.raw`${amount}\s*\+?\s*(?:months?)\b`, 'i');

function numberOf(text: string): number | null {
  const value = /^\d/.test(text) ? Number(text) : (wordNumbers.get(text.toLowerCase()) ?? null);
  return value === null || Number.isNaN(value) ? null : value;
}

/** The duration a "Years of Experience" span states, in years; null when it states none (a date range, "less than"). */
export function statedYears(text: string): number | null {
  if (/less\s+than/i.test(text)) return null;
  const years = yearsPattern.exec(text);
  if (years?.[1] !== undefined) {
    const whole = numberOf(years[1]);
    if (whole !== null) return whole + (years[2] !== undefined ? Number(years[2]) / 12 : 0);
  }
  const months = monthsPattern.exec(text);
  const count = months?.[1] === undefined ? null : numberOf(months[1]);
  return count === null ? null : count / 12;
}

function titleTokens(text: string): string[] {
  return normalizePhrase(text).split(' ').filter((token) => token.length > 0);
}

export function titlesMatch(annotated: string, extracted: string): boolean {
  const a = titleTokens(annotated);
  const b = new Set(titleTokens(extracted));
  if (a.length === 0 || b.size === 0) return false;
  const shared = new Set(a.filter((token) => b.has(token))).size;
  return shared / Math.max(new Set(a).size, b.size) >= 0.5;
}

/** Where a title joins two titles: a slash, "&" or "and". */
const joinedTitles = /\s*\/\s*|\s+(?:&|and)\s+/i;

function latestYear(text: string): number | null {
  const years = [...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));
  return years.length === 0 ? null : Math.max(...years);
}

function skillIdsIn(text: string, taxonomy: CompiledTaxonomy): string[] {
  const tokens = tokenize(text);
  const named = taxonomy.skills.findAll(text, tokens, true);
  const listed = sharedHeadHits(taxonomy.skills, text, tokens, taxonomy.listJoiners, named);
  const kept = named.filter((hit) => !listed.superseded.has(hit));
  return [...new Set([...kept, ...listed.hits].map((hit) => hit.value))];
}

const tallies = {
  skillRecall: new Tally(),
  skillPrecision: new Tally(),
  skillLinePrecision: new Tally(),
  degree: new Tally(),
  degreeCoverage: new Tally(),
  graduationYear: new Tally(),
  designation: new Tally(),
  designationPrecision: new Tally(),
  experience: new Tally(),
  positionsExperience: new Tally(),
};
const shown: string[] = [];
/** Every extracted skill the annotators did not mark, as "resume id␟skill id": what audits sampled from. */
const unannotated = new Set<string>();
/** Every annotated designation and whether it was found: what designation audits judge. */
const designationOutcomes: DesignationOutcome[] = [];
const show = (field: string, id: string, message: string): void => {
  if (values.show === field) shown.push(`${field} ${id}: ${message}`);
};

function score(resume: AnnotatedResume, segmented: SegmentedResume, candidate: Candidate, taxonomy: CompiledTaxonomy): void {
  const id = String(resume.id);
  const of = (label: string): Entity[] => resume.entities.filter((e) => e.label === label);

  const skillSpans = resume.entities.filter((e) => skillLabels.has(e.label));
  const annotatedSkills = new Set(skillSpans.flatMap((span) => skillIdsIn(span.text, taxonomy)));
  const extractedSkills = new Set(candidate.skills.filter((s) => s.evidence.length > 0).map((s) => s.id));
  for (const skill of annotatedSkills) {
    tallies.skillRecall.add(extractedSkills.has(skill));
    if (!extractedSkills.has(skill)) show('skills-missed', id, skill);
  }
  if (skillSpans.length > 0) {
    const annotatedLines = segmented.sections
      .flatMap((section) => section.lines)
      .filter((line) => skillSpans.some((span) => span.start < line.end && line.start < span.end));
    const onAnnotatedLine = (start: number): boolean => annotatedLines.some((line) => line.start <= start && start < line.end);
    for (const skill of candidate.skills) {
      if (skill.evidence.length === 0) continue;
      tallies.skillPrecision.add(annotatedSkills.has(skill.id));
      if (skill.evidence.some((e) => onAnnotatedLine(e.start))) tallies.skillLinePrecision.add(annotatedSkills.has(skill.id));
      if (!annotatedSkills.has(skill.id)) {
        unannotated.add(`${id}\u001f${skill.id}`);
        show('skills-wrong', id, `${skill.id} ← ${skill.evidence.map((e) => JSON.stringify(e.text)).join(', ')}`);
      }
    }
  }

  const levels = new Set<string>();
  for (const span of of('Degree')) {
    const level = withoutFalseFriends(taxonomy.levels.findAll(span.text), span.text, taxonomy.levelFalseFriends)[0]?.value ?? null;
    tallies.degreeCoverage.add(level !== null);
    if (level === null) show('degree-unknown', id, JSON.stringify(span.text));
    else levels.add(level);
  }
  const foundLevels = new Set(candidate.education.entries.map((e) => e.level));
  for (const level of levels) {
    tallies.degree.add(foundLevels.has(level));
    if (!foundLevels.has(level)) show('degree', id, `${level} not in [${[...foundLevels].join(', ')}]`);
  }

  const years = new Set(of('Graduation Year').flatMap((span) => latestYear(span.text) ?? []));
  const foundYears = new Set(candidate.education.entries.map((e) => e.graduationYear));
  for (const year of years) {
    tallies.graduationYear.add(foundYears.has(year));
    if (!foundYears.has(year)) show('graduationYear', id, `${year} not in [${[...foundYears].join(', ')}]`);
  }

  const designations = new Map(of('Designation').map((span) => [normalizePhrase(span.text), span.text]));
  const titles = [...candidate.positions.flatMap((p) => [...(p.title === null ? [] : [p.title]), ...p.otherTitles]), ...candidate.undatedPositions.map((p) => p.title)];
  for (const [key, designation] of designations) {
    if (key.length === 0) continue;
    const matched = titles.find((title) => [title, ...title.split(joinedTitles)].some((alternative) => titlesMatch(designation, alternative)));
    tallies.designation.add(matched !== undefined);
    designationOutcomes.push({ resume: id, key, found: matched !== undefined });
    if (matched === undefined) show('designation', id, `${JSON.stringify(designation)} not in ${JSON.stringify(titles)}`);
    else show('designation-found', id, `${JSON.stringify(designation)} as ${JSON.stringify(matched)}`);
  }
  if (designations.size > 0) {
    for (const title of new Set(titles)) {
      const alternatives = [title, ...title.split(joinedTitles)];
      const hit = [...designations.values()].some((designation) => alternatives.some((alternative) => titlesMatch(designation, alternative)));
      tallies.designationPrecision.add(hit);
      if (!hit) show('designation-wrong', id, JSON.stringify(title));
    }
  }

  const figures = of('Years of Experience').flatMap((span) => statedYears(span.text) ?? []);
  if (figures.length > 0) {
    const annotated = Math.max(...figures);
    const total = candidate.experience.totalMonths / 12;
    const stated = candidate.experience.stated ? candidate.experience.stated.months / 12 : null;
    const extracted = stated ?? total;
    tallies.experience.add(Math.abs(extracted - annotated) <= 1);
    tallies.positionsExperience.add(Math.abs(total - annotated) <= 1);
    if (Math.abs(extracted - annotated) > 1) {
      show('yearsOfExperience', id, `annotated ${annotated.toFixed(1)}, extracted ${extracted.toFixed(1)} (stated ${stated?.toFixed(1) ?? '-'}, positions ${total.toFixed(1)})`);
    }
  }
}

const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim().length > 0);
const records = lines.map((line, index) => {
  const parsed = recordSchema.safeParse(JSON.parse(line));
  if (!parsed.success) throw new Error(`${file}:${index + 1}: not an annotated resume: ${parsed.error.message}`);
  return parsed.data;
});
const resumes = values.limit === undefined ? records : records.slice(0, Number(values.limit));
const taxonomy = await loadTaxonomy();
let extractMs = 0;
for (const resume of resumes) {
  const started = performance.now();
  const segmented = segmentSections(resume.text, taxonomy);
  const candidate = extractCandidate(segmented, { taxonomy, referenceDate });
  extractMs += performance.now() - started;
  score(resume, segmented, candidate, taxonomy);
}

const verdictSchema = z.object({ resume: z.string(), skill: z.string(), verdict: z.enum(['CORRECT', 'WRONG']) });
interface AuditFigures {
  file: string;
  audited: number;
  correct: number;
  estimate: number | null;
  low: number | null;
  high: number | null;
}
type Verdict = z.infer<typeof verdictSchema>;
const pairOf = (v: Verdict): string => `${v.resume}\u001f${v.skill}`;

async function readVerdicts(path: string): Promise<Verdict[]> {
  const rows = (await readFile(path, 'utf8')).split('\n').slice(1).filter((row) => row.trim().length > 0);
  return rows.map((row, index) => {
    const [resume, skill, verdict] = row.split('\t');
    const parsed = verdictSchema.safeParse({ resume, skill, verdict });
    if (!parsed.success) throw new Error(`${path}:${index + 2}: not a verdict row: ${row}`);
    return parsed.data;
  });
}

function auditFigures(path: string, verdicts: readonly Verdict[]): AuditFigures {
  // Pairs extraction no longer finds, or that are now annotated, say nothing of what it finds today.
  const current = verdicts.filter((v) => unannotated.has(pairOf(v)));
  const correct = current.filter((v) => v.verdict === 'CORRECT').length;
  const { hit, total } = tallies.skillPrecision;
  if (current.length === 0 || total === 0) return { file: path, audited: 0, correct: 0, estimate: null, low: null, high: null };
  const [lowShare, highShare] = wilson(correct, current.length);
  const at = (share: number): number => Math.round(((hit + share * (total - hit)) / total) * 1000) / 1000;
  return { file: path, audited: current.length, correct, estimate: at(correct / current.length), low: at(lowShare), high: at(highShare) };
}
const verdictFiles = await Promise.all(values.audit.map(async (path) => ({ path, verdicts: await readVerdicts(path) })));
const audits = verdictFiles.map(({ path, verdicts }) => auditFigures(path, verdicts));

interface PooledFigures {
  files: number;
  judged: number;
  correct: number;
  unannotated: number;
  estimate: number;
}
/** Every unannotated hit some file judged, by its verdict; the others at the share of CORRECT among those judged. */
function pooledFigures(): PooledFigures | null {
  const verdictOf = new Map<string, Verdict['verdict']>();
  for (const { verdicts } of verdictFiles) for (const v of verdicts) if (unannotated.has(pairOf(v))) verdictOf.set(pairOf(v), v.verdict);
  const { hit, total } = tallies.skillPrecision;
  if (verdictFiles.length < 2 || verdictOf.size === 0 || total === 0) return null;
  const correct = [...verdictOf.values()].filter((v) => v === 'CORRECT').length;
  const unjudged = unannotated.size - verdictOf.size;
  const estimate = Math.round(((hit + correct + (correct / verdictOf.size) * unjudged) / total) * 1000) / 1000;
  return { files: verdictFiles.length, judged: verdictOf.size, correct, unannotated: unannotated.size, estimate };
}
const pooled = pooledFigures();
const designationAudits = await Promise.all(
  values['audit-designations'].map(async (path) => auditDesignationRecall(path, designationOutcomes, await readDesignationVerdicts(path), normalizePhrase)),
);

for (const line of shown) process.stdout.write(`${line}\n`);
const report = [
  `resumes            ${resumes.length} (segment + extract ${(extractMs / Math.max(resumes.length, 1)).toFixed(2)} ms each)`,
  `skills             precision ${tallies.skillPrecision.toString()}, recall ${tallies.skillRecall.toString()}, ` +
    `precision on annotated lines ${tallies.skillLinePrecision.toString()}`,
  `degree             recall ${tallies.degree.toString()}, spans the taxonomy knows ${tallies.degreeCoverage.toString()}`,
  `graduation year    recall ${tallies.graduationYear.toString()}`,
  `designation        recall ${tallies.designation.toString()}, precision ${tallies.designationPrecision.toString()}`,
  `years experience   within ±1 year ${tallies.experience.toString()}, from positions alone ${tallies.positionsExperience.toString()}`,
  ...audits.map(
    (a) =>
      `skills audited     precision ${a.estimate?.toFixed(3) ?? 'n/a'} [${a.low?.toFixed(3) ?? '-'}, ${a.high?.toFixed(3) ?? '-'}] ` +
      `from ${a.correct}/${a.audited} unannotated hits judged correct in ${a.file}`,
  ),
  ...(pooled
    ? [`skills pooled      precision ${pooled.estimate.toFixed(3)}: ${pooled.judged} of the ${pooled.unannotated} unannotated hits ` +
      `judged in ${pooled.files} files, ${pooled.correct} correct; the rest counted at that share`]
    : []),
  ...designationAudits.map(
    (a) =>
      `designation audited recall ${a.estimate?.toFixed(3) ?? 'n/a'} [${a.low?.toFixed(3) ?? '-'}, ${a.high?.toFixed(3) ?? '-'}]: ` +
      `of the misses ${a.missedNotTitles} judged no title of the candidate's, ${a.missedTitles - a.missedUnjudged} judged titles, ` +
      `${a.missedUnjudged} unjudged (counted as titles); ${a.foundTitles}/${a.foundJudged} judged found ones titles, in ${a.file}`,
  ),
];
process.stdout.write(`${report.join('\n')}\n`);
const summary = {
  skills: {
    precision: tallies.skillPrecision.ratio,
    recall: tallies.skillRecall.ratio,
    precisionOnAnnotatedLines: tallies.skillLinePrecision.ratio,
    ...(audits.length > 0 ? { auditedPrecision: audits.map(({ file, estimate, low, high, audited }) => ({ file, estimate, low, high, audited })) } : {}),
    ...(pooled ? { pooledPrecision: pooled } : {}),
  },
  degree: { recall: tallies.degree.ratio, coverage: tallies.degreeCoverage.ratio },
  graduationYear: { recall: tallies.graduationYear.ratio },
  designation: {
    recall: tallies.designation.ratio,
    precision: tallies.designationPrecision.ratio,
    ...(designationAudits.length > 0
      ? { auditedRecall: designationAudits.map(({ file, estimate, low, high, missedUnjudged }) => ({ file, estimate, low, high, missedUnjudged })) }
      : {}),
  },
  yearsOfExperience: { within1y: tallies.experience.ratio, positionsWithin1y: tallies.positionsExperience.ratio },
  n: resumes.length,
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
