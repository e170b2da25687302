/**
 * Lines of text built from the blocks word processors nest: paragraphs, tables, and floating boxes (text boxes,
 * frames) anchored inside paragraphs. Shared by the DOCX and ODT readers, which feed it as they scan their XML.
 */
import { trimCharacters } from '../../text/trim-characters.js';

interface Paragraph {
  readonly parts: string[];
  bullet: boolean;
  /** Lines of the text boxes anchored in this paragraph: they follow it, as the eye reads them. */
  readonly after: string[];
  /** Where the paragraph's line goes: the body, a table cell or a text box. */
  readonly container: string[];
}

interface Table {
  readonly parent: string[];
  row: string[][];
}

export class BlockText {
  readonly lines: string[] = [];
  private readonly containers: string[][] = [this.lines];
  private readonly paragraphs: Paragraph[] = [];
  private readonly tables: Table[] = [];

  get inParagraph(): boolean {
    return this.paragraphs.length > 0;
  }

  startParagraph(bullet = false): void {
    this.paragraphs.push({ parts: [], bullet, after: [], container: this.container() });
  }

  /** Marks the open paragraph as a list item, for formats that say so after the paragraph starts (DOCX's w:numPr). */
  setBullet(bullet: boolean): void {
    const paragraph = this.paragraphs.at(-1);
    if (paragraph) paragraph.bullet = bullet;
  }

  addText(text: string): void {
    this.paragraphs.at(-1)?.parts.push(text);
  }

  endParagraph(): void {
    const paragraph = this.paragraphs.pop();
    if (!paragraph) return;
    const text = paragraph.parts.join('');
    paragraph.container.push(paragraph.bullet && text.trim().length > 0 ? `• ${text.trimStart()}` : text);
    paragraph.container.push(...paragraph.after);
  }

  startTable(): void {
    this.tables.push({ parent: this.container(), row: [] });
  }

  startRow(): void {
    const table = this.tables.at(-1);
    if (table) table.row = [];
  }

  startCell(): void {
    this.containers.push([]);
  }

  endCell(): void {
    if (this.containers.length < 2) return;
    const cell = this.containers.pop() ?? [];
    this.tables.at(-1)?.row.push(cell);
  }

  endRow(): void {
    const table = this.tables.at(-1);
    if (!table) return;
    table.parent.push(...tableRowLines(table.row));
    table.row = [];
  }

  endTable(): void {
    this.tables.pop();
  }

  startFloating(): void {
    this.containers.push([]);
  }

  endFloating(): void {
    if (this.containers.length < 2) return;
    const lines = this.containers.pop() ?? [];
    const anchor = this.paragraphs.at(-1);
    if (anchor) anchor.after.push(...lines);
    else this.container().push(...lines);
  }

  private container(): string[] {
    return this.containers.at(-1) ?? this.lines;
  }
}

/** A year in a cell of one line: the cell dates what stands beside it ("Jan 2015 - Jun 2019"). */
const yearInCell = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/**
 * One table row as lines. A row of one-line cells is data (a skills grid, dates beside titles): one line, cells
 * joined by a tab. A row with one cell of several lines beside cells of one line that hold a year is a job with its
 * dates in a column of their own: the dates join the cell's first line (its title), so that the job's header holds
 * them. Any other row of cells of several lines is layout (a sidebar beside the main column): each cell's lines in
 * turn, because joining whole columns into one line would bury every heading in them.
 */
export function tableRowLines(cells: readonly (readonly string[])[]): string[] {
  const cellLines = cells.map((cell) =>
    cell
      .flatMap((line) => line.split('\n'))
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  );
  const joined = (lines: readonly (string | undefined)[]): string => trimCharacters(lines.map((line) => line ?? '').join('\t'), '\t');
  if (cellLines.every((lines) => lines.length <= 1)) {
    const line = joined(cellLines.map((lines) => lines[0]));
    return line.length > 0 ? [line] : [];
  }
  const long = cellLines.filter((lines) => lines.length > 1);
  const short = cellLines.filter((lines) => lines.length === 1);
  const block = long[0];
  if (long.length === 1 && block && short.length > 0 && short.every((lines) => yearInCell.test(lines[0] ?? ''))) {
    return [joined(cellLines.map((lines) => lines[0])), ...block.slice(1)];
  }
  return cellLines.flat();
}

/**
 * Header and footer texts, each kept once (sections and page styles repeat them), without their page-number lines
 * ("3", "- 3 -", "Page 1 of 2", or "Page of" when the numbers are fields with no stored value), which say nothing
 * about a person.
 */
const pageNumberLine = /^[\s–-]*(page)?\s*\d*\s*((of|\/)\s*\d*)?[\s–-]*$/i;

export function keepOnce(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const text of texts) {
    const trimmed = text
      .split('\n')
      .filter((line) => !pageNumberLine.test(line))
      .join('\n')
      .trim();
    const key = trimmed.replace(/\s+/g, ' ').toLowerCase();
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    kept.push(trimmed);
  }
  return kept;
}
