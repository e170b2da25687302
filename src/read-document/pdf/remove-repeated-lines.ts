/**
 * Headers and footers repeated on every page ("Jane Doe – Page 2", a contact strip) are kept once: a short line
 * among the first (or last) lines of a page that, digits aside, already stood among the first (or last) lines of
 * an earlier page is dropped. Longer lines are content, even when a resume repeats them.
 */

/** How many lines at each end of a page count as its header or footer. */
const edgeLines = 2;
/** Headers and footers are short; a longer repeated line is a repeated sentence. */
const maxWords = 12;

const key = (line: string): string => line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

export function removeRepeatedLines(pages: readonly string[][]): { pages: string[][]; removed: number } {
  const seen = { top: new Set<string>(), bottom: new Set<string>() };
  let removed = 0;
  const kept = pages.map((lines) => {
    const content = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.trim().length > 0);
    const edgeOf = new Map<number, 'top' | 'bottom'>();
    for (const { index } of content.slice(-edgeLines)) edgeOf.set(index, 'bottom');
    for (const { index } of content.slice(0, edgeLines)) edgeOf.set(index, 'top');
    return lines.filter((line, index) => {
      const edge = edgeOf.get(index);
      if (!edge || line.split(/\s+/).length > maxWords) return true;
      const k = key(line);
      if (seen[edge].has(k)) {
        removed += 1;
        return false;
      }
      seen[edge].add(k);
      return true;
    });
  });
  return { pages: kept, removed };
}
