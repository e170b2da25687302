/** A BullMQ worker running the pipeline on jobs of the analyse-resume contract. */
import { Worker } from 'bullmq';
import type { PipelineContext } from '../pipeline.js';
import { processJob } from './process-job.js';
import { connectRedis } from './redis-connection.js';

export interface WorkerSettings {
  readonly redisUrl: string;
  readonly queueName: string;
  readonly concurrency: number;
  readonly context: PipelineContext;
  /** Where operational messages go; never given resume text or contact details. */
  readonly log: (message: string) => void;
}

export function startWorker(settings: WorkerSettings): Worker {
  const connection = connectRedis(settings.redisUrl);
  const worker = new Worker(settings.queueName, (job) => processJob(job.data, settings.context, new Date()), {
    connection,
    concurrency: settings.concurrency,
  });
  // Without an error listener a lost Redis connection would crash the process instead of being retried.
  worker.on('error', (error) => {
    settings.log(`worker error: ${error.message}`);
  });
  worker.on('failed', (job, error) => {
    settings.log(`job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message.split(':')[0] ?? ''}`);
  });
  worker.on('closed', () => {
    void connection.quit().catch(() => undefined);
  });
  return worker;
}
