/** A queue worker in the test process, on a queue of its own, analysing with the built-in taxonomy at the samples' date. */
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { connectRedis } from '../../src/queue/redis-connection.js';
import { startWorker } from '../../src/queue/start-worker.js';
import { batchQueueNameFor } from '../../src/queue/submit-batch.js';
import { redisUrlForTests, uniqueQueueName } from './redis.js';
import { sampleReferenceDate } from './samples.js';
import { builtInTaxonomy } from './taxonomy.js';

export interface TestWorker {
  readonly redisUrl: string;
  readonly queueName: string;
  readonly taxonomyHash: string;
  /** Stops the worker and removes its queue and batch queue from Redis. */
  close(): Promise<void>;
}

export async function startTestWorker(label: string): Promise<TestWorker> {
  const redisUrl = redisUrlForTests();
  const queueName = uniqueQueueName(label);
  const taxonomy = await builtInTaxonomy();
  const context = { taxonomy, referenceDate: sampleReferenceDate, read: defaultReadOptions };
  const worker = startWorker({ redisUrl, queueName, concurrency: 2, context, logger: pino({ level: 'silent' }) });
  await worker.waitUntilReady();
  return {
    redisUrl,
    queueName,
    taxonomyHash: taxonomy.source.hash,
    async close() {
      await worker.close();
      await removeQueues(redisUrl, queueName);
    },
  };
}

/** Removes a queue and its batch queue from Redis, with the jobs and settings a worker or client left there. */
export async function removeQueues(redisUrl: string, queueName: string): Promise<void> {
  const connection = connectRedis(redisUrl);
  for (const name of [queueName, batchQueueNameFor(queueName)]) {
    const queue = new Queue(name, { connection });
    await queue.obliterate({ force: true });
    await queue.close();
  }
  // BullMQ does not close a connection it was given.
  await connection.quit();
}
