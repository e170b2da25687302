/**
 * What an HR system's own client leaves in Redis: jobs it adds without removal options are kept as the worker's
 * retention says, the event streams (which carry whole results) are bounded by the worker, and a batch parent with a
 * malformed payload fails as invalid_job.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FlowProducer, Queue, QueueEvents } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { batchJobName } from '../../src/queue/batch-contract.js';
import { enqueueFiles } from '../../src/queue/enqueue-files.js';
import { analyseJobName } from '../../src/queue/job-contract.js';
import { connectRedis } from '../../src/queue/redis-connection.js';
import { startWorker, type RunningWorkers } from '../../src/queue/start-worker.js';
import { batchQueueNameFor } from '../../src/queue/submit-batch.js';
import { redisUrlForTests, uniqueQueueName } from '../support/redis.js';
import { sampleReferenceDate, samplesDirectory } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const eventsKept = 150;

describe('what the queue keeps in Redis', () => {
  const queueName = uniqueQueueName('retention');
  let redisUrl: string;
  let worker: RunningWorkers;
  let taxonomyHash: string;
  const connection = () => connectRedis(redisUrl);

  beforeAll(async () => {
    redisUrl = redisUrlForTests();
    const taxonomy = await builtInTaxonomy();
    taxonomyHash = taxonomy.source.hash;
    worker = startWorker({
      redisUrl,
      queueName,
      concurrency: 1,
      context: { taxonomy, referenceDate: sampleReferenceDate, read: defaultReadOptions },
      logger: pino({ level: 'silent' }),
      retention: { removeOnComplete: { age: 3600, count: 1 }, removeOnFail: { age: 3600 } },
      eventsKept,
    });
    await worker.waitUntilReady();
  });

  afterAll(async () => {
    await worker.close();
    const client = connection();
    for (const name of [queueName, batchQueueNameFor(queueName)]) {
      const queue = new Queue(name, { connection: client });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await client.quit();
  });

  it('removes completed jobs an HR system added without removal options, as the worker is told to', async () => {
    const client = connection();
    const queue = new Queue(queueName, { connection: client, skipMetasUpdate: true });
    const events = new QueueEvents(queueName, { connection: connectRedis(redisUrl) });
    try {
      await events.waitUntilReady();
      const names = ['telesales-tanya-brooks.txt', 'csr-maria-santos.pdf', 'data-entry-kavya-menon.txt'];
      for (const name of names) {
        const bytes = await readFile(join(samplesDirectory, name));
        const job = await queue.add(analyseJobName, { source: name, document: { contentBase64: bytes.toString('base64'), fileName: name } });
        await job.waitUntilFinished(events, 20_000);
      }
      expect(await queue.getCompletedCount()).toBe(1);
    } finally {
      await events.close();
      await queue.close();
      await client.quit();
    }
  });

  it('bounds each queue\'s event stream, and a client submitting jobs leaves the bound as it is', async () => {
    const client = connection();
    try {
      await enqueueFiles([join(samplesDirectory, 'telesales-tanya-brooks.txt')], {
        redisUrl,
        queueName,
        options: { referenceDate: '2026-11' },
        read: defaultReadOptions,
        taxonomyHash,
        timeoutMs: 20_000,
      });
      for (const name of [queueName, batchQueueNameFor(queueName)]) {
        expect(await client.hget(`bull:${name}:meta`, 'opts.maxLenEvents')).toBe(String(eventsKept));
      }
      // Each job adds about ten events (added, waiting, active, five stages of progress, completed, …): sixty jobs
      // add some six hundred, which the stream must not keep. Redis trims in whole nodes of up to 100 entries.
      const documents = Array.from({ length: 60 }, (_, i) => ({
        source: `tiny-${i}.txt`,
        document: { contentBase64: Buffer.from(`Agent ${i}\nEXPERIENCE\nCustomer Service Representative`).toString('base64'), fileName: `tiny-${i}.txt` },
      }));
      const queue = new Queue(queueName, { connection: client, skipMetasUpdate: true });
      const events = new QueueEvents(queueName, { connection: connectRedis(redisUrl) });
      try {
        await events.waitUntilReady();
        const jobs = await queue.addBulk(documents.map((data) => ({ name: analyseJobName, data })));
        await Promise.all(jobs.map((job) => job.waitUntilFinished(events, 60_000)));
      } finally {
        await events.close();
        await queue.close();
      }
      const added = await client.xlen(`bull:${queueName}:events`);
      expect(added).toBeLessThanOrEqual(eventsKept + 100);
      expect(added).toBeGreaterThan(0);
    } finally {
      await client.quit();
    }
  });

  it('fails a batch parent whose payload is malformed as invalid_job, naming the problem', async () => {
    const client = connection();
    const flows = new FlowProducer({ connection: client });
    const batches = new Queue(batchQueueNameFor(queueName), { connection: client, skipMetasUpdate: true });
    const events = new QueueEvents(batchQueueNameFor(queueName), { connection: connectRedis(redisUrl) });
    try {
      await events.waitUntilReady();
      const bytes = await readFile(join(samplesDirectory, 'telesales-tanya-brooks.txt'));
      const flow = await flows.add({
        name: batchJobName,
        queueName: batchQueueNameFor(queueName),
        data: {},
        children: [
          {
            name: analyseJobName,
            queueName,
            data: { source: 'tanya.txt', document: { contentBase64: bytes.toString('base64'), fileName: 'tanya.txt' } },
            opts: { ignoreDependencyOnFailure: true },
          },
        ],
      });
      await expect(flow.job.waitUntilFinished(events, 20_000)).rejects.toThrow(/^invalid_job: The batch payload is invalid: batchId: /);
    } finally {
      await events.close();
      await Promise.allSettled([flows.close(), batches.close()]);
      await client.quit();
    }
  });
});
