/**
 * Submits many documents as one batch flow and waits for its shortlist. Ids come from the content: a document
 * appearing twice in a batch is analysed once, and the same batch submitted twice is processed once.
 */
import { createHash } from 'node:crypto';
import { FlowProducer, Queue, QueueEvents } from 'bullmq';
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
    const flow = await flows.add({
      name: batchJobName,
      queueName: settings.batchQueueName,
      data: payload,
      opts: { removeOnComplete: jobDefaults.removeOnComplete, removeOnFail: jobDefaults.removeOnFail, ...settings.retention, jobId: batchId },
      children: [...flowChildren.values()],
    });
    const value: unknown = await flow.job.waitUntilFinished(events, settings.timeoutMs);
    return batchResultSchema.parse(value);
  } finally {
    // Each is closed even when another fails to, or the process would never exit.
    await Promise.allSettled([events.close(), batches.close(), flows.close()]);
    await connection.quit().catch(() => undefined);
    eventsConnection.disconnect();
  }
}
