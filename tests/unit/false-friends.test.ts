/** A hit is dropped only where a written form of its false friends holds it, near or far from the text's start. */
import { describe, expect, it } from 'vitest';
import { startCodesOf, withoutFalseFriends, type FalseFriends } from '../../src/text/false-friends.js';

const pattern = /(?<![\p{L}\p{N}])(?:initiatives|strategic\s+initiative)(?![\p{L}\p{N}])/iuy;
const forms = ['initiatives', 'strategic initiative'];
// The same forms, looked for where they may start (i and s) and, without start codes, at every word start.
const withStarts: ReadonlyMap<string, FalseFriends> = new Map([['initiative', { pattern, reach: 36, startCodes: startCodesOf(forms) }]]);
const everywhere: ReadonlyMap<string, FalseFriends> = new Map([['initiative', { pattern, reach: 36, startCodes: null }]]);

function keptBy(friends: ReadonlyMap<string, FalseFriends>, text: string, word: string): boolean {
  const start = text.lastIndexOf(word);
  return withoutFalseFriends([{ value: 'initiative', start, end: start + word.length }], text, friends).length === 1;
}

function kept(text: string, word: string): boolean {
  const answers = [keptBy(withStarts, text, word), keptBy(everywhere, text, word)];
  expect(answers[0]).toBe(answers[1]);
  return answers[0] ?? false;
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
    // Forms match in any case, at their start too.
    ['Drove a STRATEGIC INITIATIVE', 'INITIATIVE', false],
    ['Led three Initiatives', 'Initiatives', false],
  ])('%j: %s kept = %s', (text, word, expected) => {
    expect(kept(text, word)).toBe(expected);
  });

  it('answers the same when asked twice (the shared pattern keeps no position)', () => {
    const text = `${'Handled calls. '.repeat(40)}Led three initiatives`;
    expect([kept(text, 'initiatives'), kept(text, 'initiatives')]).toEqual([false, false]);
  });
});

describe('startCodesOf', () => {
  it('gives the lower-case first characters of ASCII forms', () => {
    expect([...(startCodesOf(['Initiatives', 'strategic initiative', '.NET apps']) ?? [])].map((c) => String.fromCharCode(c))).toEqual(['i', 's', '.']);
  });

  it('gives null when a form starts beyond ASCII, where case folding is not a matter of A-Z', () => {
    expect(startCodesOf(['initiatives', 'équipe de vente'])).toBeNull();
  });
});
