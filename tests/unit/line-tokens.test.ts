import { describe, expect, it } from 'vitest';
import { lineTokensOf } from '../../src/extract-candidate/line-tokens.js';
import { tokenize } from '../../src/text/tokenize.js';

const text = 'Quality Analyst\nMarch 2014\nto\nNov 2014';
const lineTokens = lineTokensOf(text, tokenize(text));

describe('lineTokensOf', () => {
  it("gives a line of the text the tokens it splits into alone, at the line's own offsets", () => {
    expect(lineTokens({ text: 'Quality Analyst', start: 0, end: 15 })).toEqual(tokenize('Quality Analyst'));
    expect(lineTokens({ text: 'Nov 2014', start: 30, end: 38 })).toEqual(tokenize('Nov 2014'));
  });

  it('splits a line joined from others, which the text does not hold as written', () => {
    const joined = { text: 'March 2014 to Nov 2014', start: 16, end: 38 };
    expect(lineTokens(joined)).toEqual(tokenize(joined.text));
  });

  it('splits a line cut inside a word on its own', () => {
    expect(lineTokens({ text: 'uality', start: 1, end: 7 })).toEqual(tokenize('uality'));
  });
});
