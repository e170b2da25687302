/**
 * Date ranges a layout wrote one piece per line: "March 2014" / "to" / "November 2014", or "01/2015 -" / "Current".
 * Read line by line, none of those lines holds a range, so the job above or below them has no dates. Two or three
 * short lines that together are one date range, and nothing else, become one line that reads as it does in print.
 * A table's dates column may wrap the same way, one piece per row. A form's labelled fields ("De: Enero 2020⇥Hasta:
 * Presente") lose their labels.
 */
import type { Line } from '../segment-sections/section-types.js';
import type { DateVocabulary } from '../taxonomy/compile-date-vocabulary.js';
import { hasMorePiecesThan } from '../text/count-words.js';
import type { YearMonth } from './candidate-types.js';
import { parseDateRanges } from './parse-date-ranges.js';

/** A piece of a split range is a date, a connector or an open end: a few words at most ("till date", "Sept 2019"). */
const maxPieceWords = 3;
/** Pieces a range is split into: start, connector and end, or start with its connector and end. */
const maxPieces = 3;

/**
 * A table whose dates column wrapped: "Jan 2023 –⇥Workforce Management Analyst, CCI Kenya" over "Present⇥• Forecasting
 * …". The next row's first cell ends the range its first cell starts: it joins this row's, and leaves its own row.
 */
function joinWrappedDateCells(lines: readonly Line[], dates: DateVocabulary, reference: YearMonth): Line[] {
  const rows = [...lines];
  for (let index = 0; index + 1 < rows.length; index += 1) {
    const [line, next] = [rows[index], rows[index + 1]];
    if (!line?.text.includes('\t') || !next?.text.includes('\t')) continue;
    const [startCell = '', ...rest] = line.text.split('\t');
    const [endCell = '', ...nextRest] = next.text.split('\t');
    const piece = (cell: string): boolean => cell.trim().length > 0 && !hasMorePiecesThan(cell.trim(), maxPieceWords);
    if (!/\d/.test(startCell) || !piece(startCell) || !piece(endCell) || parseDateRanges(startCell, dates, reference).length > 0) continue;
    const range = `${startCell.trim()} ${endCell.trim()}`;
    const [only, ...others] = parseDateRanges(range, dates, reference);
    if (!only || others.length > 0 || only.index !== 0 || only.length !== range.length) continue;
    rows[index] = { ...line, text: [range, ...rest].join('\t') };
    rows[index + 1] = { text: nextRest.join('\t'), start: next.start + endCell.length + 1, end: next.end };
  }
  return rows;
}

/** The label of a form's date field: a few words and a colon ("De:", "Hasta:", "Start date:", "Fecha de inicio:"). */
const fieldLabel = /(?<![\p{L}\p{N}])\p{L}+(?:[^\S\n]\p{L}+){0,2}[^\S\n]*:/gu;

/**
 * A job board's form writes each end of a range in a labelled field: "De: Enero 2020⇥Hasta: Presente", "From: 03/2019
 * To: 05/2021". With its labels blanked out (the line keeps its length, so offsets still point into the resume) such a
 * line reads as the range it holds; a line that is no range once blanked is left as it is.
 */
function blankDateFieldLabels(line: Line, dates: DateVocabulary, reference: YearMonth): Line {
  if (!line.text.includes(':') || !/\d/.test(line.text) || parseDateRanges(line.text, dates, reference).length > 0) return line;
  const blanked = line.text.replace(fieldLabel, (label) => ' '.repeat(label.length));
  const [only, ...others] = parseDateRanges(blanked, dates, reference);
  const whole = blanked.trim();
  const coversLine = only !== undefined && others.length === 0 && blanked.slice(only.index, only.index + only.length) === whole;
  return coversLine ? { ...line, text: blanked } : line;
}

export function joinSplitDateRanges(given: readonly Line[], dates: DateVocabulary, reference: YearMonth): Line[] {
  const lines = joinWrappedDateCells(given.map((line) => blankDateFieldLabels(line, dates, reference)), dates, reference);
  const joined: Line[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line) continue;
    const pieces = splitRangeAt(lines, index, dates, reference);
    const last = pieces[pieces.length - 1];
    if (pieces.length < 2 || !last) {
      joined.push(line);
      continue;
    }
    joined.push({ text: pieces.map((piece) => piece.text.trim()).join(' '), start: line.start, end: last.end });
    index += pieces.length - 1;
  }
  return joined;
}

/** The lines from `index` on that make one date range together, when the first of them holds none alone. */
function splitRangeAt(lines: readonly Line[], index: number, dates: DateVocabulary, reference: YearMonth): Line[] {
  const first = lines[index];
  // A range starts with a date, and every date has a digit.
  if (!first || !/\d/.test(first.text) || !isPiece(first) || parseDateRanges(first.text, dates, reference).length > 0) return [];
  for (let count = 2; count <= maxPieces; count += 1) {
    const pieces = lines.slice(index, index + count);
    if (pieces.length < count || !pieces.every(isPiece)) return [];
    const text = pieces.map((piece) => piece.text.trim()).join(' ');
    const ranges = parseDateRanges(text, dates, reference);
    const only = ranges.length === 1 ? ranges[0] : undefined;
    if (only && only.index === 0 && only.length === text.length) return pieces;
  }
  return [];
}

function isPiece(line: Line): boolean {
  return line.text.trim().length > 0 && !hasMorePiecesThan(line.text.trim(), maxPieceWords);
}
