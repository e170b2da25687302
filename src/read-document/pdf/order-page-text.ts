/**
 * Reading order from the positions of a page's text items. PDFs store text in whatever order their producer wrote
 * it: a two-column resume written row by row interleaves its columns. Here items are joined into runs (text on one
 * baseline without a wide gap), a vertical gutter free of runs splits the page into columns, and each column is read
 * top to bottom; runs spanning the gutter (a name banner, a full-width heading) cut the page into bands read in turn.
 * Pure: positions in, text out.
 */

export interface PositionedItem {
  readonly text: string;
  /** Left edge and baseline, in points, y growing downwards. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size in points. */
  readonly size: number;
}

export interface PageGeometry {
  readonly width: number;
  readonly height: number;
}

export interface OrderedPage {
  readonly lines: string[];
  readonly columns: number;
}

/** Layout thresholds, as fractions of the font size or of the page width. */
const layout = {
  /** Items whose baselines differ by less than this share of the font size stand on one line. */
  sameLine: 0.5,
  /** A horizontal gap wider than this (× font size) ends a run: the text beyond belongs to another column or cell. */
  runBreak: 1.6,
  /** A gap narrower than this (× font size) joins items without a space: the pieces of one word. */
  noSpace: 0.12,
  /** A vertical gap larger than this (× line height) starts a new paragraph, rendered as a blank line. */
  paragraphGap: 1.7,
  /** Gutters are looked for between these fractions of the page width. */
  gutterFrom: 0.15,
  gutterTo: 0.85,
  /**
   * Each column must hold at least this share of the page's characters, and this many runs, to count as a column:
   * dates aligned at the right edge of a one-column page are a narrow strip, not a column.
   */
  minColumnShare: 0.15,
  minColumnRuns: 3,
  /** At most this share of runs may cross the gutter (banners, full-width headings). */
  maxCrossingShare: 0.2,
} as const;

interface Run {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/**
 * Items on one baseline, left to right, joined into runs; a wide gap starts a new run. Space items only mark a word
 * break: they never bridge a gap, so spaces a producer used to pad between columns do not join the columns.
 */
function buildRuns(items: readonly PositionedItem[]): Run[] {
  const sorted = items.filter((item) => item.text.length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PositionedItem[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(item.y - first.y) <= layout.sameLine * Math.max(item.size, first.size)) line.push(item);
    else lines.push([item]);
  }
  const runs: Run[] = [];
  for (const line of lines) {
    let run: Run | null = null;
    let spaceBefore = false;
    for (const item of line.sort((a, b) => a.x - b.x)) {
      if (item.text.trim().length === 0) {
        spaceBefore = true;
        continue;
      }
      const gap = run ? item.x - run.right : Infinity;
      if (run && gap <= layout.runBreak * Math.max(item.size, run.size)) {
        const joiner = spaceBefore || gap >= layout.noSpace * item.size ? ' ' : '';
        run.text += joiner + item.text;
        run.right = Math.max(run.right, item.x + item.width);
        run.size = Math.max(run.size, item.size);
      } else {
        run = { text: item.text, x: item.x, right: item.x + item.width, y: item.y, size: item.size };
        runs.push(run);
      }
      spaceBefore = /\s$/.test(item.text);
    }
  }
  return runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ').trim() }));
}

/** The x of a gutter that splits the runs into two real columns, or null for a single-column page. */
function findGutter(runs: readonly Run[], page: PageGeometry): number | null {
  const candidates = [...new Set(runs.map((r) => r.x))].filter(
    (x) => x > page.width * layout.gutterFrom && x < page.width * layout.gutterTo,
  );
  const totalChars = runs.reduce((sum, r) => sum + r.text.length, 0);
  // The best gutter is crossed by the fewest runs; among those, it splits the text most evenly.
  let best: { x: number; crossing: number; balance: number } | null = null;
  for (const x of candidates) {
    const side = { left: { runs: 0, chars: 0 }, right: { runs: 0, chars: 0 } };
    let crossing = 0;
    for (const run of runs) {
      const part = run.right <= x ? side.left : run.x >= x ? side.right : null;
      if (!part) crossing += 1;
      else {
        part.runs += 1;
        part.chars += run.text.length;
      }
    }
    if (crossing > runs.length * layout.maxCrossingShare) continue;
    const real = (p: { runs: number; chars: number }): boolean =>
      p.runs >= layout.minColumnRuns && p.chars >= totalChars * layout.minColumnShare;
    if (!real(side.left) || !real(side.right)) continue;
    const balance = Math.min(side.left.chars, side.right.chars);
    if (!best || crossing < best.crossing || (crossing === best.crossing && balance > best.balance)) best = { x, crossing, balance };
  }
  return best?.x ?? null;
}

/** Runs of one region as lines, top to bottom; runs on one baseline are joined with a tab. */
function regionLines(runs: readonly Run[]): { text: string; y: number; size: number }[] {
  const lines: { runs: Run[]; y: number; size: number }[] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.at(-1);
    if (line && Math.abs(run.y - line.y) <= layout.sameLine * Math.max(run.size, line.size)) line.runs.push(run);
    else lines.push({ runs: [run], y: run.y, size: run.size });
  }
  return lines.map((line) => ({
    text: line.runs.sort((a, b) => a.x - b.x).map((r) => r.text).join('\t'),
    y: line.y,
    size: line.size,
  }));
}

/** Lines with blank lines where the vertical gap shows a new paragraph. */
function withParagraphs(lines: readonly { text: string; y: number; size: number }[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && line.y - previous.y > layout.paragraphGap * Math.max(line.size, previous.size)) out.push('');
    out.push(line.text);
  });
  return out;
}

export function orderPageText(items: readonly PositionedItem[], page: PageGeometry): OrderedPage {
  const runs = buildRuns(items);
  const gutter = findGutter(runs, page);
  if (gutter === null) return { lines: withParagraphs(regionLines(runs)), columns: 1 };
  // Runs across the gutter cut the page into bands; each band is read left column first, then right.
  const crossing = runs.filter((r) => r.x < gutter && r.right > gutter).sort((a, b) => a.y - b.y);
  const columnRuns = runs.filter((r) => !(r.x < gutter && r.right > gutter));
  const lines: string[] = [];
  let top = -Infinity;
  for (const cut of [...crossing, null]) {
    const bottom = cut?.y ?? Infinity;
    const band = columnRuns.filter((r) => r.y >= top && r.y < bottom);
    for (const side of [band.filter((r) => r.right <= gutter), band.filter((r) => r.x >= gutter)]) {
      if (side.length === 0) continue;
      if (lines.length > 0) lines.push('');
      lines.push(...withParagraphs(regionLines(side)));
    }
    if (cut) {
      if (lines.length > 0) lines.push('');
      lines.push(cut.text);
      top = cut.y;
    }
  }
  return { lines, columns: 2 };
}
