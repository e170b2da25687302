/** A line's tokens, from the resume's own tokens when the line is written as it stands in the resume. */
import type { Line } from '../segment-sections/section-types.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { tokensWithin } from '../text/tokens-within.js';

export type LineTokens = (line: Line) => Token[];

/**
 * Tokens of lines of `text`, whose tokens are `tokens`. A line joined from others ("March 2014 to Nov 2014") is not
 * a piece of the text as written, and is split on its own.
 */
export function lineTokensOf(text: string, tokens: readonly Token[]): LineTokens {
  return (line) =>
    (text.slice(line.start, line.end) === line.text ? tokensWithin(text, tokens, line.start, line.end) : null) ?? tokenize(line.text);
}
