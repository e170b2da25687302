/** The ranked summary printed after a batch: each resume's best roles, and the failures with their codes. */
import type { AnalysisResult } from '../contracts/result-schema.js';

const rolesShown = 3;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

export function summaryTable(results: readonly AnalysisResult[]): string {
  const header = ['Resume', 'Best role', 'Score', 'Fit', 'Next roles'];
  const rows = [...results]
    .sort((a, b) => (b.ok ? (b.matches[0]?.score ?? 0) : -1) - (a.ok ? (a.matches[0]?.score ?? 0) : -1))
    .map((result) => {
      if (!result.ok) return [result.source, `FAILED ${result.error.code}`, '', '', result.error.message];
      const [best, ...others] = result.matches;
      const next = others.slice(0, rolesShown - 1).map((m) => `${m.roleId} ${m.score}`).join(', ');
      return [result.source, best?.roleId ?? '-', String(best?.score ?? 0), best?.band ?? '', next];
    });
  return table([header, ...rows]);
}
