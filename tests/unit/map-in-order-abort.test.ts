/** forEachInOrder stopped by a signal (Ctrl-C): no new work, no result handed on after it, the count of those that were. */
import { describe, expect, it } from 'vitest';
import { forEachInOrder } from '../../src/parallel/map-in-order.js';

describe('forEachInOrder with an abort signal', () => {
  it('hands on no result after the abort, finishes the one being handed on, and returns how many were', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const emitted: number[] = [];
    let releaseSecond = (): void => undefined;
    const items = Array.from({ length: 10 }, (_, index) => index);
    const run = forEachInOrder(
      items,
      2,
      (item) => {
        started.push(item);
        return Promise.resolve(item);
      },
      async (result) => {
        if (result === 1) {
          // The abort comes while this result is being handed on: it is still handed on whole.
          controller.abort();
          await new Promise<void>((resolve) => (releaseSecond = resolve));
        }
        emitted.push(result);
      },
      controller.signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    releaseSecond();
    expect(await run).toBe(2);
    expect(emitted).toEqual([0, 1]);
    expect(started.length).toBeLessThan(items.length);
  });

  it('returns at once, handing nothing on, when the signal has already aborted', async () => {
    const emitted: number[] = [];
    const handedOn = await forEachInOrder([1, 2, 3], 1, () => new Promise<number>(() => undefined), (result) => void emitted.push(result), AbortSignal.abort());
    expect(handedOn).toBe(0);
    expect(emitted).toEqual([]);
  });
});
