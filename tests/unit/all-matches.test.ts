import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/text/all-matches.js';

const summary = (matches: readonly RegExpMatchArray[]): [string, number | undefined, string | undefined][] =>
  matches.map((m) => [m[0], m.index, m.groups?.year]);

describe('allMatches', () => {
  it('finds what matchAll finds, with indices and named groups', () => {
    const pattern = /(?<year>(?:19|20)\d{2})/g;
    const text = 'Jan 2019 – Mar 2021, then 1999 and 2101';
    expect(summary(allMatches(pattern, text))).toEqual(summary([...text.matchAll(pattern)]));
    expect(summary(allMatches(pattern, text))).toEqual([
      ['2019', 4, '2019'],
      ['2021', 15, '2021'],
      ['1999', 26, '1999'],
    ]);
  });

  it('finds nothing in a text without a match', () => {
    expect(allMatches(/\d+/g, 'no digits here')).toEqual([]);
  });

  it('keeps nothing in a shared pattern between calls, even after a call that stopped early in a loop', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 5; // as a caller that used exec by hand might leave it
    expect(allMatches(pattern, '12 34').map((m) => m[0])).toEqual(['12', '34']);
    expect(pattern.lastIndex).toBe(0);
    const nested = allMatches(pattern, 'a1 b2').map((m) => allMatches(pattern, `${m[0]} 9`).length);
    expect(nested).toEqual([2, 2]);
  });

  it('steps past empty matches as matchAll does, by whole characters under the u flag', () => {
    const text = 'a😀b';
    for (const pattern of [/x*/g, /x*/gu]) {
      expect(allMatches(pattern, text).map((m) => m.index)).toEqual([...text.matchAll(pattern)].map((m) => m.index));
    }
    expect(allMatches(/x*/gu, text).map((m) => m.index)).toEqual([0, 1, 3, 4]);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(TypeError);
    expect(() => '1'.matchAll(/\d/)).toThrow(TypeError);
  });
});
