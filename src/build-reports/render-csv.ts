/**
 * The recruiter's shortlist: one row per resume and role, sorted by role then score, so each role's candidates
 * read as a ranked list; failed documents are listed too, so no file goes missing from the sheet.
 */
import { stringify } from 'csv-stringify/sync';
import type { AnalysisResult } from '../contracts/result-schema.js';
import { shortlistNotes } from './report-wording.js';
import { languagesCell, shiftsCell } from './shortlist-cells.js';
import { findSameCandidates, sameCandidateKeys, samePersonGroups, type SameCandidateKey } from './same-candidate-keys.js';

const gapsPerRow = 3;

/**
 * Spreadsheets run a cell that starts with one of these as a formula. File names and resume text come from
 * candidates, so such a cell gets a leading apostrophe, which Excel, LibreOffice and Sheets show as plain text (the
 * OWASP advice on CSV injection).
 */
const formulaStarts = /^[=+\-@\t\r]/;

function asText(value: Cell): Cell {
  return typeof value === 'string' && formulaStarts.test(value) ? `'${value}` : value;
}

/** A phone number starting with 0 ("09171234567") would lose the 0 as a number: the apostrophe keeps it text too. */
function phoneCell(phone: string): Cell {
  return phone.startsWith('0') ? `'${phone}` : phone;
}

/**
 * The shortlist as a file for spreadsheets: Excel reads a CSV file without a byte-order mark in the computer's legacy
 * code page, so "José Peña" would show as "JosÃ© PeÃ±a". The mark makes it read UTF-8; the string in a batch
 * result, which programs read, goes without it.
 */
export function shortlistFileText(csv: string): string {
  return `\uFEFF${csv}`;
}

export const shortlistColumns = [
  'role_id', 'role', 'rank_in_role', 'score', 'band', 'readiness', 'source', 'candidate', 'total_experience_months', 'top_gaps', 'error',
  'notes',
  // Added after the first twelve, so that whatever reads those by position keeps working.
  'email', 'phone', 'location', 'relevant_experience_months', 'typing_wpm', 'languages', 'shifts', 'report_file',
] as const;

type ShortlistColumn = (typeof shortlistColumns)[number];
type Cell = string | number;

/** A row in the columns' order; a column not given is empty. */
function shortlistRow(cells: Partial<Record<ShortlistColumn, Cell>>): Cell[] {
  return shortlistColumns.map((column) => cells[column] ?? '');
}

/**
 * What the shortlist needs of one result: its scores, bands and top gaps per role, without the requirements and
 * evidence the result carries. A batch of thousands keeps these, not the results.
 */
export interface ShortlistEntry {
  readonly source: string;
  readonly candidate: string;
  /** How to reach the candidate: empty when none is found, and always under blind screening, whose result has no contact. */
  readonly contact: { readonly email: string; readonly phone: string; readonly location: string };
  readonly totalExperienceMonths: number | null;
  /** Best first, as the result ranks them. `relevantMonths` is the experience the role's score counted. */
  readonly roles: readonly {
    roleId: string; title: string; score: number; band: string; readiness: string; topGaps: string; relevantMonths: number;
  }[];
  /** The typing speed stated, in words per minute; null when none is (or only keystrokes per hour are). */
  readonly typingWpm: number | null;
  /** The languages and shifts the resume names, as shortlist-cells.ts writes them. */
  readonly languages: string;
  readonly shifts: string;
  /** The candidate's report inside the output folder ("reports/cv.pdf.html"), when one was written. */
  readonly reportFile: string | null;
  /** Why the document failed; it then has no roles. */
  readonly error: { readonly code: string; readonly message: string } | null;
  /** How far the reading can be trusted: another language, several resumes in one file, a scan, a cut text. */
  readonly notes: string;
  /** What tells this person from others in the batch: see same-candidate-keys.ts. */
  readonly keys: readonly SameCandidateKey[];
}

const noContact: ShortlistEntry['contact'] = { email: '', phone: '', location: '' };

/**
 * `result` as written: a blind result is already redacted (redact-result.ts), so its contact cells stay empty. Whoever
 * writes the report sets `reportFile`.
 */
export function shortlistEntry(result: AnalysisResult): ShortlistEntry {
  if (!result.ok) {
    return {
      source: result.source, candidate: '', contact: noContact, totalExperienceMonths: null, roles: [], typingWpm: null, languages: '', shifts: '',
      reportFile: null, error: { code: result.error.code, message: result.error.message }, notes: '', keys: [],
    };
  }
  const { contact, experience, screening } = result.candidate;
  return {
    source: result.source,
    candidate: contact.name ?? '',
    contact: { email: contact.email ?? '', phone: contact.phone ?? '', location: contact.location ?? '' },
    totalExperienceMonths: experience.totalMonths,
    roles: result.matches.map((match) => {
      const gaps = result.gapAnalysis.find((g) => g.roleId === match.roleId)?.gaps ?? topGapsFromMatch(result, match.roleId);
      const topGaps = gaps.slice(0, gapsPerRow).map((g) => g.label).join('; ');
      // The figure the experience component scored (score-components.ts): months in jobs that count for this role.
      const relevantMonths = experience.relevantMonths[match.roleId] ?? 0;
      return { roleId: match.roleId, title: match.title, score: match.score, band: match.band, readiness: match.readiness.level, topGaps, relevantMonths };
    }),
    typingWpm: screening.typingSpeed?.wordsPerMinute ?? null,
    languages: languagesCell(screening.languages),
    shifts: shiftsCell(screening.shifts),
    reportFile: null,
    error: null,
    notes: shortlistNotes(result).join('; '),
    keys: sameCandidateKeys(result),
  };
}

/** The entry's notes, and the rows that seem to be the same person: "same email as cv.pdf; same phone as cv.txt". */
function notesWithSameCandidates(entries: readonly ShortlistEntry[]): Map<ShortlistEntry, string> {
  const same = findSameCandidates(entries);
  return new Map(entries.map((entry, index) => {
    const notes = (same[index] ?? []).map((match) => `same ${match.kind} as ${match.sources.join(', ')}`);
    return [entry, [entry.notes, ...notes].filter((part) => part.length > 0).join('; ')];
  }));
}

/**
 * The shortlist as CSV: per role, candidates by band (`bandOrder`, the taxonomy's bands highest first), then by score.
 * A band a rule capped (a language the posting asks for never named, experience short of the minimum) so ranks its
 * candidates below those of the band above, whatever their score: the band is the verdict, the score orders within it.
 */
/** A file found in a folder and not read, listed after the failures so that the shortlist accounts for every file. */
export interface PassedByFile {
  readonly source: string;
  /** Why it was not read: "data or code file", "hidden file", "rolefit output folder". */
  readonly reason: string;
}

export function renderShortlistCsv(entries: readonly ShortlistEntry[], bandOrder: readonly string[] = [], passedBy: readonly PassedByFile[] = []): string {
  const bandRank = (band: string): number => {
    const index = bandOrder.indexOf(band);
    return index < 0 ? bandOrder.length : index;
  };
  const rows: Cell[][] = [];
  const failures: Cell[][] = [];
  const byRole = new Map<string, { title: string; candidates: { entry: ShortlistEntry; role: ShortlistEntry['roles'][number] }[] }>();
  const notes = notesWithSameCandidates(entries);
  const groups = samePersonGroups(entries);
  const person = new Map(entries.map((entry, index) => [entry, groups[index] ?? index]));
  for (const entry of entries) {
    if (entry.error !== null) {
      failures.push(shortlistRow({ source: entry.source, error: `${entry.error.code}: ${entry.error.message}` }));
      continue;
    }
    for (const role of entry.roles) {
      const group = byRole.get(role.roleId) ?? { title: role.title, candidates: [] };
      group.candidates.push({ entry, role });
      byRole.set(role.roleId, group);
    }
  }
  for (const [roleId, group] of [...byRole].sort(([a], [b]) => a.localeCompare(b))) {
    group.candidates.sort((a, b) => bandRank(a.role.band) - bandRank(b.role.band) || b.role.score - a.role.score || a.entry.source.localeCompare(b.entry.source));
    for (const { entry, role, rank } of rankedByPerson(group.candidates, person)) {
      rows.push(shortlistRow({
        role_id: roleId, role: group.title, rank_in_role: rank, score: role.score, band: role.band, readiness: role.readiness,
        source: entry.source, candidate: entry.candidate, total_experience_months: entry.totalExperienceMonths ?? '', top_gaps: role.topGaps,
        notes: notes.get(entry) ?? entry.notes, email: entry.contact.email, phone: phoneCell(entry.contact.phone), location: entry.contact.location,
        relevant_experience_months: role.relevantMonths, typing_wpm: entry.typingWpm ?? '', languages: entry.languages, shifts: entry.shifts,
        report_file: entry.reportFile ?? '',
      }));
    }
  }
  const skipped = passedBy.map(({ source, reason }) => shortlistRow({ source, error: `not read: a ${reason} found in a folder (name it to read it)` }));
  return csvText([[...shortlistColumns], ...rows, ...failures, ...skipped]);
}

/**
 * A role's rows, best first, one rank per person: the files that seem to be the same person (the same resume sent as
 * a PDF and a DOCX) share the rank of the best of them and follow it, so that a top five is five people.
 */
function rankedByPerson<T extends { entry: ShortlistEntry }>(sorted: readonly T[], person: ReadonlyMap<ShortlistEntry, number>): (T & { rank: number })[] {
  const byPerson = new Map<number, T[]>();
  for (const row of sorted) {
    const id = person.get(row.entry) ?? -1;
    byPerson.set(id, [...(byPerson.get(id) ?? []), row]);
  }
  const ranked: (T & { rank: number })[] = [];
  let rank = 0;
  const placed = new Set<number>();
  for (const row of sorted) {
    const id = person.get(row.entry) ?? -1;
    if (placed.has(id)) continue;
    placed.add(id);
    rank += 1;
    for (const copy of byPerson.get(id) ?? [row]) ranked.push({ ...copy, rank });
  }
  return ranked;
}

/** Rows as CSV, every cell that a spreadsheet would run as a formula shown as text. */
export function csvText(rows: readonly (readonly Cell[])[]): string {
  return stringify(rows.map((row) => row.map(asText)));
}

/** Roles outside the gap analysis still show their missing must-haves, in the taxonomy's order. */
function topGapsFromMatch(result: AnalysisResult & { ok: true }, roleId: string): { label: string }[] {
  const match = result.matches.find((m) => m.roleId === roleId);
  return (match?.components ?? []).flatMap((c) => c.requirements.filter((r) => r.status !== 'met' && r.kind !== 'title'));
}
