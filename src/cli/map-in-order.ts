/**
 * Runs work on many items at once, at most `concurrency` at a time, and hands each result on strictly in input order.
 * A result is held only until it is handed on, so a batch of thousands keeps no more than those finished out of turn.
 * `emit` may return a promise (writing files): the next result is handed on once it settles.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void | Promise<void>,
): Promise<void> {
  const finished = new Map<number, R>();
  let nextToStart = 0;
  let nextToEmit = 0;
  let emitting = false;
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
      }
    } finally {
      emitting = false;
    }
  };
  const lane = async (): Promise<void> => {
    while (nextToStart < items.length) {
      const index = nextToStart;
      nextToStart += 1;
      finished.set(index, await work(items[index] as T, index));
      await handOn();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
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
