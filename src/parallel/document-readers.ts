/**
 * How the pipeline's first stage is run. Reading is CPU-bound and most of the cost, so the CLI and the queue worker
 * run it on a pool of worker threads: all cores are used, the main thread's event loop stays free (queue locks keep
 * being renewed), and a document that runs past its time limit is stopped by ending its thread.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { RolefitError } from '../errors.js';
import type { DocumentInput, DocumentText, ReadOptions } from '../read-document/document-types.js';
import { stopRecognizer } from '../read-document/ocr/recognize-text.js';
import { readDocument } from '../read-document/read-document.js';
import { epochMs, finishedAt, newReadClock, readMs, startedAt } from './read-clock.js';
import type { ReadOutcome, ReadTask } from './read-task.js';

export interface DocumentReader {
  read(input: DocumentInput, options: ReadOptions): Promise<DocumentText>;
  close(): Promise<void>;
}

function timeoutError(name: string, options: ReadOptions): RolefitError {
  return new RolefitError('timeout', `${name} took longer than ${options.timeoutMs / 1000} s to read and was stopped.`);
}

/**
 * Reads in this thread. The time limit is reported but cannot stop work already running: use it where documents
 * are trusted or few (tests, one-off runs), the thread pool everywhere else.
 */
export function inProcessReader(): DocumentReader {
  return {
    async read(input, options) {
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(timeoutError(input.name, options)), options.timeoutMs);
      });
      try {
        return await Promise.race([readDocument(input, options), limit]);
      } finally {
        clearTimeout(timer);
      }
    },
    // The OCR recogniser runs on a thread of its own that would keep the process alive.
    close: () => stopRecognizer(),
  };
}

/** The compiled thread body: next to this file in dist/, or in dist/ when this file runs from src/ (tests, tsx). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.ts') ? here.replace(/[/\\]src[/\\]parallel[/\\][^/\\]+$/, '/dist/src/parallel/read-worker.js') : here.replace(/[^/\\]+$/, 'read-worker.js');
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run \`npm run build\` first.`);
  return compiled;
}

export interface ThreadPoolSettings {
  /** Threads to read with; all cores by default. */
  readonly threads?: number;
  /** Heap limit of each reading thread, in MB: a hostile document ends its thread, not the process. */
  readonly maxHeapMb?: number;
  /**
   * The process's resident memory, in MB, past which the read running longest is stopped. A thread's heap limit does
   * not hold a PDF's decoded streams: a 1.5 MB PDF whose content inflates to 1.5 GB of spaces took 2.8 GB.
   */
  readonly maxRssMb?: number;
}

const defaultMaxHeapMb = 1024;
const defaultMaxRssMb = 2048;
/** How often memory is looked at while documents are read: a stream inflates by some 100 MB in this time. */
const memoryCheckMs = 100;
/** After a read is stopped, the time its thread's memory takes to be given back, before the next look. */
const memoryReleaseMs = 1000;
const megabyte = 1024 * 1024;

function memoryError(name: string, maxRssMb: number): RolefitError {
  return new RolefitError('resource_limit', `${name} took the process past ${maxRssMb} MB of memory to read and was stopped.`);
}

/** A read handed to the pool, which the memory watch may stop once its thread has started it. */
interface Reading {
  readonly clock: SharedArrayBuffer;
  readonly stop: AbortController;
}

/**
 * Watches the process's memory while reads are under way, and stops the one running longest when it passes the limit:
 * the reads are what grows, and the oldest of them is the one a bomb holds. Looks only while a read runs.
 */
function memoryWatch(maxRssMb: number): { add(reading: Reading): void; remove(reading: Reading): void } {
  const readings = new Set<Reading>();
  let timer: NodeJS.Timeout | undefined;
  let quietUntil = 0;
  const look = (): void => {
    if (readings.size === 0) {
      clearInterval(timer);
      timer = undefined;
      return;
    }
    const now = performance.now();
    if (now < quietUntil || process.memoryUsage.rss() <= maxRssMb * megabyte) return;
    // A read still waiting for a thread holds no memory: only those running are suspects.
    const running = [...readings].flatMap((reading) => {
      const started = startedAt(reading.clock);
      return started === null ? [] : [{ reading, started }];
    });
    const oldest = running.sort((a, b) => a.started - b.started)[0]?.reading;
    if (oldest === undefined) return;
    oldest.stop.abort();
    readings.delete(oldest);
    quietUntil = now + memoryReleaseMs;
  };
  return {
    add(reading) {
      readings.add(reading);
      timer ??= setInterval(look, memoryCheckMs).unref();
    },
    remove(reading) {
      readings.delete(reading);
    },
  };
}

/** How often a read still waiting for a thread is looked at, to start its time limit soon after its thread does. */
const queuedCheckMs = 100;

/**
 * Aborts once the read has run `limitMs` in its thread, counted from its thread's start (read-clock.ts): a read
 * waiting in the pool's queue is not stopped for waiting, and one that has finished is left to be handled.
 */
function readDeadline(clock: SharedArrayBuffer, limitMs: number): { signal: AbortSignal; cancel(): void } {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const look = (): void => {
    if (finishedAt(clock) !== null) return;
    const started = startedAt(clock);
    if (started === null) {
      timer = setTimeout(look, Math.min(limitMs, queuedCheckMs));
      return;
    }
    const left = started + limitMs - epochMs();
    if (left <= 0) controller.abort();
    else timer = setTimeout(look, left);
  };
  timer = setTimeout(look, Math.min(limitMs, queuedCheckMs));
  return { signal: controller.signal, cancel: () => clearTimeout(timer) };
}

export function threadPoolReader(settings: ThreadPoolSettings = {}): DocumentReader {
  const threads = settings.threads ?? availableParallelism();
  const pool = new Piscina<ReadTask, ReadOutcome>({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: settings.maxHeapMb ?? defaultMaxHeapMb },
  });
  const maxRssMb = settings.maxRssMb ?? defaultMaxRssMb;
  const watch = memoryWatch(maxRssMb);
  return {
    async read(input, options) {
      let outcome: ReadOutcome;
      const reading: Reading = { clock: newReadClock(), stop: new AbortController() };
      const deadline = readDeadline(reading.clock, options.timeoutMs);
      watch.add(reading);
      try {
        // Aborting a running task ends its thread: the only way to stop a parse stuck in a loop, or one whose memory
        // the watch found past the limit. Aborting a task still queued only takes it off the queue.
        const signal = AbortSignal.any([deadline.signal, reading.stop.signal]);
        outcome = await pool.run({ name: input.name, bytes: input.bytes, options, clock: reading.clock }, { signal });
      } catch (error) {
        if (reading.stop.signal.aborted) throw memoryError(input.name, maxRssMb);
        if (deadline.signal.aborted) throw timeoutError(input.name, options);
        const reason = error instanceof Error ? error.message : String(error);
        throw new RolefitError('resource_limit', `${input.name} could not be read within the memory limit: ${reason}`, { cause: error });
      } finally {
        deadline.cancel();
        watch.remove(reading);
      }
      // The deadline and the result race on this thread's event loop (a pause of the thread delays both): the limit
      // holds, whichever is handled first, on the time the read took in its own thread.
      if ((readMs(reading.clock) ?? 0) > options.timeoutMs) throw timeoutError(input.name, options);
      if (outcome.ok) return outcome.document;
      throw new RolefitError(outcome.error.code, outcome.error.message, { mentionedNames: outcome.mentionedNames });
    },
    close: () => pool.destroy(),
  };
}
