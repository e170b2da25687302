/** Failed analyse jobs, with their error codes, for operators to inspect and retry. */
import { Queue } from 'bullmq';
import { z } from 'zod';
import { blindSource, isBlindSource } from '../build-reports/blind-source.js';
import { decodeFailure, transientCodes } from './process-job.js';
import { connectRedis } from './redis-connection.js';

export interface FailedJob {
  readonly jobId: string;
  readonly source: string;
  readonly code: string;
  readonly message: string;
  readonly attempts: number;
  readonly failedAt: string | null;
}

export async function withQueue<T>(redisUrl: string, queueName: string, use: (queue: Queue) => Promise<T>): Promise<T> {
  const connection = connectRedis(redisUrl);
  // A client leaves the queue's settings in Redis (its event stream's length) as the worker set them.
  const queue = new Queue(queueName, { connection, skipMetasUpdate: true });
  try {
    return await use(queue);
  } finally {
    await queue.close();
    await connection.quit().catch(() => undefined);
  }
}

/**
 * The source a failed job is listed under: a blind job's (`options.redact`) under the blind name its result and message
 * give, never the name its sender chose, which often holds the candidate's.
 */
function listedSource(data: unknown): string {
  const parsed = listedJobSchema.safeParse(data);
  if (!parsed.success) return '';
  const { source, document, options } = parsed.data;
  if (options?.redact !== true || isBlindSource(source)) return source;
  const bytes = document?.contentBase64 === undefined ? undefined : Buffer.from(document.contentBase64, 'base64');
  return blindSource(source, bytes, document?.fileName ?? document?.path);
}

/** What of a job's data the listing reads; anything else in it, or a job not shaped so, is left alone. */
const listedJobSchema = z.object({
  source: z.string(),
  document: z.object({ contentBase64: z.string().optional(), fileName: z.string().optional(), path: z.string().optional() }).optional(),
  options: z.object({ redact: z.boolean().optional() }).optional(),
});

export async function listFailedJobs(queue: Queue, limit: number): Promise<FailedJob[]> {
  const jobs = await queue.getFailed(0, limit - 1);
  return jobs.map((job) => {
    const { code, message } = decodeFailure(job.failedReason);
    const source = listedSource(job.data);
    return {
      jobId: job.id ?? '',
      source,
      code,
      message,
      attempts: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    };
  });
}

/**
 * Retries the given failed jobs (all failed jobs with a transient code when no ids are given), each with all its
 * attempts again, as `POST /api/jobs/<id>/retry` does; returns their ids.
 */
export async function retryFailedJobs(queue: Queue, ids: readonly string[], limit: number): Promise<string[]> {
  const failed = await listFailedJobs(queue, limit);
  const chosen = ids.length > 0 ? failed.filter((f) => ids.includes(f.jobId)) : failed.filter((f) => (transientCodes as ReadonlySet<string>).has(f.code));
  for (const { jobId } of chosen) {
    const job = await queue.getJob(jobId);
    // A retry by hand gets every attempt again: the cause has been fixed, so earlier attempts say nothing.
    await job?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
  }
  return chosen.map((f) => f.jobId);
}
