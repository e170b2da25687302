/**
 * Documents per second through the queue (BullMQ on Redis) with 1 and 2 worker processes, against the in-process
 * pipeline on the same files, in the same run. Prints numbers; asserts nothing. Needs `npm run build` and Redis
 * (REDIS_URL, default redis://127.0.0.1:6379).
 *
 * Usage: npm run bench:queue -- <folder> [--limit N]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { collectInputs } from '../src/cli/collect-inputs.js';
import { analyseFile } from '../src/cli/match-command.js';
import { mapInOrder } from '../src/parallel/map-in-order.js';
import { readEnv } from '../src/config.js';
import { threadPoolReader } from '../src/parallel/document-readers.js';
import { enqueueFiles } from '../src/queue/enqueue-files.js';
import { connectRedis } from '../src/queue/redis-connection.js';
import { defaultReadOptions } from '../src/read-document/document-types.js';
import { loadTaxonomy } from '../src/taxonomy/load-taxonomy.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' } } });
const folder = positionals[0];
if (!folder) {
  process.stderr.write('usage: npm run bench:queue -- <folder> [--limit N]\n');
  process.exit(2);
}
const all = await collectInputs([folder]);
const files = values.limit ? all.slice(0, Number(values.limit)) : all;
const { REDIS_URL } = readEnv();
const cores = availableParallelism();
const taxonomy = await loadTaxonomy();
const referenceDate = { year: 2026, month: 11 };

function report(label: string, seconds: number): number {
  const rate = files.length / seconds;
  process.stdout.write(`${label.padEnd(44)} ${rate.toFixed(1).padStart(7)} documents/s  (${files.length} in ${seconds.toFixed(2)} s)\n`);
  return rate;
}

// In-process, as `rolefit match` runs: a reading thread per core, two documents in flight per thread.
const reader = threadPoolReader({ threads: cores });
const context = { taxonomy, referenceDate, read: defaultReadOptions, reader };
await mapInOrder(files.slice(0, cores * 2), cores * 2, (f) => analyseFile(f, context), () => undefined);
let started = performance.now();
await mapInOrder(files, cores * 2, (f) => analyseFile(f, context), () => undefined);
const inProcess = report(`in-process, ${cores} reading threads`, (performance.now() - started) / 1000);
await reader.close();

async function throughQueue(workers: number, concurrency: number): Promise<void> {
  const queueName = `rolefit-bench-${Date.now().toString(36)}`;
  const children: ChildProcess[] = [];
  for (let i = 0; i < workers; i += 1) {
    children.push(
      spawn(process.execPath, ['dist/src/cli/main.js', 'worker'], {
        env: { ...process.env, REDIS_URL, ROLEFIT_QUEUE: queueName, ROLEFIT_CONCURRENCY: String(concurrency), ROLEFIT_LOG_LEVEL: 'silent' },
        stdio: 'ignore',
      }),
    );
  }
  const queue = new Queue(queueName, { connection: connectRedis(REDIS_URL) });
  try {
    while ((await queue.getWorkers()).length < workers) await new Promise((resolve) => setTimeout(resolve, 100));
    const settings = { redisUrl: REDIS_URL, queueName, read: defaultReadOptions, taxonomyHash: taxonomy.source.hash, timeoutMs: 600_000 };
    // The warm-up uses another reference date, so its job ids differ and the timed run analyses every file again.
    await enqueueFiles(files.slice(0, workers * concurrency * 2), { ...settings, options: { referenceDate: '2026-10' } });
    started = performance.now();
    await enqueueFiles(files, { ...settings, options: { referenceDate: '2026-11' } });
    const rate = report(`queue, ${workers} worker(s) × concurrency ${concurrency}`, (performance.now() - started) / 1000);
    process.stdout.write(`${''.padEnd(44)} ${((rate / inProcess) * 100).toFixed(0).padStart(6)} % of in-process\n`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}

await throughQueue(1, cores);
await throughQueue(2, Math.max(1, Math.floor(cores / 2)));
process.exit(0);
