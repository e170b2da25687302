import { describe, expect, it } from 'vitest';
import { repeatFilter } from '../../src/queue/repeat-filter.js';

describe('repeatFilter', () => {
  it('lets a message through once per quiet period, then says how many repeats it held back', () => {
    const filter = repeatFilter(30_000);
    const refused = 'connect ECONNREFUSED 127.0.0.1:6390';
    expect(filter.admit(refused, 0)).toEqual({ log: true, heldBack: 0 });
    expect([1, 500, 29_999].map((at) => filter.admit(refused, at).log)).toEqual([false, false, false]);
    expect(filter.admit(refused, 30_000)).toEqual({ log: true, heldBack: 3 });
    expect(filter.admit(refused, 30_001)).toEqual({ log: false, heldBack: 0 });
  });

  it('lets another message through at once', () => {
    const filter = repeatFilter(30_000);
    expect(filter.admit('connect ECONNREFUSED', 0).log).toBe(true);
    expect(filter.admit('Connection is closed.', 10).log).toBe(true);
  });
});
