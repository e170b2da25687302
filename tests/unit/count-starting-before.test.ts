import { describe, expect, it } from 'vitest';
import { countStartingBefore } from '../../src/text/count-starting-before.js';

const starts = [3, 7, 7, 12].map((start) => ({ start }));
const count = (offset: number): number => countStartingBefore(starts, offset, (item) => item.start);

describe('countStartingBefore', () => {
  it.each([
    [0, 0],
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 3],
    [12, 3],
    [13, 4],
  ])('offset %i: %i items start before it', (offset, expected) => {
    expect(count(offset)).toBe(expected);
  });

  it('counts nothing in an empty list', () => {
    expect(countStartingBefore([], 5, (item: { start: number }) => item.start)).toBe(0);
  });
});
