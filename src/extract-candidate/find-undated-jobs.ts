/**
 * Jobs listed without dates, in an experience section: a header line (short, not a bullet or a sentence) whose first
 * title part is a short title, a line labelled as the title, a line that introduces one ("worked as Senior Analyst
 * at Acme"), or a line that opens with one before a remark ("Vice President of Operations - Promoted to …",
 * "Litigation Paralegal. Assigned to …"), where no dated job already uses the line or the title. A second title in
 * capitals on the line ("Business Analyst - Channel Support Specialist") is listed too. A title written in capitals
 * ("Quality Analyst", "Head of Member Services") stands alone; one in lower case ("Process associate") is taken only
 * with its employer on the next line. The employer is another part of the line, else the header line below it when
 * that names no title.
 */
import type { Line } from '../segment-sections/section-types.js';
import { isBullet } from '../segment-sections/line-shape.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { normalizePhrase } from '../text/tokenize.js';
import type { Position, UndatedPosition } from './candidate-types.js';
import { isSentence } from './find-dated-jobs.js';
import { jobSoughtStart } from './names-job-sought.js';
import { monthsOfDuration } from './find-stated-experience.js';
import type { LineTokens } from './line-tokens.js';
import type { EvidenceLocator } from './locate-evidence.js';
import type { DateRange } from './parse-date-ranges.js';
import { introducedTitle, labelledField, readHeaderPart, readsAsTitle, splitHeaderParts, type HeaderPart } from './read-job-header.js';
import { formalTitle, isHeadedTitle, isSecondTitle, isTitleShaped, leadingTitle, readTitleLine, sentenceEnds, withLineOfWork } from './read-title-line.js';

interface UndatedJob {
  readonly title: string;
  readonly employer: string | null;
  /** Second titles the line names after the first. */
  readonly also?: readonly string[];
  /** Roles the line of work written after the title names ("Team Lead - Collections"). */
  readonly roles?: readonly string[];
}

/** An undated job's title has at most this many words. */
const maxUndatedTitleWords = 6;
/** A headline stands within this many lines of the top, below the name. */
const maxHeadlineLines = 4;

/** The employer a header line below a title names: its first part that is no place, when no part reads as a title. */
function employerBelow(next: Line | undefined, headerLike: boolean, taxonomy: CompiledTaxonomy): string | null {
  if (!next || !headerLike || labelledField(next.text, taxonomy)) return null;
  const parts = splitHeaderParts(next.text).map((p) => readHeaderPart(p, taxonomy));
  return parts.some(readsAsTitle) ? null : (parts.find((p) => !p.isPlace)?.text ?? null);
}

/** The employer a title line names beside its title: a part that is no place, no title and no qualifier of the title. */
function sameLineEmployer(others: readonly HeaderPart[], title: string): string | null {
  return others.find((p) => !p.isPlace && !readsAsTitle(p) && !title.endsWith(p.text))?.text ?? null;
}

export function findUndatedJobs(
  lines: readonly Line[],
  ranges: readonly (DateRange | undefined)[],
  used: ReadonlySet<Line>,
  positions: readonly Position[],
  taxonomy: CompiledTaxonomy,
  locate: EvidenceLocator,
  lineTokens: LineTokens,
): UndatedPosition[] {
  const known = new Set(positions.flatMap((p) => (p.title === null ? [] : knownForms(p.title))));
  const undated: UndatedPosition[] = [];
  const headerLike = (line: Line | undefined, index: number): line is Line =>
    line !== undefined && !used.has(line) && !ranges[index] && !isBullet(line.text) && !isSentence(line.text);
  /** The job a short line names as a title line: its first title part, the employer beside or below it. */
  const titleLineJob = (line: Line, index: number): UndatedJob | null => {
    const read = readTitleLine(line.text, taxonomy, lineTokens(line));
    if (!read || read.title.text.split(/\s+/).length > maxUndatedTitleWords) return null;
    const below = employerBelow(lines[index + 1], headerLike(lines[index + 1], index + 1), taxonomy);
    const { title, roles } = withLineOfWork(read.title.text, line.text, taxonomy);
    const sameLine = sameLineEmployer(read.others, title);
    if (!isTitleShaped(read.title.text, taxonomy) && (below === null || sameLine !== null || !isHeadedTitle(read.title.text, taxonomy))) return null;
    // "Business Analyst - Channel Support Specialist": a second role held in the same job.
    const also = read.others.filter((p) => isSecondTitle(p, taxonomy)).map((p) => p.text);
    return { title, employer: sameLine ?? below, also, roles };
  };
  /** The title and employer a line names, if it lists a job, and the second titles it names after the first. */
  const jobOn = (line: Line, index: number): UndatedJob | null => {
    // A line that introduces a title tells a job by it, or tells a duty within the job above.
    const introduced = introducedTitle(line.text, taxonomy);
    if (introduced) return toldJob(introduced, taxonomy);
    if (isBullet(line.text) || jobSoughtStart(line.text, taxonomy) !== null) return null;
    if (isSentence(line.text)) {
      // "Vice President of Operations - Promoted to review …": a title line that goes on with a remark.
      const title = leadingTitle(line.text, maxUndatedTitleWords, taxonomy);
      return title === null ? null : { title, employer: null };
    }
    // A line in lower case continues a sentence; an employer below a title may still be written so ("acme bpo").
    if (/^\p{Ll}/u.test(line.text)) return null;
    const labelled = labelledField(line.text, taxonomy);
    if (labelled) return labelled.kind === 'title' ? { title: labelled.value, employer: null } : null;
    const titled = titleLineJob(line, index);
    if (titled) return titled;
    // "Litigation Paralegal. Assigned to the Probate Division": a short line may end its title with a full stop.
    const sentenceTitle = leadingTitle(line.text, maxUndatedTitleWords, taxonomy, sentenceEnds);
    return sentenceTitle === null ? null : { title: sentenceTitle, employer: null };
  };
  lines.forEach((line, index) => {
    const job = used.has(line) || ranges[index] ? null : jobOn(line, index);
    if (!job) return;
    for (const title of [job.title, ...(job.also ?? [])]) {
      if (known.has(normalizePhrase(title))) continue;
      known.add(normalizePhrase(title));
      const named = title === job.title ? (job.roles ?? []) : [];
      const titleRoles = [...new Set([...readHeaderPart(title, taxonomy).roles, ...named])];
      // A second title on the line shares the job's months: only the first carries them.
      const months = title === job.title ? statedDuration(line, lines.slice(index + 1, index + 1 + durationLinesBelow), taxonomy) : null;
      undated.push({ title, employer: job.employer, titleRoles, months, evidence: locate(line.start, line.end) });
    }
  });
  return undated;
}

/** Lines below an undated job's title where a duration alone may stand: the employer's line may come between. */
const durationLinesBelow = 2;

/**
 * The months an undated job's line notes in brackets ("Medical Coder – Omega Healthcare (3 yrs)"), else those of a
 * line below that is a duration alone (a job site's "2 yrs 3 mos"), before any bullet; null when none states any.
 */
function statedDuration(line: Line, below: readonly Line[], taxonomy: CompiledTaxonomy): number | null {
  const { durationNoted, durationAlone, numberWords } = taxonomy.statedExperience;
  const bullet = below.findIndex((l) => isBullet(l.text));
  const header = bullet < 0 ? below : below.slice(0, bullet);
  const match = durationNoted.exec(line.text) ?? header.map((l) => durationAlone.exec(l.text)).find((m) => m !== null) ?? null;
  const months = match ? monthsOfDuration(match.groups ?? {}, numberWords) : null;
  return months !== null && months > 0 ? months : null;
}

/**
 * The title a resume opens with, below the name ("Customer Care Executive", "Process Executive - Vertex
 * Outsourcing"): the candidate's current job when no listed job already carries it. Any case will do here, but the
 * line must end with its head title word: "Resume Template" lines and names do not.
 */
export function findHeadlineJob(
  header: readonly Line[],
  jobs: readonly { readonly title: string | null }[],
  taxonomy: CompiledTaxonomy,
  locate: EvidenceLocator,
  lineTokens: LineTokens,
): UndatedPosition | null {
  for (const line of header.slice(0, maxHeadlineLines)) {
    // "Position applied for: Customer Service Representative" is the job sought, not held.
    if (isBullet(line.text) || isSentence(line.text) || labelledField(line.text, taxonomy) || jobSoughtStart(line.text, taxonomy) !== null) continue;
    const read = readTitleLine(line.text, taxonomy, lineTokens(line));
    if (!read || read.title.text.split(/\s+/).length > maxUndatedTitleWords || !isHeadedTitle(read.title.text, taxonomy)) continue;
    const { title, roles } = withLineOfWork(read.title.text, line.text, taxonomy);
    if (jobs.some((job) => job.title !== null && knownForms(job.title).includes(normalizePhrase(title)))) return null;
    const employer = sameLineEmployer(read.others, title);
    return { title, employer, titleRoles: [...new Set([...read.title.roles, ...roles])], months: null, evidence: locate(line.start, line.end) };
  }
  return null;
}

/**
 * Jobs a summary tells in sentences ("• Worked as Operation Analyst for the Microsoft server team"), by their formal
 * title in capitals, when no job found elsewhere already carries it. A sentence that introduces no title, or a title
 * in lower case ("worked as a buddy for new joiners"), tells of no job.
 */
export function findToldJobs(
  lines: readonly Line[],
  jobs: readonly { readonly title: string | null }[],
  taxonomy: CompiledTaxonomy,
  locate: EvidenceLocator,
): UndatedPosition[] {
  const known = new Set(jobs.flatMap((job) => (job.title === null ? [] : knownForms(job.title))));
  return lines.flatMap((line) => {
    const introduced = introducedTitle(line.text, taxonomy);
    const job = introduced ? toldJob(introduced, taxonomy) : null;
    if (job === null || known.has(normalizePhrase(job.title))) return [];
    known.add(normalizePhrase(job.title));
    const titleRoles = [...readHeaderPart(job.title, taxonomy).roles];
    return [{ title: job.title, employer: job.employer, titleRoles, months: null, evidence: locate(line.start, line.end) }];
  });
}

/**
 * The job a sentence tells by the title it introduces ("Joined as Process Associate, promoted to …", "Worked as a
 * Lecturer in the Department of …"): its formal title in capitals. "worked as a peer coach for new hires" tells of a
 * duty, not a job.
 */
function toldJob(introduced: { title: string; employer: string | null }, taxonomy: CompiledTaxonomy): UndatedJob | null {
  const title = formalTitle(introduced.title, taxonomy);
  return title === null ? null : { title, employer: introduced.employer };
}

/**
 * A job's title as another line may name it: whole, and without the line of work a dash adds ("Accounts Executive –
 * Record to Report and P2P" is the "Accounts Executive" a summary names).
 */
function knownForms(title: string): string[] {
  const head = title.split(/\s+[-–—]\s+/u)[0] ?? title;
  return head === title ? [normalizePhrase(title)] : [normalizePhrase(title), normalizePhrase(head)];
}
