/**
 * A certification named in the plural names the people who hold it, not a credential of the candidate's: "Patil &
 * Associates (Chartered Accountants)", "a firm of CPAs". A body of them keeps it: "Institute of Chartered Accountants
 * of Nigeria" names a membership (an organisation's word, then a link word such as "of").
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Token } from '../text/tokenize.js';
import type { Span } from './hits-outside.js';

/** How far before a name to look for the organisation it may belong to ("Association of the "). */
const bodyLookBehind = 40;

export function dropPluralCertificationNames<T extends Span & { readonly phrase?: string }>(hits: readonly T[], text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): T[] {
  if (hits.length === 0) return [...hits];
  return hits.filter((hit) => {
    const last = lastTokenOf(hit, tokens);
    if (last === undefined) return true;
    const written = text.slice(last.start, last.end);
    // A token's cased form is the written word made singular: they differ only where the word is written plural. A
    // name that is itself plural ("CompTIA IT Fundamentals", "TSPA Trust & Safety Fundamentals") is written so.
    return written === last.cased || namedInPlural(hit.phrase, written) || namesBody(text.slice(Math.max(0, hit.start - bodyLookBehind), hit.start), taxonomy);
  });
}

/** Whether the name as the taxonomy writes it ends with the word as the text writes it: a name in the plural. */
function namedInPlural(phrase: string | undefined, written: string): boolean {
  return phrase !== undefined && phrase.toLowerCase().endsWith(written.toLowerCase()) && /\P{L}/u.test(` ${phrase}`.at(-written.length - 1) ?? ' ');
}

/** Whether the text before a name ends with an organisation's word and a link word: "Institute of ". */
function namesBody(before: string, taxonomy: CompiledTaxonomy): boolean {
  const link = taxonomy.placeNameLink?.exec(before);
  if (!link) return false;
  const owner = before.slice(0, link.index).trimEnd();
  return taxonomy.jobs.employerWords.findAll(owner).some((hit) => hit.end === owner.length);
}

/** The token ending where the hit ends, by binary search: tokens are in text order. */
function lastTokenOf(hit: Span, tokens: readonly Token[]): Token | undefined {
  let [low, high] = [0, tokens.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle];
    if (token === undefined) return undefined;
    if (token.end === hit.end) return token;
    if (token.end < hit.end) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
