/**
 * The queue side of rolefit: a BullMQ worker running the pipeline on analyse-resume jobs, and one gathering batch
 * results into shortlists. Thin processors; the pipeline is the same code the CLI runs.
 */
import { Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { pipelineStages, type PipelineContext } from '../pipeline.js';
import { processBatch } from './process-batch.js';
import { decodeFailure, processJob } from './process-job.js';
import { connectRedis } from './redis-connection.js';
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
}

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
  const analyse = new Worker(
    settings.queueName,
    (job) =>
      processJob(job.data, settings.context, new Date(), { onStage: reportProgress(job, logger), documentRoot: settings.documentRoot ?? null }),
    {
      connection,
      concurrency: settings.concurrency,
      ...(settings.lockMs ? { lockDuration: settings.lockMs } : {}),
      ...(settings.stalledCheckMs ? { stalledInterval: settings.stalledCheckMs } : {}),
    },
  );
  const batches = new Worker(batchQueueNameFor(settings.queueName), processBatch, { connection, concurrency: 1 });
  for (const worker of [analyse, batches]) {
    // Without an error listener a lost Redis connection would crash the process instead of being retried.
    worker.on('error', (error) => logger.error({ queue: worker.name, err: error.message }, 'worker error'));
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
      await Promise.all([analyse.waitUntilReady(), batches.waitUntilReady()]);
    },
    async close() {
      await Promise.all([analyse.close(), batches.close()]);
      await connection.quit().catch(() => undefined);
    },
  };
}
