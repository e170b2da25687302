/**
 * Runs work on many items at once, at most `concurrency` at a time, and hands each result on strictly in input order.
 * `emit` may return a promise (writing files, waiting for a pipe): the next result is handed on once it settles, and
 * meanwhile no new work starts once `concurrency` results wait to be handed on, so a slow emit holds work back
 * instead of piling results up in memory. If `emit` throws, no new work starts and the error is returned.
 * Once `signal` aborts (Ctrl-C), no new work starts and no further result is handed on: it returns as soon as a
 * result being handed on has been, leaving work under way to finish unheeded. Returns how many results were handed on,
 * which are the first that many items.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<number> {
  const lanes = Math.max(1, Math.min(concurrency, items.length));
  const finished = new Map<number, R>();
  let nextToStart = 0;
  let nextToEmit = 0;
  let emitting = false;
  let stopped = false;
  // Lanes waiting for room: woken whenever a result has been handed on, or when the run stops.
  let waiting: (() => void)[] = [];
  const wake = (): void => {
    const woken = waiting;
    waiting = [];
    for (const resume of woken) resume();
  };
  // The hand-on under way, if any: an abort waits for it, so that a result is never left half handed on.
  let handingOn: Promise<void> = Promise.resolve();
  // One lane hands results on at a time, so that emit sees them in order even while it awaits.
  const handOn = (): Promise<void> => {
    if (emitting) return Promise.resolve();
    handingOn = handOnInOrder();
    return handingOn;
  };
  const handOnInOrder = async (): Promise<void> => {
    emitting = true;
    try {
      while (!stopped && finished.has(nextToEmit)) {
        const result = finished.get(nextToEmit) as R;
        finished.delete(nextToEmit);
        await emit(result, nextToEmit);
        nextToEmit += 1;
        wake();
      }
    } catch (error) {
      stopped = true;
      wake();
      throw error;
    } finally {
      emitting = false;
    }
  };
  const lane = async (): Promise<void> => {
    while (!stopped && nextToStart < items.length) {
      if (finished.size >= lanes) {
        await new Promise<void>((resume) => waiting.push(resume));
        continue;
      }
      const index = nextToStart;
      nextToStart += 1;
      finished.set(index, await work(items[index] as T, index));
      await handOn();
    }
  };
  const all = Promise.all(Array.from({ length: lanes }, lane));
  if (signal === undefined) {
    await all;
    return nextToEmit;
  }
  await Promise.race([all, whenAborted(signal)]);
  if (signal.aborted) {
    stopped = true;
    wake();
    // Work still under way settles later, unheeded: its failure is no longer this run's.
    all.catch(() => undefined);
    await handingOn.catch(() => undefined);
  }
  return nextToEmit;
}

function whenAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

/** forEachInOrder that also returns every result, in input order: for batches small enough to hold. */
export async function mapInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  await forEachInOrder(items, concurrency, work, (result, index) => {
    results[index] = result;
    emit(result, index);
  });
  return results;
}
