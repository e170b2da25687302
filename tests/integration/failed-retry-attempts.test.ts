/** `rolefit failed --retry` gives a failed job a fresh set of attempts, as `POST /api/jobs/<id>/retry` does. */
import { Queue, QueueEvents } from 'bullmq';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { analyseJobName } from '../../src/queue/job-contract.js';
import { connectRedis } from '../../src/queue/redis-connection.js';
import { startWorker } from '../../src/queue/start-worker.js';
import { redisUrlForTests, uniqueQueueName } from '../support/redis.js';
import { runCli } from '../support/run-cli.js';
import { removeQueues } from '../support/test-worker.js';
import { sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

describe('rolefit failed --retry', () => {
  it('resets the attempts of the jobs it retries', async () => {
    const redisUrl = redisUrlForTests();
    const queueName = uniqueQueueName('retry-attempts');
    const queue = new Queue(queueName, { connection: connectRedis(redisUrl), skipMetasUpdate: true });
    const events = new QueueEvents(queueName, { connection: connectRedis(redisUrl) });
    try {
      await events.waitUntilReady();
      const context = { taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: defaultReadOptions };
      const worker = startWorker({ redisUrl, queueName, concurrency: 1, context, logger: pino({ level: 'silent' }) });
      // A payload the contract refuses: it fails at once, after one attempt.
      const job = await queue.add(analyseJobName, { source: 'broken' }, { jobId: 'retry-me', attempts: 3 });
      await job.waitUntilFinished(events, 20_000).catch(() => undefined);
      // Stopped, so the retried job stays waiting, with the attempts the retry left it.
      await worker.close();
      expect((await queue.getJob('retry-me'))?.attemptsMade).toBe(1);

      const run = await runCli(['failed', '--retry', 'retry-me'], { REDIS_URL: redisUrl, ROLEFIT_QUEUE: queueName }, 30_000);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('retried 1 job(s): retry-me\n');
      expect(await queue.getJobState('retry-me')).toBe('waiting');
      const retried = await queue.getJob('retry-me');
      expect(retried?.attemptsMade).toBe(0);
      expect(retried?.attemptsStarted).toBe(0);
    } finally {
      await events.close();
      await queue.close();
      await removeQueues(redisUrl, queueName);
    }
  }, 60_000);
});
