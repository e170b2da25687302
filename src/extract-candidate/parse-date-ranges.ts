/**
 * Date ranges as resumes write them: "Jan 2019 – Present", "03/2017 to 05/2019", "2015-2018", "Aug 2016 – to date".
 * Open ranges end at the reference date passed in; nothing here reads the clock.
 */
import type { DateVocabulary } from '../taxonomy/compile-date-vocabulary.js';
import type { YearMonth } from './candidate-types.js';

export interface DateRange {
  readonly start: YearMonth;
  readonly end: YearMonth;
  readonly ongoing: boolean;
  /** Offsets of the whole range within the searched text. */
  readonly index: number;
  readonly length: number;
}

/** A year written alone says nothing of the month: take the middle of the year, off by at most six months. */
const monthOfBareYear = 6;

export function monthIndex(date: YearMonth): number {
  return date.year * 12 + (date.month - 1);
}

function parseDate(text: string, dates: DateVocabulary): YearMonth | null {
  const trimmed = text.trim().toLowerCase();
  const named = /^(\p{L}+)\.?,?\s*(?:(\d{4})|['’](\d{2}))$/u.exec(trimmed);
  if (named) {
    const month = dates.monthByName.get(named[1] ?? '');
    const year = named[2] ? Number(named[2]) : 2000 + Number(named[3]);
    return month ? { year, month } : null;
  }
  const monthFirst = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(trimmed);
  if (monthFirst) return validMonth(Number(monthFirst[2]), Number(monthFirst[1]));
  const yearFirst = /^(\d{4})\s*[/.-]\s*(\d{1,2})$/.exec(trimmed);
  if (yearFirst) return validMonth(Number(yearFirst[1]), Number(yearFirst[2]));
  return /^\d{4}$/.test(trimmed) ? { year: Number(trimmed), month: monthOfBareYear } : null;
}

function validMonth(year: number, month: number): YearMonth | null {
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** Every well-formed range in `text`; a range that ends before it starts, or starts after today, is not one. */
export function parseDateRanges(text: string, dates: DateVocabulary, reference: YearMonth): DateRange[] {
  const ranges: DateRange[] = [];
  for (const match of text.matchAll(dates.range)) {
    const from = match.groups?.from;
    const to = match.groups?.to;
    if (from === undefined || to === undefined) continue;
    const start = parseDate(from, dates);
    const ongoing = dates.ongoing.has(to.trim().toLowerCase().replace(/\s+/g, ' '));
    const parsedEnd = ongoing ? reference : parseDate(to, dates);
    if (!start || !parsedEnd || monthIndex(start) > monthIndex(reference)) continue;
    const end = monthIndex(parsedEnd) > monthIndex(reference) ? reference : parsedEnd;
    if (monthIndex(end) < monthIndex(start)) continue;
    ranges.push({ start, end, ongoing, index: match.index, length: match[0].length });
  }
  return ranges;
}
