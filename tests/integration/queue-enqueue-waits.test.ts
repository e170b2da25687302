/** Waiting for many jobs at once, as `rolefit enqueue` on a folder does. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueFiles } from '../../src/queue/enqueue-files.js';
import { connectRedis } from '../../src/queue/redis-connection.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { uniqueQueueName } from '../support/redis.js';
import { startTestWorker, type TestWorker } from '../support/test-worker.js';

let worker: TestWorker;
let files: string[];

beforeAll(async () => {
  worker = await startTestWorker('enqueue-waits');
  const folder = await mkdtemp(join(tmpdir(), 'rolefit-enqueue-waits-'));
  const text = await readFile(new URL('../../samples/data-entry-kavya-menon.txt', import.meta.url), 'utf8');
  files = await Promise.all(
    Array.from({ length: 15 }, async (_, index) => {
      const file = join(folder, `resume-${index}.txt`);
      await writeFile(file, `${text}\nReference number ${index}\n`);
      return file;
    }),
  );
});

afterAll(() => worker.close());

const settings = (redisUrl: string, queueName: string, timeoutMs: number) => ({
  redisUrl, queueName, options: { referenceDate: '2026-11' }, read: defaultReadOptions, taxonomyHash: 'test', timeoutMs,
});

/** Node's warnings while `run` runs (they are emitted on the next tick, so one more is waited for). */
async function warningsDuring(run: () => Promise<unknown>): Promise<Error[]> {
  const warnings: Error[] = [];
  const listen = (warning: Error): void => void warnings.push(warning);
  process.on('warning', listen);
  try {
    await run();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', listen);
  }
  return warnings;
}

describe('enqueue waiting on many jobs', () => {
  it('waits for fifteen files without adding a listener per file', async () => {
    let results: Awaited<ReturnType<typeof enqueueFiles>> = [];
    const warnings = await warningsDuring(async () => {
      results = await enqueueFiles(files, settings(worker.redisUrl, worker.queueName, 60_000));
    });
    expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
    expect(results.map((result) => [result.source, result.ok])).toEqual(files.map((file) => [file, true]));
  });

  it('reports each job that no worker finishes in time as a timeout', async () => {
    const unserved = uniqueQueueName('enqueue-unserved');
    const results = await enqueueFiles(files.slice(0, 12), settings(worker.redisUrl, unserved, 200));
    const connection = connectRedis(worker.redisUrl);
    const queue = new Queue(unserved, { connection });
    await queue.obliterate({ force: true });
    await queue.close();
    await connection.quit();
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(Array.from({ length: 12 }, () => 'timeout'));
  });
});
