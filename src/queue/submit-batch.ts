/**
 * Submits many documents as one batch flow and waits for its shortlist. Ids come from the content: a document
 * appearing twice in a batch is analysed once, and the same batch submitted twice is processed once.
 */
import { createHash } from 'node:crypto';
import { FlowProducer, Queue, QueueEvents, type Job } from 'bullmq';
import { toErrorInfo } from '../errors.js';
import { blindMessage, blindSource } from '../build-reports/blind-source.js';
import { loadDocument } from '../io/load-document.js';
import type { ReadOptions } from '../read-document/document-types.js';
import { batchJobName, batchResultSchema, type BatchPayload, type BatchResult } from './batch-contract.js';
import { jobDefaults, jobIdFor, type Retention } from './enqueue-files.js';
import type { JobOptions } from './job-contract.js';
import { analyseJobName, type JobPayloadInput } from './job-contract.js';
import { connectRedis } from './redis-connection.js';

export interface BatchSettings {
  readonly redisUrl: string;
  readonly queueName: string;
  readonly batchQueueName: string;
  readonly options: JobOptions;
  readonly read: ReadOptions;
  readonly taxonomyHash: string;
  readonly timeoutMs: number;
  readonly retention?: Retention;
  /** Aborts the submission or the wait (Ctrl-C): see BatchInterruptedError. */
  readonly signal?: AbortSignal;
}

/** The batch is queued, but did not finish within the wait: it stays queued, under its id, for workers to run. */
export class BatchStillQueuedError extends Error {
  override readonly name = 'BatchStillQueuedError';
  constructor(
    readonly batchId: string,
    readonly batchQueueName: string,
    readonly waitedMs: number,
  ) {
    super(`Batch ${batchId} did not finish within ${waitedMs / 1000} s; it stays queued on ${batchQueueName}.`);
  }
}

/**
 * The submission or the wait was interrupted (Ctrl-C). A batch already queued (`batchId`) stays queued for workers to
 * run, and the same command collects it later; with no `batchId`, nothing was queued.
 */
export class BatchInterruptedError extends Error {
  override readonly name = 'BatchInterruptedError';
  constructor(
    readonly batchId: string | null,
    readonly batchQueueName: string,
  ) {
    super(batchId === null ? 'Interrupted before the batch was queued.' : `Interrupted; batch ${batchId} stays queued on ${batchQueueName}.`);
  }
}

/** `work`'s outcome, or `interrupted()` as soon as `signal` aborts; work left running then settles unheeded. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, interrupted: () => Error): Promise<T> {
  if (signal === undefined) return work;
  work.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => reject(interrupted());
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** Waits for the batch's value; a wait that runs out is told apart from a failure, since the batch is still queued. */
async function batchValue(job: Job, events: QueueEvents, batchId: string, settings: BatchSettings): Promise<unknown> {
  // BullMQ says a wait ran out only in its message: its state says whether the batch is still to finish.
  try {
    const interrupted = (): Error => new BatchInterruptedError(batchId, settings.batchQueueName);
    return await untilAborted(job.waitUntilFinished(events, settings.timeoutMs), settings.signal, interrupted);
  } catch (error) {
    if (error instanceof BatchInterruptedError) throw error;
    const state = await job.getState().catch(() => 'unknown');
    if (state === 'completed' || state === 'failed') throw error;
    throw new BatchStillQueuedError(batchId, settings.batchQueueName, settings.timeoutMs);
  }
}

export function batchQueueNameFor(queueName: string): string {
  return `${queueName}-batches`;
}

export async function submitBatch(files: readonly string[], settings: BatchSettings): Promise<BatchResult> {
  const connection = connectRedis(settings.redisUrl);
  const flows = new FlowProducer({ connection });
  // A client leaves the queue's settings in Redis (its event stream's length) as the worker set them.
  const batches = new Queue(settings.batchQueueName, { connection, skipMetasUpdate: true });
  // BullMQ makes its own blocking copy of a client given to QueueEvents and leaves the given one open: closed below.
  const eventsConnection = connectRedis(settings.redisUrl);
  const events = new QueueEvents(settings.batchQueueName, { connection: eventsConnection });
  try {
    await events.waitUntilReady();
    const documents: { source: string; listedAs: string; bytes: Uint8Array; contentId: string }[] = [];
    const unreadable: NonNullable<BatchPayload['unreadable']> = [];
    // A blind batch lists every file, failures and copies included, under the name its blind result gives it: a
    // file's name often holds the candidate's.
    const blind = settings.options.redact === true;
    for (const file of files) {
      if (settings.signal?.aborted === true) throw new BatchInterruptedError(null, settings.batchQueueName);
      try {
        const { bytes } = await loadDocument(file, settings.read);
        const listedAs = blind ? blindSource(file, bytes) : file;
        documents.push({ source: file, listedAs, bytes, contentId: jobIdFor(bytes, settings.options, settings.taxonomyHash) });
      } catch (error) {
        const info = toErrorInfo(error);
        const listedAs = blind ? blindSource(file) : file;
        unreadable.push({ source: listedAs, code: info.code, message: blind ? blindMessage(info.message, [file], listedAs) : info.message });
      }
    }
    const batchId = createHash('sha256')
      .update(documents.map((d) => d.contentId).join(','))
      .update(JSON.stringify(unreadable))
      .digest('hex');
    // Child ids are scoped to the batch: BullMQ attaches a job to one parent only, so another batch holding the same
    // resume gets its own child. Within a batch, the same content is one child.
    const childId = (contentId: string): string => `${batchId.slice(0, 16)}-${contentId}`;
    const children = documents.map((d) => ({ jobId: childId(d.contentId), source: d.listedAs }));
    const flowChildren = new Map(
      documents.map((d) => [
        childId(d.contentId),
        {
          name: analyseJobName,
          queueName: settings.queueName,
          // A blind child carries no file name into Redis, where `rolefit failed` and the dashboard would show it.
          data: {
            source: d.listedAs,
            document: { contentBase64: Buffer.from(d.bytes).toString('base64'), fileName: d.listedAs },
            options: settings.options,
          } satisfies JobPayloadInput,
          // A failed child must not fail the batch: it is listed in the shortlist with its error.
          opts: { ...jobDefaults, ...settings.retention, jobId: childId(d.contentId), ignoreDependencyOnFailure: true },
        },
      ]),
    );
    const payload: BatchPayload = { batchId, children, unreadable };
    if (settings.signal?.aborted === true) throw new BatchInterruptedError(null, settings.batchQueueName);
    const flow = await flows.add({
      name: batchJobName,
      queueName: settings.batchQueueName,
      data: payload,
      opts: { removeOnComplete: jobDefaults.removeOnComplete, removeOnFail: jobDefaults.removeOnFail, ...settings.retention, jobId: batchId },
      children: [...flowChildren.values()],
    });
    const value = await batchValue(flow.job, events, batchId, settings);
    return batchResultSchema.parse(value);
  } finally {
    // Each is closed even when another fails to, or the process would never exit.
    await Promise.allSettled([events.close(), batches.close(), flows.close()]);
    await connection.quit().catch(() => undefined);
    eventsConnection.disconnect();
  }
}
