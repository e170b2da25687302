/** Work done several at a time, handed on in input order. */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { forEachInOrder, mapInOrder } from '../../src/cli/map-in-order.js';

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
    await forEachInOrder(
      delays,
      4,
      async (delay, index) => {
        started += 1;
        return work(delay, index);
      },
      async (result, index) => {
        events.push(`begin ${index}`);
        // The first hand-on is slow: work on later items starts meanwhile.
        if (index === 0) {
          await sleep(30);
          expect(started).toBe(delays.length);
        }
        events.push(`end ${index} ${result}`);
      },
    );
    expect(events).toEqual(delays.flatMap((_, index) => [`begin ${index}`, `end ${index} item ${index}`]));
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
