/** The ranked summary printed after a batch: each resume's best roles, and the failures with their codes. */
import type { ShortlistEntry } from '../build-reports/render-csv.js';

const rolesShown = 3;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

/**
 * Resumes by their best role's band (`bandOrder`, highest first), then its score, as the shortlist ranks them: a band
 * a rule capped ranks below the band above, whatever the score. Failures last.
 */
export function summaryTable(entries: readonly ShortlistEntry[], bandOrder: readonly string[] = []): string {
  // The roles ranked after the best, not steps on a career path (the reports list those).
  const header = ['Resume', 'Best role', 'Score', 'Fit', 'Also fits'];
  const bestScore = (entry: ShortlistEntry): number => (entry.error === null ? (entry.roles[0]?.score ?? 0) : -1);
  const bandRank = (entry: ShortlistEntry): number => {
    if (entry.error !== null) return bandOrder.length + 1;
    const index = bandOrder.indexOf(entry.roles[0]?.band ?? '');
    return index < 0 ? bandOrder.length : index;
  };
  const rows = [...entries]
    .sort((a, b) => bandRank(a) - bandRank(b) || bestScore(b) - bestScore(a))
    .map((entry) => {
      if (entry.error !== null) return [entry.source, `FAILED ${entry.error.code}`, '', '', entry.error.message];
      const [best, ...others] = entry.roles;
      const next = others.slice(0, rolesShown - 1).map((m) => `${m.roleId} ${m.score}`).join(', ');
      return [entry.source, best?.roleId ?? '-', String(best?.score ?? 0), best?.band ?? '', next];
    });
  return table([header, ...rows]);
}
