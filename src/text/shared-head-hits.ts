/**
 * Phrases a list names through the words its items share: "chat and email support" names chat support as well as
 * email support, "billing, technical and account concerns" names billing concerns. Each single word listed before a
 * joiner (and the words before it, a comma apart) is read with the words after the joined item, a few at most, where
 * the joined item makes a phrase with them too, or the word alone is a hit the longer phrase reads better.
 */
import type { TermHit, TermMatcher } from './term-matcher.js';
import type { Token } from './tokenize.js';
import { codesOf, holdsAny } from './character-classes.js';

/** Items of a list read back from its joiner: enough for "voice, chat, email and social media support". */
const maxItems = 4;
/** Words a list's items share at most ("support", "account concerns", "customer service process"). */
const maxSharedWords = 3;

/** Between the last item and its joiner word: spaces, or a comma and spaces, on one line. */
const itemGap = /^[ \t]*,?[ \t]*$/;
/** Between two earlier items: a comma. */
const commaGap = /^[ \t]*,[ \t]*$/;
/** Between the words of the joined item and the words shared: spaces only. */
const wordGap = /^[ \t]+$/;
/** A slash between two words joins them too: "chat/email support". */
const slashGap = /^[ \t]*\/[ \t]*$/;
const slash = codesOf('/');

export interface SharedHeadHits<T> {
  readonly hits: TermHit<T>[];
  /** Hits on a single item that the list's phrase reads further: "billing" of "billing, technical and account concerns". */
  readonly superseded: ReadonlySet<TermHit<T>>;
}

export function sharedHeadHits<T>(
  matcher: TermMatcher<T>,
  text: string,
  tokens: readonly Token[],
  joiners: ReadonlySet<string>,
  found: readonly TermHit<T>[],
): SharedHeadHits<T> {
  const hits: TermHit<T>[] = [];
  const superseded = new Set<TermHit<T>>();
  const gap = (a: Token | undefined, b: Token | undefined): string => (a === undefined || b === undefined ? '\n' : text.slice(a.end, b.start));
  for (let at = 1; at + 1 < tokens.length; at += 1) {
    const token = tokens[at];
    if (token === undefined) continue;
    // The joined item follows a joiner word ("chat and email support"), or is the word after a slash ("chat/email").
    // Most words are neither: the set and the characters before the word tell, before any text is cut out.
    const previous = tokens[at - 1];
    const joiner = joiners.has(token.norm);
    if (!joiner && (previous === undefined || !holdsAny(text, previous.end, token.start, slash))) continue;
    const byWord = joiner && itemGap.test(gap(previous, token)) && wordGap.test(gap(token, tokens[at + 1]));
    const bySlash = !byWord && slashGap.test(gap(previous, token));
    if (!byWord && !bySlash) continue;
    const joined = byWord ? at + 1 : at;
    const shared: Token[] = [];
    for (let word = joined + 1; word <= joined + maxSharedWords && wordGap.test(gap(tokens[word - 1], tokens[word])); word += 1) {
      const next = tokens[word];
      if (next !== undefined) shared.push(next);
    }
    if (shared.length === 0) continue;
    // The words are shared only where the joined item reads with them as a phrase ("email support"); else an item
    // is read with them only to correct its own hit ("billing" of "billing, technical and account concerns").
    const joinedWord = tokens[joined];
    const joinedReads = joinedWord !== undefined && shared.some((_, length) => matcher.valuesOfWords([joinedWord, ...shared.slice(0, length + 1)]).length > 0);
    for (let item = at - 1; item >= 0 && at - item <= maxItems; item -= 1) {
      if (item < at - 1 && !commaGap.test(gap(tokens[item], tokens[item + 1]))) break;
      const word = tokens[item];
      if (word !== undefined) readItem(word);
    }
    /** The longest phrase the item makes with the words shared, unless the item is part of a longer hit. */
    function readItem(word: Token): void {
      const alone = found.find((hit) => hit.start <= word.start && word.end <= hit.end);
      if (alone !== undefined && (alone.start !== word.start || alone.end !== word.end)) return;
      if (alone === undefined && !joinedReads) return;
      for (let length = shared.length; length >= 1; length -= 1) {
        const values = matcher.valuesOfWords([word, ...shared.slice(0, length)]);
        if (values.length === 0) continue;
        const end = shared[length - 1]?.end ?? word.end;
        for (const value of values) hits.push({ value, phrase: text.slice(word.start, end), start: word.start, end });
        if (alone !== undefined) superseded.add(alone);
        return;
      }
    }
  }
  return { hits, superseded };
}
