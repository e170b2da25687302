import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Token } from '../text/tokenize.js';
import type { LineIndex } from './locate-evidence.js';

/** A stretch of the resume's text, by character offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The hits that start outside every one of the spans: what a denial or a wish does not speak of. */
export function hitsOutside<T extends Span>(hits: readonly T[], spans: readonly Span[]): T[] {
  if (spans.length === 0) return [...hits];
  return hits.filter((hit) => !spans.some((span) => hit.start >= span.start && hit.start < span.end));
}

/** A step that keeps the skill hits the resume claims, reading the text around them (denials, wishes). */
export type HitFilter = <T extends Span>(
  hits: readonly T[],
  text: string,
  tokens: readonly Token[],
  lines: LineIndex,
  taxonomy: CompiledTaxonomy,
) => T[];
