/** The reference date ("today" for open date ranges) travels as YYYY-MM; the clock is read only by the callers. */
import type { YearMonth } from './extract-candidate/candidate-types.js';

/** YYYY-MM or YYYY-MM-DD with a real month (01-12) and a day of 01-31: "2026-13" is a typo, not December. */
export const referenceDatePattern = /^(\d{4})-(0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;
/** The month a result states it used, as formatYearMonth writes it. */
export const yearMonthPattern = /^\d{4}-(?:0[1-9]|1[0-2])$/;
export const referenceDateMessage = 'use YYYY-MM or YYYY-MM-DD with a month from 01 to 12';

/**
 * The month of `text` (YYYY-MM or YYYY-MM-DD), or of `today` when no text is given. Callers validate the text at
 * their boundary; one that does not match here is a programming error, so it throws rather than fall back to today.
 */
export function parseReferenceDate(text: string | undefined, today: Date): YearMonth {
  if (text === undefined) return { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1 };
  const match = referenceDatePattern.exec(text);
  if (!match) throw new RangeError(`Not a reference date: "${text}" (${referenceDateMessage}).`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function formatYearMonth(date: YearMonth): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}`;
}
