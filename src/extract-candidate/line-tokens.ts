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
  const asWritten = (line: Line): boolean => line.end - line.start === line.text.length && text.startsWith(line.text, line.start);
  return (line) => (asWritten(line) ? tokensWithin(text, tokens, line.start, line.end) : null) ?? tokenize(line.text);
}
