/** `rolefit batch` whose wait runs out (no worker): one line saying the batch is still queued and how to collect it. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { startWorker } from '../../src/queue/start-worker.js';
import { redisUrlForTests, uniqueQueueName } from '../support/redis.js';
import { runCli } from '../support/run-cli.js';
import { removeQueues } from '../support/test-worker.js';
import { sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

describe('rolefit batch with no worker', () => {
  it('says the batch is still queued, with its id, exits 1, and the same command collects it once a worker runs', async () => {
    const redisUrl = redisUrlForTests();
    const queueName = uniqueQueueName('batch-queued');
    const env = { REDIS_URL: redisUrl, ROLEFIT_QUEUE: queueName };
    const out = await mkdtemp(join(tmpdir(), 'rolefit-batch-queued-'));
    const args = ['batch', 'samples/telesales-tanya-brooks.txt', '--out', out, '--reference-date', '2026-11'];
    const worker = { close: (): Promise<unknown> => Promise.resolve() };
    try {
      const waited = await runCli([...args, '--timeout', '2'], env, 60_000);
      expect(waited.timedOut).toBe(false);
      expect(waited.code).toBe(1);
      const lines = waited.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^rolefit: batch [0-9a-f]{64} is still queued: no result within 2 s .*run the same command again.*queue ${queueName}-batches`));

      const context = { taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: defaultReadOptions };
      const running = startWorker({ redisUrl, queueName, concurrency: 1, context, logger: pino({ level: 'silent' }) });
      worker.close = () => running.close();
      const collected = await runCli([...args, '--timeout', '60'], env, 90_000);
      expect(collected.code).toBe(0);
      expect(collected.stdout).toContain('1 documents, 0 failed');
    } finally {
      await worker.close();
      await removeQueues(redisUrl, queueName);
    }
  }, 120_000);
});
