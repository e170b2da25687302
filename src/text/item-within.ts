/** The list item holding a span: from the separator before it to the one after it, within bounds (its line). */
export interface Bounds {
  readonly start: number;
  readonly end: number;
}

/** `separator` is not global; a separator of several characters (". ") counts as a whole. */
export function itemWithin(text: string, bounds: Bounds, span: Bounds, separator: RegExp): Bounds {
  const before = text.slice(bounds.start, span.start);
  const parts = before.split(separator);
  const cut = separator.exec(text.slice(span.end, bounds.end));
  return { start: span.start - (parts.at(-1)?.length ?? before.length), end: cut ? span.end + cut.index : bounds.end };
}
