/**
 * Runs work on many items at once, at most `concurrency` at a time, and hands each result on strictly in input order.
 * `emit` may return a promise (writing files, waiting for a pipe): the next result is handed on once it settles, and
 * meanwhile no new work starts once `concurrency` results wait to be handed on, so a slow emit holds work back
 * instead of piling results up in memory. If `emit` throws, no new work starts and the error is returned.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void | Promise<void>,
): Promise<void> {
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
  // One lane hands results on at a time, so that emit sees them in order even while it awaits.
  const handOn = async (): Promise<void> => {
    if (emitting) return;
    emitting = true;
    try {
      while (finished.has(nextToEmit)) {
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
  await Promise.all(Array.from({ length: lanes }, lane));
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
