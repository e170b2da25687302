import { describe, expect, it } from 'vitest';
import { formatYearMonth, parseReferenceDate } from '../../src/reference-date.js';

describe('parseReferenceDate', () => {
  const today = new Date('2026-12-06T10:00:00Z');

  it('reads the month of YYYY-MM and YYYY-MM-DD, and takes today when no date is given', () => {
    expect(parseReferenceDate('2026-11', today)).toEqual({ year: 2026, month: 11 });
    expect(parseReferenceDate('2019-01-31', today)).toEqual({ year: 2019, month: 1 });
    expect(parseReferenceDate(undefined, today)).toEqual({ year: 2026, month: 12 });
    expect(formatYearMonth(parseReferenceDate('2019-01-31', today))).toBe('2019-01');
  });

  it('takes 29 February in a leap year only, and digits of no other script', () => {
    for (const text of ['2024-02-29', '2000-02-29', '2026-02-28']) expect(parseReferenceDate(text, today).month).toBe(2);
    for (const text of ['2025-02-29', '1900-02-29', '2026-02-30', '２０２６-11', '2026-11\n']) {
      expect(() => parseReferenceDate(text, today), JSON.stringify(text)).toThrow(/Not a reference date/);
    }
  });

  it('throws on a text that is no date rather than quietly using today', () => {
    for (const text of ['2026-13', '2026-00', 'yesterday', '2026-11-32', '']) {
      expect(() => parseReferenceDate(text, today)).toThrow(/Not a reference date/);
    }
  });
});
