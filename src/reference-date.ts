/** The reference date ("today" for open date ranges) travels as YYYY-MM; the clock is read only by the callers. */
import type { YearMonth } from './extract-candidate/candidate-types.js';

/**
 * YYYY-MM, or YYYY-MM-DD with a day the month has: "2026-13", "2026-02-30" and "2025-02-29" are typos, not December
 * or March. Written without lookarounds, and with [0-9] for a digit (Python's \d takes any script's digits), so that
 * JSON Schema validators in every language (the pattern is published) read it alike.
 */
export const referenceDatePattern = new RegExp(
  [
    '^[0-9]{4}-(?:0[1-9]|1[0-2])$',
    '^[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))$',
    // 29 February of a leap year: divisible by 4, and by 400 when it ends a century.
    '^(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29$',
  ].join('|'),
);
/** The month a result states it used, as formatYearMonth writes it. */
export const yearMonthPattern = /^[0-9]{4}-(?:0[1-9]|1[0-2])$/;
export const referenceDateMessage = 'use YYYY-MM or YYYY-MM-DD: a month from 01 to 12, and a day that month has';

/**
 * The month of `text` (YYYY-MM or YYYY-MM-DD), or of `today` when no text is given. Callers validate the text at
 * their boundary; one that does not match here is a programming error, so it throws rather than fall back to today.
 */
export function parseReferenceDate(text: string | undefined, today: Date): YearMonth {
  if (text === undefined) return { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1 };
  if (!referenceDatePattern.test(text)) throw new RangeError(`Not a reference date: "${text}" (${referenceDateMessage}).`);
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)) };
}

export function formatYearMonth(date: YearMonth): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}`;
}
