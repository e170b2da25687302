/** Runs work on many items at once, at most `concurrency` at a time, and hands results on strictly in input order. */
export async function mapInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const done = new Array<boolean>(items.length).fill(false);
  let nextToStart = 0;
  let nextToEmit = 0;
  const lane = async (): Promise<void> => {
    while (nextToStart < items.length) {
      const index = nextToStart;
      nextToStart += 1;
      results[index] = await work(items[index] as T, index);
      done[index] = true;
      while (nextToEmit < items.length && done[nextToEmit]) {
        emit(results[nextToEmit] as R, nextToEmit);
        nextToEmit += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  return results;
}
