/**
 * The tokens of a span of a text, taken from the tokens of the whole text instead of splitting the span again:
 * extraction reads thousands of lines whose words the resume's one tokenisation already holds. No token holds white
 * space or runs across it, so a span with white space (or the text's edge) on both sides splits into exactly the
 * whole text's tokens inside it; their offsets are made the span's own. Null for any other span, which the caller
 * splits itself.
 */
import { isWhiteSpace } from './character-classes.js';
import { countStartingBefore } from './count-starting-before.js';
import type { Token } from './tokenize.js';

export function tokensWithin(text: string, tokens: readonly Token[], start: number, end: number): Token[] | null {
  if (start < 0 || end > text.length || start > end) return null;
  if (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) return null;
  if (end < text.length && !isWhiteSpace(text.charCodeAt(end))) return null;
  const within: Token[] = [];
  for (let index = countStartingBefore(tokens, start, (token) => token.start); index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.start >= end) break;
    within.push({ norm: token.norm, cased: token.cased, start: token.start - start, end: token.end - start });
  }
  return within;
}
