/**
 * How many of `items`, in the order they start, start before `offset`: the index of the first one starting at or
 * after it. A binary search, for the tokens and lines of a resume looked up by character offset.
 */
export function countStartingBefore<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (item !== undefined && startOf(item) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
