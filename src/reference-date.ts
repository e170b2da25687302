/** The reference date ("today" for open date ranges) travels as YYYY-MM; the clock is read only by the callers. */
import type { YearMonth } from './extract-candidate/candidate-types.js';

export const referenceDatePattern = /^(\d{4})-(\d{2})(?:-\d{2})?$/;

/** The month of `text` (YYYY-MM or YYYY-MM-DD), or of `today` when no text is given. */
export function parseReferenceDate(text: string | undefined, today: Date): YearMonth {
  const match = text === undefined ? null : referenceDatePattern.exec(text);
  if (match) return { year: Number(match[1]), month: Number(match[2]) };
  return { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1 };
}

export function formatYearMonth(date: YearMonth): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}`;
}
