/**
 * A job's dates and its duties run together on one line when a layout put the duties' bullets inline: "September 2010
 * to Current Company Name, City, State * Providing nursing leadership to 7 facilities … * Team lead responsibilities
 * included staff scheduling …". Read whole, the line is a sentence and its job is lost. Cut at the first bullet after
 * the dates, what comes before it, short enough for a header, keeps the line, and the duties get one of their own.
 */
import type { Line } from '../segment-sections/section-types.js';
import type { DateVocabulary } from '../taxonomy/compile-date-vocabulary.js';
import type { YearMonth } from './candidate-types.js';
import { isSentence } from './find-dated-jobs.js';
import { parseDateRanges } from './parse-date-ranges.js';

/** A bullet set between words: an asterisk, a bullet or a small square with spaces around it. */
const inlineBullet = /\s[*•▪]\s/u;
const inlineBullets = new RegExp(inlineBullet.source, 'gu');

export function splitInlineDuties(lines: readonly Line[], dates: DateVocabulary, reference: YearMonth): Line[] {
  return lines.flatMap((line) => {
    if (!inlineBullet.test(line.text)) return [line];
    const range = parseDateRanges(line.text, dates, reference)[0];
    if (!range) return [line];
    const datesEnd = range.index + range.length;
    const bullet = [...line.text.matchAll(inlineBullets)].find((match) => match.index >= datesEnd);
    if (bullet === undefined) return [line];
    const head = line.text.slice(0, bullet.index).trimEnd();
    if (!isSentence(line.text) || isSentence(head)) return [line];
    // The duties keep their bullet, and their offsets in the resume.
    const from = bullet.index + 1;
    return [
      { text: head, start: line.start, end: line.start + head.length },
      { text: line.text.slice(from), start: line.start + from, end: line.end },
    ];
  });
}
