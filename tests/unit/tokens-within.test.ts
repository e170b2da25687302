import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { tokensWithin } from '../../src/text/tokens-within.js';

const text = 'Team Leader\nAcme BPO Pvt. Ltd, Pune\n  C++ & .NET  \nNode.js';
const tokens = tokenize(text);
const span = (written: string): [number, number] => [text.indexOf(written), text.indexOf(written) + written.length];

describe('tokensWithin', () => {
  it.each(['Team Leader', 'Acme BPO Pvt. Ltd, Pune', 'C++ & .NET', 'Node.js', '  C++ & .NET  '])(
    'gives "%s" the tokens it splits into alone, at its own offsets',
    (written) => {
      const [start, end] = span(written);
      expect(tokensWithin(text, tokens, start, end)).toEqual(tokenize(written));
    },
  );

  it('gives the whole text its own tokens, and an empty span between spaces none', () => {
    expect(tokensWithin(text, tokens, 0, text.length)).toEqual(tokens);
    const [spaces] = span('  C++');
    expect(tokensWithin(text, tokens, spaces + 1, spaces + 1)).toEqual([]);
  });

  it.each([
    ['starts inside a word', 'eam Leader'],
    ['ends inside a word', 'Team Lead'],
    ['ends before a joined part', 'Node'],
    ['starts after a dot that joins', 'js'],
    ['ends before its trailing symbols', 'C'],
  ])('gives null for a span that %s ("%s"): split alone it would read otherwise', (_, written) => {
    const [start, end] = span(written);
    expect(tokensWithin(text, tokens, start, end)).toBeNull();
  });

  it('gives null for a span outside the text', () => {
    expect(tokensWithin(text, tokens, -1, 4)).toBeNull();
    expect(tokensWithin(text, tokens, 0, text.length + 1)).toBeNull();
    expect(tokensWithin(text, tokens, 5, 4)).toBeNull();
  });
});
