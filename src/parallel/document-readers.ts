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
}

const defaultMaxHeapMb = 1024;

export function threadPoolReader(settings: ThreadPoolSettings = {}): DocumentReader {
  const threads = settings.threads ?? availableParallelism();
  const pool = new Piscina<ReadTask, ReadOutcome>({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: settings.maxHeapMb ?? defaultMaxHeapMb },
  });
  return {
    async read(input, options) {
      let outcome: ReadOutcome;
      const started = performance.now();
      try {
        // Aborting a running task ends its thread: the only way to stop a parse stuck in a loop.
        outcome = await pool.run({ name: input.name, bytes: input.bytes, options }, { signal: AbortSignal.timeout(options.timeoutMs) });
      } catch (error) {
        if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) throw timeoutError(input.name, options);
        const reason = error instanceof Error ? error.message : String(error);
        throw new RolefitError('resource_limit', `${input.name} could not be read within the memory limit: ${reason}`, { cause: error });
      }
      // The abort timer and the result race on this thread's event loop (a pause of the thread delays both): the limit
      // holds whichever of them is handled first.
      if (performance.now() - started > options.timeoutMs) throw timeoutError(input.name, options);
      if (outcome.ok) return outcome.document;
      throw new RolefitError(outcome.error.code, outcome.error.message, { mentionedNames: outcome.mentionedNames });
    },
    close: () => pool.destroy(),
  };
}
