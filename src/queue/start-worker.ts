/**
 * The queue side of rolefit: a BullMQ worker running the pipeline on analyse-resume jobs, and one gathering batch
 * results into shortlists. Thin processors; the pipeline is the same code the CLI runs.
 */
import { Queue, Worker, type Job } from 'bullmq';
import type { YearMonth } from '../extract-candidate/candidate-types.js';
import { defaultEventsKept } from '../config.js';
import { jobDefaults, type Retention } from './enqueue-files.js';
import type { Logger } from 'pino';
import { pipelineStages, type PipelineContext } from '../pipeline.js';
import { processBatch } from './process-batch.js';
import { checkJobName, decodeFailure, processJob } from './process-job.js';
import { connectRedis } from './redis-connection.js';
import { repeatFilter } from './repeat-filter.js';
import { batchQueueNameFor } from './submit-batch.js';

export interface WorkerSettings {
  readonly redisUrl: string;
  readonly queueName: string;
  readonly concurrency: number;
  readonly context: PipelineContext;
  /** Operational log: job ids, codes and timings only, never resume text, file names or contact details. */
  readonly logger: Logger;
  /** BullMQ lockDuration and stalledInterval, in ms: how soon a dead worker's jobs are taken over. */
  readonly lockMs?: number;
  readonly stalledCheckMs?: number;
  /** Where `document.path` jobs may read (ROLEFIT_DOCUMENT_ROOT); without it they are refused. */
  readonly documentRoot?: string;
  /** How long finished jobs stay when their submitter set no retention of its own (ROLEFIT_KEEP_*); jobDefaults' when absent. */
  readonly retention?: Retention;
  /** About how many events each queue's stream keeps (ROLEFIT_EVENTS_KEPT). */
  readonly eventsKept?: number;
  /** The reference date of jobs that give none (`worker --reference-date`); null: the day each job runs. */
  readonly referenceDate?: YearMonth | null;
}

/** How long the same error message stays out of the log after it was logged. */
const repeatedErrorQuietMs = 30_000;

export interface RunningWorkers {
  waitUntilReady(): Promise<void>;
  /** Lets running jobs finish, then disconnects. */
  close(): Promise<void>;
}

function reportProgress(job: Job, logger: Logger) {
  return (stage: (typeof pipelineStages)[number]): void => {
    const step = pipelineStages.indexOf(stage);
    job.updateProgress({ stage, step: step + 1, of: pipelineStages.length }).catch((error: unknown) => {
      logger.warn({ jobId: job.id, err: error }, 'progress update failed');
    });
  };
}

export function startWorker(settings: WorkerSettings): RunningWorkers {
  const { logger } = settings;
  const connection = connectRedis(settings.redisUrl);
  const batchQueueName = batchQueueNameFor(settings.queueName);
  // A queue object writes the queue's settings into Redis, here the length of its event stream.
  const settingsWriters = [settings.queueName, batchQueueName].map(
    (name) => new Queue(name, { connection, streams: { events: { maxLen: settings.eventsKept ?? defaultEventsKept } } }),
  );
  // Jobs whose submitter set no retention (an HR system's own client) are kept as ROLEFIT_KEEP_* says.
  const { removeOnComplete, removeOnFail } = settings.retention ?? jobDefaults;
  const retention = { removeOnComplete, removeOnFail };
  // Every connection reports a lost Redis, several times a second: one JSON line per message and half minute says it.
  const repeats = repeatFilter(repeatedErrorQuietMs);
  const reportError = (queue: string) => (error: Error): void => {
    const { log, heldBack } = repeats.admit(error.message, Date.now());
    if (log) logger.error({ queue, err: error.message, ...(heldBack > 0 ? { repeatsHeldBack: heldBack } : {}) }, 'worker error');
  };
  connection.on('error', reportError('redis'));
  for (const queue of settingsWriters) queue.on('error', reportError(queue.name));
  const analyse = new Worker(
    settings.queueName,
    (job) => {
      checkJobName(job.name);
      return processJob(job.data, settings.context, new Date(), {
        onStage: reportProgress(job, logger),
        documentRoot: settings.documentRoot ?? null,
        referenceDate: settings.referenceDate ?? null,
      });
    },
    {
      connection,
      concurrency: settings.concurrency,
      ...retention,
      ...(settings.lockMs ? { lockDuration: settings.lockMs } : {}),
      ...(settings.stalledCheckMs ? { stalledInterval: settings.stalledCheckMs } : {}),
    },
  );
  const bandOrder = settings.context.taxonomy.source.scoring.bands.map((band) => band.id);
  const batches = new Worker(batchQueueName, (job) => processBatch(job, bandOrder), { connection, concurrency: 1, ...retention });
  for (const worker of [analyse, batches]) {
    // Without an error listener a lost Redis connection would crash the process instead of being retried.
    worker.on('error', reportError(worker.name));
    worker.on('failed', (job, error) => {
      const { code } = decodeFailure(error.message);
      logger.warn({ queue: worker.name, jobId: job?.id, attempt: job?.attemptsMade, code }, 'job failed');
    });
    worker.on('completed', (job) => {
      logger.info({ queue: worker.name, jobId: job.id, ms: (job.finishedOn ?? 0) - (job.processedOn ?? 0) }, 'job completed');
    });
  }
  return {
    async waitUntilReady() {
      await Promise.all([analyse.waitUntilReady(), batches.waitUntilReady(), ...settingsWriters.map((queue) => queue.waitUntilReady())]);
    },
    async close() {
      await Promise.all([analyse.close(), batches.close(), ...settingsWriters.map((queue) => queue.close())]);
      await connection.quit().catch(() => undefined);
    },
  };
}
