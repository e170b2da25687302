import { Queue, type Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/cli/match-command.js';
import type { AnalysisResult } from '../../src/contracts/result-schema.js';
import type { PipelineContext } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { enqueueFiles, jobIdFor } from '../../src/queue/enqueue-files.js';
import { connectRedis } from '../../src/queue/redis-connection.js';
import { startWorker } from '../../src/queue/start-worker.js';
import { formatYearMonth } from '../../src/reference-date.js';
import { redisUrlForTests, uniqueQueueName } from '../support/redis.js';
import { allSampleFiles, brokenSampleCodes, sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

/** What must agree between the queue and in-process: everything but timings and the source name. */
function comparable(result: AnalysisResult): unknown {
  if (!result.ok) return result.error;
  const { candidate, matches, gapAnalysis, taxonomy, referenceDate } = result;
  return { candidate, matches, gapAnalysis, taxonomy, referenceDate };
}

describe('queue worker on real Redis', () => {
  let redisUrl: string;
  let context: PipelineContext;
  let worker: Worker;
  const queueName = uniqueQueueName('worker');
  const log: string[] = [];

  beforeAll(async () => {
    redisUrl = redisUrlForTests();
    const taxonomy = await builtInTaxonomy();
    context = { taxonomy, referenceDate: sampleReferenceDate, read: defaultReadOptions };
    worker = startWorker({ redisUrl, queueName, concurrency: 2, context, log: (m) => log.push(m) });
    await worker.waitUntilReady();
  });

  afterAll(async () => {
    await worker.close();
    const queue = new Queue(queueName, { connection: connectRedis(redisUrl) });
    await queue.obliterate({ force: true });
    await queue.close();
  });

  const settings = () => ({
    redisUrl,
    queueName,
    options: { referenceDate: formatYearMonth(sampleReferenceDate) },
    read: defaultReadOptions,
    taxonomyHash: context.taxonomy.source.hash,
    timeoutMs: 20_000,
  });

  it('gives the same results as the in-process pipeline for every sample, broken ones with their codes', async () => {
    const files = await allSampleFiles();
    const queued = await enqueueFiles(files, settings());
    const local = await Promise.all(files.map((file) => analyseFile(file, context)));
    expect(queued.map((r) => r.source)).toEqual(files);
    expect(queued.map(comparable)).toEqual(local.map(comparable));
    for (const result of queued) {
      const code = brokenSampleCodes[result.source.split('/').at(-1) ?? ''];
      expect(result.ok ? 'ok' : result.error.code).toBe(code ?? 'ok');
    }
  });

  it('fails bad input at once, without retries', async () => {
    const [broken] = (await allSampleFiles()).filter((f) => f.endsWith('broken/corrupt.pdf'));
    if (!broken) throw new Error('samples/broken/corrupt.pdf is missing');
    const [result] = await enqueueFiles([broken], settings());
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt_document' } });
    const queue = new Queue(queueName, { connection: connectRedis(redisUrl) });
    const { readFile } = await import('node:fs/promises');
    const job = await queue.getJob(jobIdFor(await readFile(broken), settings().options, settings().taxonomyHash));
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toMatch(/^corrupt_document: /);
    await queue.close();
  });

  it('processes a resume submitted twice only once', async () => {
    const [file] = (await allSampleFiles()).filter((f) => f.endsWith('telesales-tanya-brooks.txt'));
    if (!file) throw new Error('sample missing');
    const queue = new Queue(queueName, { connection: connectRedis(redisUrl) });
    const before = (await queue.getJobCounts('completed')).completed ?? 0;
    const [first, second] = await enqueueFiles([file, file], settings());
    const after = (await queue.getJobCounts('completed')).completed ?? 0;
    expect(first).toEqual(second);
    expect(after - before).toBeLessThanOrEqual(1);
    await queue.close();
  });
});
