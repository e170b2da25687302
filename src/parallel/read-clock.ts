/**
 * When a read started and finished in its reading thread, shared (a SharedArrayBuffer) between that thread and the
 * one that handed it over. The time limit counts from the file's own start: not from when it joined the pool's queue
 * (behind a slow OCR scan), nor through pauses of the main thread (busy analysing other files) before the result is
 * handled. A file is blamed only for its own slowness.
 */
const startedSlot = 0;
const finishedSlot = 1;

/** Times are whole microseconds since the epoch, 0 while not yet: both threads share the epoch, not performance.now(). */
function nowMicros(): bigint {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000));
}

export function newReadClock(): SharedArrayBuffer {
  return new SharedArrayBuffer(2 * BigInt64Array.BYTES_PER_ELEMENT);
}

function mark(clock: SharedArrayBuffer, slot: number): void {
  Atomics.store(new BigInt64Array(clock), slot, nowMicros());
}

/** Milliseconds since the epoch at `slot`, or null while it has not happened. */
function timeAt(clock: SharedArrayBuffer, slot: number): number | null {
  const micros = Atomics.load(new BigInt64Array(clock), slot);
  return micros === 0n ? null : Number(micros) / 1000;
}

/** Called by the reading thread as it begins and ends the read. */
export const markStarted = (clock: SharedArrayBuffer): void => mark(clock, startedSlot);
export const markFinished = (clock: SharedArrayBuffer): void => mark(clock, finishedSlot);

export const startedAt = (clock: SharedArrayBuffer): number | null => timeAt(clock, startedSlot);
export const finishedAt = (clock: SharedArrayBuffer): number | null => timeAt(clock, finishedSlot);

/** Milliseconds since the epoch, comparable with startedAt and finishedAt from any thread. */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

/** How long the read ran in its thread, or null when it did not finish (stopped, or never started). */
export function readMs(clock: SharedArrayBuffer): number | null {
  const started = startedAt(clock);
  const finished = finishedAt(clock);
  return started === null || finished === null ? null : finished - started;
}
