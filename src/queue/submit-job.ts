/**
 * Adds a job posted over HTTP once, under the id the caller chose (Idempotency-Key) or the hash of its payload.
 * BullMQ adds no job whose id exists and answers with the id either way, so whether this request created the job
 * is read back from the stored job: each add stamps its options with a request id and the payload's hash, and only
 * the add that created the job has its stamp stored. The hash also tells a retried post (same payload: the same job)
 * from a key reused for another payload (a conflict).
 */
import { randomUUID } from 'node:crypto';
import type { Job, JobsOptions, Queue } from 'bullmq';
import { z } from 'zod';
import { ApiError } from './api-error.js';
import { canonicalHash } from './canonical-json.js';
import { jobDefaults, type Retention } from './enqueue-files.js';
import { analyseJobName, jobPayloadSchema, type JobPayload } from './job-contract.js';

/** Kept in the job's options (BullMQ stores options it does not know as given). */
const stampSchema = z.object({ payloadSha256: z.string(), requestId: z.string() });
type Stamp = z.infer<typeof stampSchema>;

/** The hash of a payload as the worker reads it: defaults filled in, keys in any order. */
export function payloadHash(payload: JobPayload): string {
  return canonicalHash(payload);
}

function stampOf(job: Job): Stamp | null {
  const parsed = stampSchema.safeParse('submission' in job.opts ? job.opts.submission : undefined);
  return parsed.success ? parsed.data : null;
}

/** The payload hash a stored job was added with; a job added by another client is hashed from its data. */
function storedPayloadHash(job: Job): string | null {
  const stamp = stampOf(job);
  if (stamp) return stamp.payloadSha256;
  const parsed = jobPayloadSchema.safeParse(job.data);
  return parsed.success ? payloadHash(parsed.data) : null;
}

function checkSamePayload(job: Job, jobId: string, payloadSha256: string): void {
  if (storedPayloadHash(job) !== payloadSha256) {
    throw new ApiError(
      409,
      'idempotency_conflict',
      `Job ${jobId} was posted with another payload. An Idempotency-Key names one job: send a new key for another document or other options.`,
    );
  }
}

/** Adds the job unless one with its id exists; `created` is true for exactly one of any number of such posts. */
export async function submitJob(queue: Queue, payload: JobPayload, jobId: string, retention: Retention = jobDefaults): Promise<{ created: boolean }> {
  const payloadSha256 = payloadHash(payload);
  const existing = await queue.getJob(jobId);
  if (existing) {
    checkSamePayload(existing, jobId, payloadSha256);
    return { created: false };
  }
  const requestId = randomUUID();
  const options: JobsOptions & { submission: Stamp } = {
    ...jobDefaults,
    removeOnComplete: retention.removeOnComplete,
    removeOnFail: retention.removeOnFail,
    jobId,
    submission: { payloadSha256, requestId },
  };
  await queue.add(analyseJobName, payload, options);
  const stored = await queue.getJob(jobId);
  // Gone already (finished and removed by its retention): nothing is left to compare, and it ran.
  if (!stored || stampOf(stored)?.requestId === requestId) return { created: true };
  checkSamePayload(stored, jobId, payloadSha256);
  return { created: false };
}
