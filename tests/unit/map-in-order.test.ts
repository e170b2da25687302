/** Work done several at a time, handed on in input order. */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { forEachInOrder, mapInOrder } from '../../src/parallel/map-in-order.js';

// Later items finish first: each waits less than the one before it.
const delays = [40, 30, 20, 10, 0, 25, 5];
const work = async (delay: number, index: number): Promise<string> => {
  await sleep(delay);
  return `item ${index}`;
};

describe('forEachInOrder', () => {
  it('hands results on in input order however they finish, each once', async () => {
    const seen: string[] = [];
    await forEachInOrder(delays, 3, work, (result) => {
      seen.push(result);
    });
    expect(seen).toEqual(delays.map((_, index) => `item ${index}`));
  });

  it('waits for an asynchronous hand-on to settle before the next, while work goes on', async () => {
    const events: string[] = [];
    let started = 0;
    let startedDuringFirstHandOn = 0;
    // The first item is done at once and handed on slowly; the others take a while, so they start during it.
    await forEachInOrder(
      [0, 20, 20, 20],
      2,
      async (delay, index) => {
        started += 1;
        return work(delay, index);
      },
      async (result, index) => {
        events.push(`begin ${index}`);
        if (index === 0) {
          const before = started;
          await sleep(50);
          startedDuringFirstHandOn = started - before;
        }
        events.push(`end ${index} ${result}`);
      },
    );
    expect(events).toEqual([0, 1, 2, 3].flatMap((index) => [`begin ${index}`, `end ${index} item ${index}`]));
    expect(startedDuringFirstHandOn).toBeGreaterThan(0);
  });

  it('starts no new work while results wait for a slow hand-on, so they do not pile up', async () => {
    const concurrency = 3;
    let finished = 0;
    let handedOn = 0;
    let mostWaiting = 0;
    await forEachInOrder(
      Array.from({ length: 60 }, (_, index) => index),
      concurrency,
      (index) => {
        finished += 1;
        mostWaiting = Math.max(mostWaiting, finished - handedOn);
        return Promise.resolve(index);
      },
      async () => {
        await sleep(2);
        handedOn += 1;
      },
    );
    expect(handedOn).toBe(60);
    // At most one full set waiting and one set just finished beside it, however many items there are.
    expect(mostWaiting).toBeLessThanOrEqual(2 * concurrency);
  });

  it('stops starting work once a hand-on fails, and returns its error', async () => {
    let worked = 0;
    const run = forEachInOrder(
      Array.from({ length: 100 }, (_, index) => index),
      2,
      async (index) => {
        worked += 1;
        await sleep(1);
        return index;
      },
      (index) => {
        if (index === 3) throw new Error('disk full');
      },
    );
    await expect(run).rejects.toThrow('disk full');
    await sleep(50);
    expect(worked).toBeLessThan(10);
  });

  it('runs no more than the given number at once', async () => {
    let running = 0;
    let most = 0;
    await forEachInOrder(
      delays,
      2,
      async (delay) => {
        running += 1;
        most = Math.max(most, running);
        await sleep(delay);
        running -= 1;
      },
      () => undefined,
    );
    expect(most).toBe(2);
  });
});

describe('mapInOrder', () => {
  it('also returns every result in input order', async () => {
    expect(await mapInOrder(delays, 3, work, () => undefined)).toEqual(delays.map((_, index) => `item ${index}`));
  });
});
