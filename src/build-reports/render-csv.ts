/**
 * The recruiter's shortlist: one row per resume and role, sorted by role then score, so each role's candidates
 * read as a ranked list; failed documents are listed too, so no file goes missing from the sheet.
 */
import { stringify } from 'csv-stringify/sync';
import type { AnalysisResult } from '../contracts/result-schema.js';

const gapsPerRow = 3;

/**
 * Spreadsheets run a cell that starts with one of these as a formula. File names and resume text come from
 * candidates, so such a cell gets a leading apostrophe, which Excel, LibreOffice and Sheets show as plain text (the
 * OWASP advice on CSV injection).
 */
const formulaStarts = /^[=+\-@\t\r]/;

function asText(value: string | number): string | number {
  return typeof value === 'string' && formulaStarts.test(value) ? `'${value}` : value;
}

export const shortlistColumns = [
  'role_id', 'role', 'rank_in_role', 'score', 'band', 'readiness', 'source', 'candidate', 'total_experience_months', 'top_gaps', 'error',
] as const;

export function renderShortlistCsv(results: readonly AnalysisResult[]): string {
  const rows: (string | number)[][] = [];
  const failures: (string | number)[][] = [];
  const byRole = new Map<string, { title: string; entries: { result: AnalysisResult & { ok: true }; score: number; band: string; readiness: string }[] }>();
  for (const result of results) {
    if (!result.ok) {
      failures.push(['', '', '', '', '', '', result.source, '', '', '', `${result.error.code}: ${result.error.message}`]);
      continue;
    }
    for (const match of result.matches) {
      const group = byRole.get(match.roleId) ?? { title: match.title, entries: [] };
      group.entries.push({ result, score: match.score, band: match.band, readiness: match.readiness.level });
      byRole.set(match.roleId, group);
    }
  }
  for (const [roleId, group] of [...byRole].sort(([a], [b]) => a.localeCompare(b))) {
    group.entries.sort((a, b) => b.score - a.score || a.result.source.localeCompare(b.result.source));
    group.entries.forEach(({ result, score, band, readiness }, index) => {
      const gaps = result.gapAnalysis.find((g) => g.roleId === roleId)?.gaps ?? topGapsFromMatch(result, roleId);
      rows.push([
        roleId, group.title, index + 1, score, band, readiness, result.source, result.candidate.contact.name ?? '',
        result.candidate.experience.totalMonths, gaps.slice(0, gapsPerRow).map((g) => g.label).join('; '), '',
      ]);
    });
  }
  return stringify([[...shortlistColumns], ...[...rows, ...failures].map((row) => row.map(asText))]);
}

/** Roles outside the gap analysis still show their missing must-haves, in the taxonomy's order. */
function topGapsFromMatch(result: AnalysisResult & { ok: true }, roleId: string): { label: string }[] {
  const match = result.matches.find((m) => m.roleId === roleId);
  return (match?.components ?? []).flatMap((c) => c.requirements.filter((r) => r.status !== 'met' && r.kind !== 'title'));
}
