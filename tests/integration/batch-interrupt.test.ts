/** `rolefit batch` interrupted with Ctrl-C while it waits: it says which batch stays queued, so it can be collected. */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/queue/redis-connection.js';
import { batchQueueNameFor } from '../../src/queue/submit-batch.js';
import { redisUrlForTests, uniqueQueueName } from '../support/redis.js';
import { projectRoot } from '../support/run-cli.js';
import { removeQueues } from '../support/test-worker.js';

/** Resolves once the batch queue holds a batch (no worker runs, so it waits for its children). */
async function batchQueued(redisUrl: string, batchQueueName: string): Promise<void> {
  const connection = connectRedis(redisUrl);
  const batches = new Queue(batchQueueName, { connection });
  try {
    while (((await batches.getJobCounts('waiting-children'))['waiting-children'] ?? 0) === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    await batches.close();
    await connection.quit();
  }
}

describe('rolefit batch interrupted with Ctrl-C', () => {
  it('says the batch stays queued, with its id, and exits 130', async () => {
    const redisUrl = redisUrlForTests();
    const queueName = uniqueQueueName('batch-interrupt');
    const out = await mkdtemp(join(tmpdir(), 'rolefit-batch-interrupt-'));
    const args = ['batch', 'samples/telesales-tanya-brooks.txt', '--out', out, '--reference-date', '2026-11'];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, REDIS_URL: redisUrl, ROLEFIT_QUEUE: queueName },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
    try {
      await Promise.race([batchQueued(redisUrl, batchQueueNameFor(queueName)), closed]);
      child.kill('SIGINT');
      expect(await closed).toBe(130);
      expect(stderr.trim()).toMatch(new RegExp(`^rolefit: interrupted: batch [0-9a-f]{64} stays queued .*run the same command again.*queue ${queueName}-batches`));
    } finally {
      child.kill('SIGKILL');
      await removeQueues(redisUrl, queueName);
    }
  }, 60_000);
});
