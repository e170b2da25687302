/**
 * The queue side of rolefit: a BullMQ worker running the pipeline on analyse-resume jobs, and one gathering batch
 * results into shortlists. Thin processors; the pipeline is the same code the CLI runs.
 */
import { Queue, Worker, type Job } from 'bullmq';
import type { YearMonth } from '../extract-candidate/candidate-types.js';
import { defaultEventsKept, defaultShutdownGraceMs } from '../config.js';
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

/** Once no job runs, how long a graceful close may still take (it waits on Redis, which may be away) before it is cut short. */
const idleCloseMs = 1000;

export interface StopOutcome {
  /** The graceful close did not finish in time, and the connections were cut. */
  readonly forced: boolean;
  /** Jobs still running when the connections were cut: another worker takes them over once their lock expires. */
  readonly abandonedJobs: number;
}

export interface RunningWorkers {
  waitUntilReady(): Promise<void>;
  /**
   * Lets running jobs finish, then disconnects. A close that has not finished once no job runs (Redis away), or
   * after graceMs (ROLEFIT_SHUTDOWN_GRACE_MS) in any case, is cut short: the connections are dropped.
   */
  close(graceMs?: number): Promise<StopOutcome>;
  /** How many jobs this process is running now. */
  runningJobs(): number;
}

/** Counts running jobs, and says when none runs. */
function jobTracker() {
  let running = 0;
  let idleWaiters: (() => void)[] = [];
  return {
    count: (): number => running,
    async track<T>(run: () => Promise<T>): Promise<T> {
      running += 1;
      try {
        return await run();
      } finally {
        running -= 1;
        if (running === 0) for (const resolve of idleWaiters.splice(0)) resolve();
      }
    },
    whenIdle(): Promise<void> {
      return running === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
    forget(): void {
      idleWaiters = [];
    },
  };
}

/** Resolves to `value` after `ms`, unless cancelled first. */
function after<T>(ms: number, value: T): { promise: Promise<T>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(value), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Waits for a graceful close, for at most graceMs, and at most idleCloseMs once no job runs: BullMQ's close waits
 * for Redis to acknowledge, and with Redis away it would wait forever. Resolves to whether it was cut short.
 */
async function closeWithin(graceful: Promise<unknown>, graceMs: number, jobs: ReturnType<typeof jobTracker>): Promise<boolean> {
  const deadline = after(graceMs, 'late' as const);
  let idleDelay: ReturnType<typeof after<'idle'>> | undefined;
  const idle = jobs.whenIdle().then(() => {
    idleDelay = after(idleCloseMs, 'idle' as const);
    return idleDelay.promise;
  });
  const closed = graceful.then(() => 'closed' as const);
  const outcome = await Promise.race([closed, deadline.promise, idle]);
  deadline.cancel();
  idleDelay?.cancel();
  jobs.forget();
  return outcome !== 'closed';
}

/**
 * The attempts a failed job has, and whether this failure is its last: bad input fails at once (UnrecoverableError),
 * a transient fault is retried until its attempts run out. Operators tell a retried failure from a final one by it.
 */
export function failureAttempts(job: Pick<Job, 'attemptsMade' | 'opts'> | undefined, error: Error): { attempts: number; final: boolean } {
  const attempts = job?.opts.attempts ?? 1;
  return { attempts, final: error.name === 'UnrecoverableError' || (job?.attemptsMade ?? attempts) >= attempts };
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
  const jobs = jobTracker();
  const analyse = new Worker(
    settings.queueName,
    (job) => jobs.track(async () => {
      checkJobName(job.name);
      return processJob(job.data, settings.context, new Date(), {
        onStage: reportProgress(job, logger),
        documentRoot: settings.documentRoot ?? null,
        referenceDate: settings.referenceDate ?? null,
      });
    }),
    {
      connection,
      concurrency: settings.concurrency,
      ...retention,
      ...(settings.lockMs ? { lockDuration: settings.lockMs } : {}),
      ...(settings.stalledCheckMs ? { stalledInterval: settings.stalledCheckMs } : {}),
    },
  );
  const bandOrder = settings.context.taxonomy.source.scoring.bands.map((band) => band.id);
  const batches = new Worker(batchQueueName, (job) => jobs.track(() => processBatch(job, bandOrder)), { connection, concurrency: 1, ...retention });
  for (const worker of [analyse, batches]) {
    // Without an error listener a lost Redis connection would crash the process instead of being retried.
    worker.on('error', reportError(worker.name));
    worker.on('failed', (job, error) => {
      const { code } = decodeFailure(error.message);
      const { attempts, final } = failureAttempts(job, error);
      logger.warn({ queue: worker.name, jobId: job?.id, attempt: job?.attemptsMade, attempts, final, code }, final ? 'job failed for good' : 'job failed, will retry');
    });
    worker.on('completed', (job) => {
      logger.info({ queue: worker.name, jobId: job.id, ms: (job.finishedOn ?? 0) - (job.processedOn ?? 0) }, 'job completed');
    });
  }
  return {
    async waitUntilReady() {
      await Promise.all([analyse.waitUntilReady(), batches.waitUntilReady(), ...settingsWriters.map((queue) => queue.waitUntilReady())]);
    },
    async close(graceMs = defaultShutdownGraceMs) {
      const graceful = Promise.all([analyse.close(), batches.close(), ...settingsWriters.map((queue) => queue.close())]);
      const forced = await closeWithin(graceful, graceMs, jobs);
      const abandonedJobs = jobs.count();
      if (forced) {
        // BullMQ cannot be asked to force a close already under way: dropping its connections ends its waiting.
        graceful.catch(() => undefined);
        // Not awaited: with Redis away, a disconnect waits for it too.
        for (const client of [analyse, batches, ...settingsWriters]) client.disconnect().catch(() => undefined);
        connection.disconnect();
      } else {
        await connection.quit().catch(() => undefined);
      }
      return { forced, abandonedJobs };
    },
    runningJobs: () => jobs.count(),
  };
}
