/**
 * Date ranges as resumes write them: "Jan 2019 – Present", "03/2017 to 05/2019", "2015-2018", "Aug 2016 – to date",
 * "7/95 to 3/98", "1985-89", "Mar - Aug 2011", "Mar 2011  Present" and "20142017" (a dash lost in conversion),
 * "2010\xe2\x80\x942012" (a dash written as escaped bytes), and
 * ranges left open by a word: "since 2016", "September 2017 onwards". Open ranges end at the reference date passed
 * in; nothing here reads the clock.
 */
import { monthYearLink, type DateVocabulary } from '../taxonomy/compile-date-vocabulary.js';
import { allMatches } from '../text/all-matches.js';
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

/** "95" is 1995 and "08" 2008 when read in 2026: a two-digit year is the latest such year not after today. */
function fullYear(twoDigits: number, reference: YearMonth): number {
  const century = Math.floor(reference.year / 100) * 100;
  return century + twoDigits > reference.year ? century - 100 + twoDigits : century + twoDigits;
}

function parseDate(text: string, dates: DateVocabulary, reference: YearMonth): YearMonth | null {
  const trimmed = text.trim().toLowerCase();
  // A day before the month's name ("15th july 2022", "30-jun-2022") is passed over.
  const named = namedDate.exec(trimmed);
  if (named) {
    const month = dates.monthByName.get(named[1] ?? '');
    const year = named[2] ? Number(named[2]) : fullYear(Number(named[3]), reference);
    return month ? { year, month } : null;
  }
  const full = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(trimmed);
  if (full) {
    // Day first (01/09/2003 is September), unless the second number cannot be a month (12/28/2004 is December).
    const [first, second] = [Number(full[1]), Number(full[2])];
    return validMonth(Number(full[3]), second > 12 ? first : second);
  }
  const monthFirst = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(trimmed);
  if (monthFirst) return validMonth(Number(monthFirst[2]), Number(monthFirst[1]));
  const yearFirst = /^(\d{4})\s*[/.-]\s*(\d{1,2})$/.exec(trimmed);
  if (yearFirst) return validMonth(Number(yearFirst[1]), Number(yearFirst[2]));
  const short = /^(\d{1,2})\/(\d{2})$/.exec(trimmed);
  if (short) return validMonth(fullYear(Number(short[2]), reference), Number(short[1]));
  const yearOnly = /^(?:(\d{4})|['’](\d{2}))$/.exec(trimmed);
  if (!yearOnly) return null;
  return { year: yearOnly[1] ? Number(yearOnly[1]) : fullYear(Number(yearOnly[2]), reference), month: monthOfBareYear };
}

/** "Jan 2019", "15th july 2022", "Jan'19", "May/2008", "octubre de 2021": a month's name and its year. */
const namedDate = new RegExp(String.raw`^(?:\d{1,2}\p{L}{0,2}[\s.-]+)?(\p{L}[\p{L}\p{N}]*)\.?['’]?(?:[,/-]|${monthYearLink})?\s*(?:(\d{4})|['’](\d{2}))$`, 'u');

/** "Present", and "(present)" in brackets: an end left open. */
function isOngoing(text: string, dates: DateVocabulary): boolean {
  return dates.ongoing.has(text.trim().toLowerCase().replace(/^\((.*)\)$/, '$1').replace(/\s+/g, ' '));
}

/** "1985-89": the end year written with its last two digits, in the start's century; never before the start. */
function endOfShortYear(text: string, start: YearMonth | null): YearMonth | null {
  if (!start || !/^\d{2}$/.test(text)) return null;
  const year = Math.floor(start.year / 100) * 100 + Number(text);
  return year > start.year ? { year, month: monthOfBareYear } : null;
}

/** "Mar - Aug 2011", "Oct - Jan 2016": a month written alone is in the end's year, or the year before it. */
function startInYearOf(text: string, end: YearMonth | null, dates: DateVocabulary): YearMonth | null {
  const month = dates.monthByName.get(text.trim().toLowerCase().replace(/\.$/, ''));
  if (month === undefined || !end) return null;
  return { year: month > end.month ? end.year - 1 : end.year, month };
}

function validMonth(year: number, month: number): YearMonth | null {
  return month >= 1 && month <= 12 ? { year, month } : null;
}

function closedAt(start: YearMonth, end: YearMonth, reference: YearMonth): YearMonth | null {
  if (monthIndex(start) > monthIndex(reference)) return null;
  const clipped = monthIndex(end) > monthIndex(reference) ? reference : end;
  return monthIndex(clipped) < monthIndex(start) ? null : clipped;
}

/** Every well-formed range in `text`; a range that ends before it starts, or starts after today, is not one. */
export function parseDateRanges(text: string, dates: DateVocabulary, reference: YearMonth): DateRange[] {
  // Every range writes the year of a date ("2019", "'19", "7/95"): most lines have none, and the range pattern, which
  // tries every month name at every position, need not run on them.
  if (!dates.yearOfDate.test(text)) return [];
  const ranges: DateRange[] = [];
  for (const match of allMatches(dates.range, text)) {
    const from = match.groups?.from;
    const to = match.groups?.to;
    if (from === undefined || to === undefined) continue;
    const ongoing = isOngoing(to, dates);
    const written = parseDate(from, dates, reference);
    const parsedEnd = ongoing ? reference : (parseDate(to, dates, reference) ?? endOfShortYear(to, written));
    const start = written ?? startInYearOf(from, parsedEnd, dates);
    const end = start && parsedEnd ? closedAt(start, parsedEnd, reference) : null;
    if (start && end) ranges.push({ start, end, ongoing, index: match.index, length: match[0].length });
  }
  for (const match of dates.openRangeWord.test(text) ? allMatches(dates.openRange, text) : []) {
    const from = match.groups?.since ?? match.groups?.onwards;
    const overlaps = ranges.some((r) => match.index < r.index + r.length && r.index < match.index + match[0].length);
    const start = from === undefined || overlaps ? null : parseDate(from, dates, reference);
    const end = start ? closedAt(start, reference, reference) : null;
    if (start && end) ranges.push({ start, end, ongoing: true, index: match.index, length: match[0].length });
  }
  return ranges.sort((a, b) => a.index - b.index);
}

/** A line that is one date alone ("Summer 2009", "2015"): a range of that one month; null for any other line. */
export function parseLoneDate(text: string, dates: DateVocabulary, reference: YearMonth): DateRange | null {
  const written = dates.lone.exec(text)?.groups?.date;
  const date = written === undefined ? null : parseDate(written, dates, reference);
  const end = date ? closedAt(date, date, reference) : null;
  return written !== undefined && date && end ? { start: date, end, ongoing: false, index: text.indexOf(written), length: written.length } : null;
}
