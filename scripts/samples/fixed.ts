/** Every date written into a sample file, so that reruns give byte-identical output. */
export const FIXED_DATE = new Date('2025-01-01T00:00:00.000Z');

/** A small seeded PRNG (mulberry32): the same seed always gives the same bytes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededBytes(seed: number, length: number): Buffer {
  const next = seededRandom(seed);
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) {
    bytes[i] = Math.floor(next() * 256);
  }
  return bytes;
}
