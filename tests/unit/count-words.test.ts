import { describe, expect, it } from 'vitest';
import { hasMorePiecesThan, hasMoreWordsThan } from '../../src/text/count-words.js';

/** The regular-expression forms the counters replace. */
const piecesByRegex = (text: string): number => text.split(/\s+/).length;
const wordsByRegex = (text: string): number => [...text.matchAll(/\S+/g)].filter(([word]) => /[\p{L}\p{N}]/u.test(word)).length;

describe('word counts', () => {
  it('counts a header line and a sentence as splitting on white space would', () => {
    expect(hasMorePiecesThan('Team Leader | Acme BPO', 5)).toBe(false);
    expect(hasMorePiecesThan('Handled eighty inbound calls a day for a telecom client', 5)).toBe(true);
    // Leading and trailing white space makes empty pieces, as split does.
    expect(hasMorePiecesThan(' a b ', 3)).toBe(true);
    expect(hasMorePiecesThan(' a b ', 4)).toBe(false);
  });

  it('counts only words with a letter or a digit', () => {
    expect(hasMoreWordsThan('EXPERIENCE - • -', 1)).toBe(false);
    expect(hasMoreWordsThan('Work Experience 2019', 2)).toBe(true);
    expect(hasMoreWordsThan('', 0)).toBe(false);
  });

  it('agrees with the regular-expression forms on any mix of spaces, words and symbols', () => {
    const alphabet = ['a', 'Z', '7', ' ', '\t', '\u00a0', '\u2003', '\u3000', '-', '•', 'é', '中', '²', '𝐀', '😀', '\ufeff'];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let sample = 0; sample < 3000; sample += 1) {
      const text = Array.from({ length: Math.floor(random() * 10) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const limit of [0, 1, 2, 4]) {
        expect(hasMorePiecesThan(text, limit), JSON.stringify(text)).toBe(piecesByRegex(text) > limit);
        expect(hasMoreWordsThan(text, limit), JSON.stringify(text)).toBe(wordsByRegex(text) > limit);
      }
    }
  });
});
