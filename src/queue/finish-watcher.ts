/**
 * Waits for many jobs of one queue through one QueueEvents. BullMQ's job.waitUntilFinished adds two listeners to the
 * QueueEvents and one to the Queue for every job waited on, so a dozen files at once crossed Node's limit of ten
 * (MaxListenersExceededWarning); here one pair of listeners serves every job, however many.
 */
import type { QueueEvents } from 'bullmq';
import { readJobOutcome, type JobReader } from './job-outcome.js';

export type Finish =
  | { readonly kind: 'completed'; readonly value: unknown }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'timeout' };

export interface FinishWatcher {
  /** How the job ends, or `timeout` when it has not within timeoutMs. */
  wait(jobId: string, timeoutMs: number): Promise<Finish>;
  /** Stops listening; jobs still waited on end as `timeout`. */
  close(): void;
}

/** Call wait() only once `events` is ready (waitUntilReady), so that no finish falls between the check and the listening. */
export function watchFinishes(events: QueueEvents, queue: JobReader): FinishWatcher {
  // The same job may be waited on more than once (the same bytes under two names).
  const waiting = new Map<string, Set<(finish: Finish) => void>>();
  const forget = (jobId: string, waiter: (finish: Finish) => void): void => {
    const waiters = waiting.get(jobId);
    waiters?.delete(waiter);
    if (waiters?.size === 0) waiting.delete(jobId);
  };
  const settle = (jobId: string, finish: Finish): void => {
    const waiters = waiting.get(jobId);
    waiting.delete(jobId);
    for (const waiter of waiters ?? []) waiter(finish);
  };
  const onCompleted = ({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }): void => {
    settle(jobId, { kind: 'completed', value: returnvalue });
  };
  // QueueEvents reports `failed` once a job has failed for good; a failed attempt with retries left is `delayed`.
  const onFailed = ({ jobId, failedReason }: { jobId: string; failedReason: string }): void => {
    settle(jobId, { kind: 'failed', reason: failedReason });
  };
  events.on('completed', onCompleted);
  events.on('failed', onFailed);

  return {
    wait(jobId, timeoutMs) {
      return new Promise<Finish>((resolve, reject) => {
        const waiter = (finish: Finish): void => {
          clearTimeout(timer);
          forget(jobId, waiter);
          resolve(finish);
        };
        const waiters = waiting.get(jobId) ?? new Set();
        waiting.set(jobId, waiters.add(waiter));
        const timer = setTimeout(() => waiter({ kind: 'timeout' }), timeoutMs);
        // A job that finished before the listening began (or was already finished when added) is read from Redis.
        readJobOutcome(queue, jobId)
          .then((outcome) => {
            if (outcome?.state === 'completed') waiter({ kind: 'completed', value: outcome.result });
            else if (outcome?.state === 'failed') waiter({ kind: 'failed', reason: outcome.reason });
          })
          .catch((error: unknown) => {
            clearTimeout(timer);
            forget(jobId, waiter);
            reject(error instanceof Error ? error : new Error(String(error)));
          });
      });
    },
    close() {
      events.off('completed', onCompleted);
      events.off('failed', onFailed);
      for (const jobId of [...waiting.keys()]) settle(jobId, { kind: 'timeout' });
    },
  };
}
