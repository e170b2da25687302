/** `rolefit worker` and `rolefit enqueue`: the same pipeline, distributed through BullMQ on Redis. */
import { blindSource } from '../build-reports/blind-source.js';
import { renderShortlistCsv, shortlistFileText, type PassedByFile } from '../build-reports/render-csv.js';
import type { BatchResult } from '../queue/batch-contract.js';
import { readApiToken, retentionFrom, type Env } from '../config.js';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.js';
import { forEachEnqueued } from '../queue/enqueue-files.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DashboardListenError, startDashboard } from '../queue/dashboard.js';
import { listFailedJobs, retryFailedJobs, withQueue } from '../queue/failed-jobs.js';
import { createLogger } from '../queue/logger.js';
import { BatchInterruptedError, BatchStillQueuedError, batchQueueNameFor, submitBatch, type BatchSettings } from '../queue/submit-batch.js';
import { checkDocumentRoot } from '../queue/document-path.js';
import { assertRedisReachable } from '../queue/redis-connection.js';
import { startWorker } from '../queue/start-worker.js';
import { formatYearMonth, parseReferenceDate } from '../reference-date.js';
import { buildPipelineContext, readOptionsFrom, withJobProfileOrUsage, type AnalysisOptions } from './analysis-options.js';
import type { JobPosting } from '../build-job-profile/build-job-profile.js';
import { collectDocuments, type SkippedPath } from './collect-inputs.js';
import { prepareOutputDirectory } from './prepare-output-directory.js';
import { printLine } from './print-line.js';
import { readJobPosting } from './read-job-posting.js';
import { UsageError } from './usage-error.js';
import type { JobOptions } from '../queue/job-contract.js';
import { threadPoolReader } from '../parallel/document-readers.js';
import { listenForInterrupt, signalExitCode } from './interrupt.js';

export async function runWorker(options: AnalysisOptions, env: Env): Promise<void> {
  if (env.ROLEFIT_DOCUMENT_ROOT !== undefined) await checkDocumentRoot(env.ROLEFIT_DOCUMENT_ROOT);
  // Listened for before the worker says it is ready, so that a SIGTERM sent as soon as it says so stops it gracefully
  // instead of meeting Node's default handler.
  const stopSignal = new Promise<NodeJS.Signals>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      // A second signal is left to the default handler (immediate exit).
      process.removeListener('SIGTERM', stop);
      process.removeListener('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  // Documents are read on their own threads, so this thread's event loop stays free to renew job locks.
  const reader = threadPoolReader({ threads: env.ROLEFIT_CONCURRENCY });
  const context = { ...(await buildPipelineContext(options, new Date())), reader };
  const logger = createLogger(env.ROLEFIT_LOG_LEVEL);
  const worker = startWorker({
    redisUrl: env.REDIS_URL,
    queueName: env.ROLEFIT_QUEUE,
    concurrency: env.ROLEFIT_CONCURRENCY,
    context,
    logger,
    lockMs: env.ROLEFIT_LOCK_MS,
    stalledCheckMs: env.ROLEFIT_STALLED_CHECK_MS,
    retention: retentionFrom(env),
    eventsKept: env.ROLEFIT_EVENTS_KEPT,
    // Given on the command line, it stands for jobs that give none; otherwise each job runs on its own day.
    referenceDate: options.referenceDate === undefined ? null : context.referenceDate,
    ...(env.ROLEFIT_DOCUMENT_ROOT === undefined ? {} : { documentRoot: env.ROLEFIT_DOCUMENT_ROOT }),
  });
  const early = await Promise.race([worker.waitUntilReady().then(() => null), stopSignal]);
  if (early !== null) {
    // Stopped before it was ready (Redis away): it holds no job, so it ends as Node's default handler ends a process.
    process.kill(process.pid, early);
    return;
  }
  logger.info({ queue: env.ROLEFIT_QUEUE, concurrency: env.ROLEFIT_CONCURRENCY, taxonomy: context.taxonomy.source.hash }, 'worker ready');
  const signal = await stopSignal;
  const graceMs = env.ROLEFIT_SHUTDOWN_GRACE_MS;
  logger.info({ signal, runningJobs: worker.runningJobs(), graceMs }, 'finishing current jobs, then stopping');
  // close() lets running jobs finish, for graceMs at most; with none running it does not wait for an absent Redis.
  const { forced, abandonedJobs } = await worker.close(graceMs);
  await reader.close();
  if (abandonedJobs > 0) {
    logger.warn({ abandonedJobs, graceMs }, 'grace period over: stopped with jobs running (another worker takes them over)');
    process.exitCode = 1;
  }
  logger.info({ forced }, 'worker stopped');
  if (forced) exitSoon();
}

/** After a forced close a dropped connection may leave a timer behind: the process ends anyway, shortly. */
function exitSoon(): void {
  setTimeout(() => process.exit(), 500).unref();
}

/** The options each job carries; `redact` and the posting only when asked for, so plain jobs keep the ids they had. */
function jobOptionsFrom(options: AnalysisOptions, referenceDate: string, posting: JobPosting | undefined): JobOptions {
  return {
    referenceDate,
    // A role named twice is one role, and one job id.
    ...(options.roles ? { roles: [...new Set(options.roles)] } : {}),
    ...(posting ? { jobDescription: { text: posting.text, name: posting.name } } : {}),
    ...(options.redact ? { redact: true } : {}),
  };
}

/** What `enqueue` and `batch` both send: the files, and the settings every job of them carries. */
async function submission(paths: readonly string[], options: AnalysisOptions, env: Env, timeoutMs: number) {
  await assertRedisReachable(env.REDIS_URL);
  const taxonomy = await loadTaxonomy(options.taxonomy);
  // The reference date is fixed here, not by the worker, so a job means the same whenever it runs.
  const referenceDate = formatYearMonth(parseReferenceDate(options.referenceDate, new Date()));
  const { files, skipped } = await collectDocuments(paths, options.redact);
  if (options.job !== undefined && options.roles !== undefined) throw new UsageError('Give either --roles or --job, not both.');
  const read = readOptionsFrom(options);
  const posting = options.job === undefined ? undefined : await readJobPosting(options.job, read);
  // The posting is read here as the workers will read it, so that what was read from it, and its warnings (what it
  // asks that is not checked), are shown before anything is queued, as `match` shows them.
  if (posting) withJobProfileOrUsage({ taxonomy, referenceDate: parseReferenceDate(referenceDate, new Date()), read }, posting);
  const settings = {
    redisUrl: env.REDIS_URL,
    queueName: env.ROLEFIT_QUEUE,
    options: jobOptionsFrom(options, referenceDate, posting),
    read,
    taxonomyHash: taxonomy.source.hash,
    timeoutMs,
    retention: retentionFrom(env),
  };
  return { files, skipped, settings };
}

export async function runEnqueue(paths: readonly string[], options: AnalysisOptions, env: Env, timeoutMs: number): Promise<number> {
  const { files, settings } = await submission(paths, options, env, timeoutMs);
  let failed = 0;
  await forEachEnqueued(files, settings, async (result) => {
    if (!result.ok) failed += 1;
    await printLine(JSON.stringify(result));
  });
  return failed > 0 ? 1 : 0;
}

/** The batch's result, or null once it has said, in one line, that the batch is still queued (or was interrupted) and how to collect it. */
async function submitBatchOrSay(files: readonly string[], settings: BatchSettings) {
  try {
    return await submitBatch(files, settings);
  } catch (error) {
    if (error instanceof BatchInterruptedError) {
      process.stderr.write(`${interruptedBatchNote(error)}\n`);
      return null;
    }
    if (!(error instanceof BatchStillQueuedError)) throw error;
    process.stderr.write(`rolefit: batch ${error.batchId} is still queued: no result within ${error.waitedMs / 1000} s (is a worker running?). `
      + `It runs once a worker takes it; run the same command again to collect its shortlist (the same files are the same batch, `
      + `processed once), or look for job ${error.batchId} on queue ${error.batchQueueName} in the dashboard.\n`);
    return null;
  }
}

/** What an interrupted batch says: nothing queued, or the id to collect it by, as a wait that ran out says. */
function interruptedBatchNote(error: BatchInterruptedError): string {
  if (error.batchId === null) return 'rolefit: interrupted before the batch was queued: nothing was queued.';
  return `rolefit: interrupted: batch ${error.batchId} stays queued and runs once a worker takes it; run the same command again to collect `
    + `its shortlist (the same files are the same batch, processed once), or look for job ${error.batchId} on queue ${error.batchQueueName} in the dashboard.`;
}

/** The files a folder scan passed by, under their blind names in a blind batch, as match lists them. */
function passedByOf(skipped: readonly SkippedPath[], blind: boolean): PassedByFile[] {
  return skipped.map(({ path, reason }) => ({ source: blind ? blindSource(path) : path, reason }));
}

/**
 * The batch's value with a shortlist row for each file passed by, after the failures, as match's shortlist has them,
 * and the same files in `skipped`. They never reach the queue (it gets files, not folders), so the batch's value,
 * computed by a worker, cannot list them: this command does, so that no file drops from the record.
 */
function withPassedBy(result: BatchResult, passedBy: readonly PassedByFile[]): BatchResult & { skipped: readonly PassedByFile[] } {
  const rows = renderShortlistCsv([], [], passedBy);
  // The rows without their header line: the batch's CSV has one already.
  const shortlistCsv = passedBy.length === 0 ? result.shortlistCsv : `${result.shortlistCsv}${rows.slice(rows.indexOf('\n') + 1)}`;
  return { ...result, shortlistCsv, skipped: passedBy };
}

export async function runBatch(paths: readonly string[], options: AnalysisOptions, env: Env, timeoutMs: number, out: string): Promise<number> {
  await prepareOutputDirectory(out);
  // Ctrl-C says which batch to collect later, or that none was queued, instead of ending silently.
  const interruption = listenForInterrupt();
  try {
    const { files, skipped, settings } = await submission(paths, options, env, timeoutMs);
    const value = await submitBatchOrSay(files, { ...settings, batchQueueName: batchQueueNameFor(env.ROLEFIT_QUEUE), signal: interruption.signal });
    const signal = interruption.received();
    if (value === null && signal !== undefined) {
      // The abandoned wait may hold a timer as long as --timeout: the process ends anyway, shortly.
      exitSoon();
      return signalExitCode(signal);
    }
    if (value === null) return 1;
    return await writeBatchOutputs(withPassedBy(value, passedByOf(skipped, options.redact)), out);
  } finally {
    interruption.dispose();
  }
}

/** shortlist.csv and batch.json, and a line per document on stdout; the exit code. */
async function writeBatchOutputs(result: BatchResult & { skipped: readonly PassedByFile[] }, out: string): Promise<number> {
  await writeFile(join(out, 'shortlist.csv'), shortlistFileText(result.shortlistCsv));
  // The batch result whole, so that batch.json validates against schemas/batch-result.schema.json as the job's value
  // does (the schema is open to added fields such as `skipped`).
  await writeFile(join(out, 'batch.json'), `${JSON.stringify(result, null, 2)}\n`);
  for (const entry of result.entries) {
    const outcome = entry.ok ? `${entry.best?.roleId ?? '-'} ${entry.best?.score ?? 0} (${entry.best?.band ?? ''})` : `FAILED ${entry.error?.code ?? ''}`;
    process.stdout.write(`${entry.source}\t${outcome}\n`);
  }
  process.stdout.write(`batch ${result.batchId.slice(0, 16)}: ${result.total} documents, ${result.failed} failed; ${join(out, 'shortlist.csv')} and batch.json written\n`);
  return result.failed > 0 ? 1 : 0;
}

export async function runFailed(env: Env, retry: boolean, ids: readonly string[], limit: number): Promise<number> {
  await assertRedisReachable(env.REDIS_URL);
  return withQueue(env.REDIS_URL, env.ROLEFIT_QUEUE, async (queue) => {
    const failed = await listFailedJobs(queue, limit);
    for (const job of failed) process.stdout.write(`${JSON.stringify(job)}\n`);
    if (retry) {
      const retried = await retryFailedJobs(queue, ids, limit);
      process.stderr.write(`retried ${retried.length} job(s)${retried.length > 0 ? `: ${retried.join(', ')}` : ''}\n`);
    }
    return 0;
  });
}

/** Addresses only this machine can reach. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** The dashboard's started, or the one line saying why it could not listen; exit code 1. */
async function startDashboardOrSay(...settings: Parameters<typeof startDashboard>): Promise<Awaited<ReturnType<typeof startDashboard>> | null> {
  try {
    return await startDashboard(...settings);
  } catch (error) {
    if (!(error instanceof DashboardListenError)) throw error;
    process.stderr.write(`rolefit: ${error.message}\n`);
    return null;
  }
}

/** Serves until SIGTERM or SIGINT; returns the exit code (1 when it cannot listen). */
export async function runDashboard(env: Env, port: number, host: string): Promise<number> {
  // Only the dashboard serves the job API, so only it reads (and checks) the API's token.
  const apiToken = readApiToken();
  const dashboard = await startDashboardOrSay({
    redisUrl: env.REDIS_URL,
    queueName: env.ROLEFIT_QUEUE,
    port,
    host,
    retention: retentionFrom(env),
    ...(apiToken === undefined ? {} : { apiToken }),
  });
  if (dashboard === null) return 1;
  process.stderr.write(`dashboard for queue ${env.ROLEFIT_QUEUE} at ${dashboard.url} (health: ${dashboard.url}healthz)\n`);
  if (!isLoopback(host) && apiToken === undefined) {
    process.stderr.write('rolefit: the dashboard has no login and shows every job\'s resume and result, contact details included: '
      + 'set ROLEFIT_API_TOKEN and put it behind TLS, or keep it on 127.0.0.1.\n');
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => void dashboard.close().then(resolve);
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
}
