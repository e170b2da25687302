/**
 * The producer side: submits documents as jobs, waits for them, and returns their results in input order, failed
 * jobs included with their error codes. Documents travel as bytes, so workers on other machines can read them.
 */
import { createHash } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { resultSchemaVersion, type AnalysisResult } from '../contracts/result-schema.js';
import { toErrorInfo, type ErrorCode, errorCodes } from '../errors.js';
import { loadDocument } from '../io/load-document.js';
import { blindMessage, blindSource } from '../build-reports/blind-source.js';
import type { ReadOptions } from '../read-document/document-types.js';
import { forEachInOrder } from '../parallel/map-in-order.js';
import { analyseJobName, type JobOptions, type JobPayloadInput } from './job-contract.js';
import { watchFinishes, type Finish, type FinishWatcher } from './finish-watcher.js';
import { decodeFailure } from './process-job.js';
import { connectRedis } from './redis-connection.js';
import { resultUnderSource } from './result-under-source.js';

export interface EnqueueSettings {
  readonly redisUrl: string;
  readonly queueName: string;
  /** The job options; they are part of the job id, so a redacted run never returns a plain run's result. */
  readonly options: JobOptions;
  readonly read: ReadOptions;
  /** Part of the job id, so a taxonomy change reprocesses instead of returning stale results. */
  readonly taxonomyHash: string;
  /** How long to wait for one job before reporting it as not finished. */
  readonly timeoutMs: number;
  /** How long finished jobs stay in Redis; jobDefaults' when absent. */
  readonly retention?: Retention;
}

export interface Retention {
  readonly removeOnComplete: { age: number; count: number };
  readonly removeOnFail: { age: number };
}

/** Retry policy for transient faults; bad input is never retried (the worker marks it unrecoverable). */
export const jobDefaults = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/** Same bytes, options and taxonomy give the same id: a resume submitted twice is processed once. */
export function jobIdFor(bytes: Uint8Array, options: EnqueueSettings['options'], taxonomyHash: string): string {
  return createHash('sha256').update(bytes).update(JSON.stringify(options)).update(taxonomyHash).digest('hex');
}

function failure(source: string, code: ErrorCode, message: string): AnalysisResult {
  return { schemaVersion: resultSchemaVersion, source, ok: false, error: { code, message } };
}

/** Every file's result, in input order: for callers that hold them all. */
export async function enqueueFiles(files: readonly string[], settings: EnqueueSettings): Promise<AnalysisResult[]> {
  const results: AnalysisResult[] = [];
  await forEachEnqueued(files, settings, (result) => {
    results.push(result);
  });
  return results;
}

/**
 * Submits every file, then hands each result on in input order as soon as it and those before it are in, and lets
 * it go: a person at the terminal sees results while later jobs still run, and thousands are never held at once.
 */
export async function forEachEnqueued(
  files: readonly string[],
  settings: EnqueueSettings,
  emit: (result: AnalysisResult, index: number) => void | Promise<void>,
): Promise<void> {
  const connection = connectRedis(settings.redisUrl);
  // A client leaves the queue's settings in Redis (its event stream's length) as the worker set them.
  const queue = new Queue(settings.queueName, { connection, skipMetasUpdate: true });
  // BullMQ makes its own blocking copy of a client given to QueueEvents and leaves the given one open: closed below.
  const eventsConnection = connectRedis(settings.redisUrl);
  const events = new QueueEvents(settings.queueName, { connection: eventsConnection });
  const finishes = watchFinishes(events, queue);
  try {
    await events.waitUntilReady();
    // A job's id once submitted, or the failure of a file that could not be.
    const submitted: (string | AnalysisResult)[] = [];
    // What each file is called in its result: a blind run sends no file name to Redis, for it often holds the
    // candidate's, and reports failures under the blind name as well as results.
    const blind = settings.options.redact === true;
    const listedAs: string[] = [];
    for (const file of files) {
      try {
        const { bytes } = await loadDocument(file, settings.read);
        const name = blind ? blindSource(file, bytes) : file;
        listedAs.push(name);
        const payload: JobPayloadInput = {
          source: name,
          document: { contentBase64: Buffer.from(bytes).toString('base64'), fileName: name },
          options: settings.options,
        };
        const jobId = jobIdFor(bytes, settings.options, settings.taxonomyHash);
        await queue.add(analyseJobName, payload, { ...jobDefaults, ...settings.retention, jobId });
        submitted.push(jobId);
      } catch (error) {
        const info = toErrorInfo(error);
        const name = blind ? blindSource(file) : file;
        listedAs.push(name);
        submitted.push(failure(name, info.code, blind ? blindMessage(info.message, [file], name) : info.message));
      }
    }
    // Every job is waited on at once (waiting costs nothing); results are handed on in order.
    await forEachInOrder(submitted, submitted.length, (entry, index) => waitFor(entry, listedAs[index] ?? '', finishes, settings.timeoutMs), emit);
  } finally {
    finishes.close();
    // Each is closed even when another fails to, or the process would never exit.
    await Promise.allSettled([events.close(), queue.close()]);
    await connection.quit().catch(() => undefined);
    eventsConnection.disconnect();
  }
}

async function waitFor(entry: string | AnalysisResult, source: string, finishes: FinishWatcher, timeoutMs: number): Promise<AnalysisResult> {
  if (typeof entry !== 'string') return entry;
  const finish = await finishes.wait(entry, timeoutMs).catch((error: unknown): Finish => ({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }));
  if (finish.kind === 'completed') return resultUnderSource(finish.value as AnalysisResult, source);
  if (finish.kind === 'timeout') return failure(source, 'timeout', `No result within ${timeoutMs} ms.`);
  const { code, message } = decodeFailure(finish.reason);
  const known = (errorCodes as readonly string[]).includes(code) ? (code as ErrorCode) : 'internal_error';
  return failure(source, known, message);
}
