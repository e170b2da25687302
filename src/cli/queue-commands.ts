/** `rolefit worker` and `rolefit enqueue`: the same pipeline, distributed through BullMQ on Redis. */
import type { Env } from '../config.js';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.js';
import { enqueueFiles } from '../queue/enqueue-files.js';
import { startWorker } from '../queue/start-worker.js';
import { formatYearMonth, parseReferenceDate } from '../reference-date.js';
import { buildPipelineContext, readOptionsFrom, type AnalysisOptions } from './analysis-options.js';
import { collectInputs } from './collect-inputs.js';
import { threadPoolReader } from '../parallel/document-readers.js';

function log(message: string): void {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), message })}\n`);
}

export async function runWorker(options: AnalysisOptions, env: Env): Promise<void> {
  // Documents are read on their own threads, so this thread's event loop stays free to renew job locks.
  const reader = threadPoolReader({ threads: env.ROLEFIT_CONCURRENCY });
  const context = { ...(await buildPipelineContext(options, new Date())), reader };
  const worker = startWorker({
    redisUrl: env.REDIS_URL,
    queueName: env.ROLEFIT_QUEUE,
    concurrency: env.ROLEFIT_CONCURRENCY,
    context,
    log,
  });
  await worker.waitUntilReady();
  log(`worker ready on queue ${env.ROLEFIT_QUEUE} (concurrency ${env.ROLEFIT_CONCURRENCY}, taxonomy ${context.taxonomy.source.hash})`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      log(`${signal}: finishing current jobs, then stopping`);
      // close() lets running jobs finish; a second signal is left to the default handler (immediate exit).
      process.removeAllListeners('SIGTERM');
      process.removeAllListeners('SIGINT');
      void worker.close().then(resolve);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await reader.close();
  log('worker stopped');
}

export async function runEnqueue(paths: readonly string[], options: AnalysisOptions, env: Env, timeoutMs: number): Promise<number> {
  const taxonomy = await loadTaxonomy(options.taxonomy);
  // The reference date is fixed here, not by the worker, so a job means the same whenever it runs.
  const referenceDate = formatYearMonth(parseReferenceDate(options.referenceDate, new Date()));
  const files = await collectInputs(paths);
  const results = await enqueueFiles(files, {
    redisUrl: env.REDIS_URL,
    queueName: env.ROLEFIT_QUEUE,
    options: { referenceDate, ...(options.roles ? { roles: options.roles } : {}) },
    read: readOptionsFrom(options),
    taxonomyHash: taxonomy.source.hash,
    timeoutMs,
  });
  for (const result of results) process.stdout.write(`${JSON.stringify(result)}\n`);
  return results.some((r) => !r.ok) ? 1 : 0;
}
