/**
 * A job's state read together with its result or failure. BullMQ keeps the state (which set holds the id) apart
 * from the job's hash, and reading one then the other can straddle the job finishing: the hash read before it
 * finished, the state after, gives "completed" with no result. The state is read first here: a job that has
 * finished keeps its result or reason in its hash (written in the same script that moved it), so the hash read next
 * holds it, unless the job was retried or removed in between, in which case it is read again.
 */
import type { JobState } from 'bullmq';

/** The part of a stored job this reads; BullMQ's Job has it. */
export interface StoredJob {
  readonly returnvalue: unknown;
  readonly failedReason: string | null | undefined;
  readonly finishedOn?: number | undefined;
}

/** The part of BullMQ's Queue this reads. */
export interface JobReader {
  getJobState(jobId: string): Promise<JobState | 'unknown'>;
  getJob(jobId: string): Promise<StoredJob | undefined>;
}

export type JobOutcome =
  | { readonly state: 'completed'; readonly result: unknown }
  | { readonly state: 'failed'; readonly reason: string }
  | { readonly state: Exclude<JobState, 'completed' | 'failed'> };

/** The job kept changing while being read (retried again and again): the caller asks again later. */
export class JobInFluxError extends Error {
  override readonly name = 'JobInFluxError';
}

/** Reads before giving up; one more than needed when a job is retried once during the read. */
const maxReads = 5;

/** The job's state with its result or failure, never a finished state without them; null when there is no such job. */
export async function readJobOutcome(queue: JobReader, jobId: string): Promise<JobOutcome | null> {
  for (let read = 0; read < maxReads; read += 1) {
    const state = await queue.getJobState(jobId);
    if (state === 'unknown') return null;
    if (state !== 'completed' && state !== 'failed') return { state };
    const job = await queue.getJob(jobId);
    if (!job) return null;
    // No finishing time, or no value: the job was retried (or is being) since its state was read.
    if (job.finishedOn === undefined) continue;
    if (state === 'completed' && job.returnvalue !== null && job.returnvalue !== undefined) return { state, result: job.returnvalue };
    if (state === 'failed' && typeof job.failedReason === 'string' && job.failedReason !== '') return { state, reason: job.failedReason };
  }
  throw new JobInFluxError(`Job ${jobId} changed state while being read; ask again.`);
}
