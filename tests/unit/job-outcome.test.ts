/**
 * Reading a job's state and its result apart, while the job finishes or is retried between the reads: the reader
 * below plays Redis, changing the job right after a chosen read, as a worker would.
 */
import type { JobState } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { JobInFluxError, readJobOutcome, type JobReader, type StoredJob } from '../../src/queue/job-outcome.js';

interface Snapshot {
  readonly state: JobState;
  readonly job: StoredJob;
}

const active: Snapshot = { state: 'active', job: { returnvalue: null, failedReason: undefined } };
const completed: Snapshot = { state: 'completed', job: { returnvalue: { ok: true }, failedReason: undefined, finishedOn: 2 } };
const failed: Snapshot = { state: 'failed', job: { returnvalue: null, failedReason: 'empty_file: cv.pdf is empty.', finishedOn: 2 } };
// Retried by hand: BullMQ removes finishedOn and failedReason and puts the job back in the wait list.
const retried: Snapshot = { state: 'waiting', job: { returnvalue: null, failedReason: undefined } };

/** A job that moves to the next snapshot after each read of Redis (state or hash), staying at the last. */
function changingJob(...snapshots: Snapshot[]): JobReader & { reads: number } {
  const now = (): Snapshot => snapshots[Math.min(reader.reads, snapshots.length - 1)] as Snapshot;
  const reader = {
    reads: 0,
    getJobState: () => Promise.resolve(now().state).finally(() => (reader.reads += 1)),
    getJob: () => Promise.resolve(now().job).finally(() => (reader.reads += 1)),
  };
  return reader;
}

describe('readJobOutcome', () => {
  it('never says completed without the result when the job completes between the reads', async () => {
    // Read hash-then-state, this job gave {"state":"completed","result":null}.
    const job = changingJob(active, completed);
    expect(await readJobOutcome(job, 'j')).toEqual({ state: 'active' });
    expect(await readJobOutcome(job, 'j')).toEqual({ state: 'completed', result: { ok: true } });
  });

  it('never says failed without the reason when the job fails between the reads', async () => {
    const job = changingJob(active, failed);
    expect(await readJobOutcome(job, 'j')).toEqual({ state: 'active' });
    expect(await readJobOutcome(job, 'j')).toEqual({ state: 'failed', reason: 'empty_file: cv.pdf is empty.' });
  });

  it('reads again when a failed job is retried between the reads', async () => {
    const job = changingJob(failed, retried);
    expect(await readJobOutcome(job, 'j')).toEqual({ state: 'waiting' });
  });

  it('answers null for a job that is not there, or was removed between the reads', async () => {
    const missing: JobReader = { getJobState: () => Promise.resolve('unknown'), getJob: () => Promise.resolve(undefined) };
    expect(await readJobOutcome(missing, 'j')).toBeNull();
    const removed: JobReader = { getJobState: () => Promise.resolve('completed'), getJob: () => Promise.resolve(undefined) };
    expect(await readJobOutcome(removed, 'j')).toBeNull();
  });

  it('gives up with a typed error on a job that never holds still', async () => {
    const flapping: JobReader = { getJobState: () => Promise.resolve('failed'), getJob: () => Promise.resolve(retried.job) };
    await expect(readJobOutcome(flapping, 'j')).rejects.toBeInstanceOf(JobInFluxError);
  });
});
