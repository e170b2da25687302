/**
 * Rows of an employment table, as Word and PDF tables come out: cells split by tabs ("Hexaware Technologies,
 * Nagpur⇥Senior Associate – Claims Processing⇥Oct 2022 – Present⇥US P&C claims processing, FNOL set-up …"). A row
 * is rewritten so the job readers take it for a header line: a "From" and a "To" cell become one range ("Sep
 * 2023⇥Present" → "Sep 2023 – Present"), and a cell of sentences (the process or duties column) is left out. The
 * line keeps its place in the text, so evidence still quotes the resume.
 */
import type { Line } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { hasMorePiecesThan } from '../text/count-words.js';
import { normalizePhrase } from '../text/tokenize.js';
import type { YearMonth } from './candidate-types.js';
import { parseDateRanges, parseLoneDate } from './parse-date-ranges.js';
import { maxHeaderPartWords } from './read-job-header.js';

/** A table row has at least this many cells; two cells are a label and its value ("Name⇥Pooja"). */
const minRowCells = 3;

function mergeDateCells(cells: readonly string[], taxonomy: CompiledTaxonomy, reference: YearMonth): string[] {
  const isRange = (text: string): boolean => parseDateRanges(text, taxonomy.dates, reference).length > 0;
  const merged: string[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i] ?? '';
    const next = cells[i + 1];
    const joined = next === undefined ? null : `${cell} – ${next}`;
    // "Sep 2023" then "Present" or "Aug 2023": one range, written across two cells.
    if (joined !== null && !isRange(cell) && parseLoneDate(cell, taxonomy.dates, reference) !== null && isRange(joined)) {
      merged.push(joined);
      i += 1;
    } else {
      merged.push(cell);
    }
  }
  return merged;
}

/** Words in lower case, small words aside, past which a cell is prose ("Insurance application data entry …"). */
const maxLowerCaseWords = 3;

/** Prose: more words in lower case than a title or a name holds ("US P&C insurance claims processing, FNOL …"). */
export function hasProseWords(text: string): boolean {
  return text.split(/\s+/).filter((word) => /^\p{Ll}{4,}/u.test(word)).length > maxLowerCaseWords;
}

/** A cell of duties or a description: too long for a header part, a clause break, or prose. */
function isProse(cell: string): boolean {
  return hasMorePiecesThan(cell, maxHeaderPartWords) || /[;.]\s/.test(cell) || hasProseWords(cell);
}

/** A table drawn with pipes, as text resumes draw one: "| 2nd Engineer | MV Pacific Star | 02/2021 | 11/2023 |". */
const pipeRow = /^\s*\|.*\|\s*$/u;

/** The cells of a line drawn with pipes, trimmed, empty ones left out. */
export function pipeCells(text: string): string[] {
  return text.split('|').map((cell) => cell.trim()).filter((cell) => cell.length > 0);
}

/**
 * The line as a table row's header, or the line itself when it is no table row. A row drawn with pipes keeps them
 * between its fields, as a header line written with pipes has them; only its dates are joined.
 */
/** Cells at least half of which are labels of a title or an employer ("Company", "Position"): a table's column names. */
export function namesColumns(cells: readonly string[], taxonomy: CompiledTaxonomy): boolean {
  const labels = cells.filter((cell) => taxonomy.jobs.labels.has(normalizePhrase(cell)));
  return labels.length > 0 && labels.length * 2 >= cells.length;
}

export function readTableRow(line: Line, taxonomy: CompiledTaxonomy, reference: YearMonth): Line {
  if (pipeRow.test(line.text)) {
    const cells = pipeCells(line.text);
    // Column names keep their pipes: the row reads as a table's, not as a header line's parts ("| Role | Company |").
    if (cells.length < minRowCells || namesColumns(cells, taxonomy)) return line;
    return { ...line, text: mergeDateCells(cells, taxonomy, reference).join(' | ') };
  }
  if (!line.text.includes('\t')) return line;
  const cells = line.text.split('\t').map((cell) => cell.trim()).filter((cell) => cell.length > 0);
  if (cells.length < minRowCells) return line;
  // A cell of dates is no prose, whatever its full stops: "Sept. 2021 – Present".
  const kept = mergeDateCells(cells, taxonomy, reference).filter((cell) => !isProse(cell) || parseDateRanges(cell, taxonomy.dates, reference).length > 0);
  return { ...line, text: kept.join('\t') };
}
