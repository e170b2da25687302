/** Builds the date-range patterns from the vocabulary's month names, ongoing words, joiners and open-range words. */
import type { Vocabulary } from './taxonomy-schema.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';

export interface DateVocabulary {
  /** Matches "<date> <joiner> <date or ongoing word>"; groups `from` and `to`. */
  readonly range: RegExp;
  /** Matches a range left open by a word: "since 2016" (group `since`), "Sept 2017 onwards" (group `onwards`). */
  readonly openRange: RegExp;
  /** Matches a line that is one date alone: "Summer 2009", "October, 2014"; group `date`. */
  readonly lone: RegExp;
  /**
   * Whether a text holds the year of a date: a four-digit year, "'19" or "7/95". Every date has one, so only then are
   * `range` and `openRange` worth running.
   */
  readonly yearOfDate: RegExp;
  /** Whether a text holds a word that leaves a range open: only then is `openRange` worth running. */
  readonly openRangeWord: RegExp;
  /** Month number by lower-case name or season. */
  readonly monthByName: ReadonlyMap<string, number>;
  /** Lower-case ongoing words ("present", "to date"). */
  readonly ongoing: ReadonlySet<string>;
  /** Every lower-case word the date vocabulary holds (months, seasons, ongoing words, joiners, open-range words). */
  readonly words: ReadonlySet<string>;
}

/** Longest first, so "to date" is tried before "to"; inner spaces match any run of spaces. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/\s+/g, '\\s+'))
    .join('|');
}

/**
 * Spanish and Portuguese join a month to its year with a preposition: "octubre de 2021", "fevereiro de 2021",
 * "marzo del 2022". A grammar word rather than vocabulary, like the punctuation dates are written with.
 */
export const monthYearLink = String.raw`\s+del?(?=\s)`;

export function compileDateVocabulary(vocabulary: Vocabulary): DateVocabulary {
  const monthByName = new Map<string, number>();
  for (const { month, aliases } of [...vocabulary.months, ...vocabulary.seasons]) {
    for (const alias of aliases) monthByName.set(alias.toLowerCase(), month);
  }
  const names = alternation([...monthByName.keys()]);
  const year = String.raw`(?:19|20)\d{2}`;
  const twoDigitYear = String.raw`['’]\d{2}`;
  const shortDate = String.raw`\d{1,2}/\d{2}(?![\d/])`;
  // A day before a month's name is no part of the month: "15th July 2022", "30-Jun-2022".
  const day = String.raw`(?:\d{1,2}\p{L}{0,2}[\s.-]+)?`;
  const date = [
    String.raw`${day}(?:${names})\.?['’]?(?:[,/-]|${monthYearLink})?\s*(?:${year}|${twoDigitYear})`, // Jan 2019, Sept. 2018, March, 2017, Jan'19, Dec' 2015, May/2008, Jan-2016, octubre de 2021
    String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*${year}`, // 01/09/2003, 28.02.2004
    String.raw`\d{1,2}\s*[/.-]\s*${year}`, // 03/2017, 3-2017
    String.raw`${year}\s*[/.-]\s*\d{1,2}(?!\d)`, // 2017-03
    shortDate, // 7/95, 11/08
    year, // 2018
    twoDigitYear, // '19
  ].join('|');
  const ongoingWord = alternation(vocabulary.ongoing);
  // An open end may stand in brackets: "Jun 2023 - (present)".
  const ongoing = String.raw`${ongoingWord}|\((?:${ongoingWord})\)`;
  // Some converters write a dash as the escaped bytes of its UTF-8 form ("2010\xe2\x80\x942012"), some twice over.
  const escapedDash = String.raw`\\xe2\\x80\\x9[0-5]|\\xc3\\xa2\\xc2\\x80\\xc2\\x9[0-5]`;
  const dash = String.raw`\s*(?:[-–—~]|${escapedDash})+\s*`;
  // A dash, a joining word, or a gap of two or more spaces where a dash was lost in conversion ("Mar 2011  Present");
  // with the dash lost, a year may even run straight into the next year or an ongoing word ("20142017", "2019present").
  const lostDash = String.raw`(?<=${year})(?=${year}(?![\p{L}\p{N}])|(?:${ongoing})(?![\p{L}\p{N}]))`;
  // A bar between two dates stands for the dash some templates draw as a separator glyph ("11/2008 ｜ 02/2016", read
  // back as a pipe): fields a pipe separates are never two dates side by side.
  const bar = String.raw`[^\S\n]+\|[^\S\n]+`;
  const joiner = String.raw`(?:${dash}|\s+(?:${alternation(vocabulary.rangeJoiners)})\s+|${bar}|[^\S\n]{2,}|${lostDash})`;
  // "1985-89": a year ended by its last two digits, after a dash only; "2019 – 85%" is no range.
  const shortYear = String.raw`(?<=${year}${dash})\d{2}(?!\s*%)`;
  // "Mar - Aug 2011": a month whose year is the one the range ends in.
  const monthAlone = String.raw`(?:${names})\.?(?=${joiner}(?:${names})\.?['’]?[,/-]?\s*${year})`;
  const range = new RegExp(
    String.raw`(?<![\p{L}\p{N}/.])(?<from>${date}|${monthAlone})${joiner}(?<to>${date}|${ongoing}|${shortYear})(?![\p{L}\p{N}])`,
    'giu',
  );
  const starts = vocabulary.openRangeStarts.length > 0 ? alternation(vocabulary.openRangeStarts) : '(?!)';
  const ends = vocabulary.openRangeEnds.length > 0 ? alternation(vocabulary.openRangeEnds) : '(?!)';
  const openRange = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(?:${starts})\s+(?<since>${date})|(?<onwards>${date})\s*(?:${ends}))(?![\p{L}\p{N}])`,
    'giu',
  );
  const lone = new RegExp(String.raw`^\s*\(?(?<date>${date})\)?\.?\s*$`, 'iu');
  const phrases = [...monthByName.keys(), ...vocabulary.ongoing, ...vocabulary.rangeJoiners, ...vocabulary.openRangeStarts, ...vocabulary.openRangeEnds];
  const openWords = [...vocabulary.openRangeStarts, ...vocabulary.openRangeEnds];
  return {
    range,
    openRange,
    lone,
    yearOfDate: new RegExp(`${year}|${twoDigitYear}|${shortDate}`),
    openRangeWord: new RegExp(String.raw`(?<![\p{L}])(?:${openWords.length > 0 ? alternation(openWords) : '(?!)'})(?![\p{L}])`, 'iu'),
    monthByName,
    ongoing: new Set(vocabulary.ongoing.map((w) => w.toLowerCase().replace(/\s+/g, ' '))),
    words: new Set(phrases.flatMap((phrase) => phrase.toLowerCase().split(/\s+/))),
  };
}
