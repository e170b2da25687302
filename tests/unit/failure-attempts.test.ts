/** A worker's log tells a failure that will be retried from the last one. */
import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { failureAttempts } from '../../src/queue/start-worker.js';

describe('failureAttempts', () => {
  it('is final for bad input at once, and for a transient fault only when its attempts have run out', () => {
    const job = (attemptsMade: number) => ({ attemptsMade, opts: { attempts: 3 } });
    expect(failureAttempts(job(1), new UnrecoverableError('invalid_job'))).toEqual({ attempts: 3, final: true });
    expect(failureAttempts(job(1), new Error('redis timeout'))).toEqual({ attempts: 3, final: false });
    expect(failureAttempts(job(3), new Error('redis timeout'))).toEqual({ attempts: 3, final: true });
    expect(failureAttempts({ attemptsMade: 1, opts: {} }, new Error('x'))).toEqual({ attempts: 1, final: true });
  });
});
