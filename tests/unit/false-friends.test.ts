/** A hit is dropped only where a written form of its false friends holds it, near or far from the text's start. */
import { describe, expect, it } from 'vitest';
import { withoutFalseFriends, type FalseFriends } from '../../src/text/false-friends.js';

const friends: ReadonlyMap<string, FalseFriends> = new Map([
  ['initiative', { pattern: /(?<![\p{L}\p{N}])(?:initiatives|strategic\s+initiative)(?![\p{L}\p{N}])/iuy, reach: 36 }],
]);

function kept(text: string, word: string): boolean {
  const start = text.lastIndexOf(word);
  return withoutFalseFriends([{ value: 'initiative', start, end: start + word.length }], text, friends).length === 1;
}

describe('withoutFalseFriends', () => {
  it.each([
    ['Shows initiative on every shift', 'initiative', true],
    ['Led three initiatives', 'initiatives', false],
    ['Drove a strategic initiative', 'initiative', false],
    // A PDF's doubled spaces and wrapped lines still make the form.
    ['Drove a strategic  \n initiative', 'initiative', false],
    // The form elsewhere in the text does not hold this hit.
    [`Led three initiatives. ${'Handled calls. '.repeat(40)}Shows initiative`, 'initiative', true],
    [`${'Handled calls. '.repeat(40)}Led three initiatives`, 'initiatives', false],
  ])('%j: %s kept = %s', (text, word, expected) => {
    expect(kept(text, word)).toBe(expected);
  });

  it('answers the same when asked twice (the shared pattern keeps no position)', () => {
    const text = `${'Handled calls. '.repeat(40)}Led three initiatives`;
    expect([kept(text, 'initiatives'), kept(text, 'initiatives')]).toEqual([false, false]);
  });
});
