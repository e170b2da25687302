import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/cli/match-command.js';
import type { AnalysisResult } from '../../src/contracts/result-schema.js';
import type { PipelineContext } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { enqueueFiles, jobIdFor } from '../../src/queue/enqueue-files.js';
import { connectRedis } from '../../src/queue/redis-connection.js';
import { startDashboard } from '../../src/queue/dashboard.js';
import { listFailedJobs, retryFailedJobs, withQueue } from '../../src/queue/failed-jobs.js';
import { startWorker, type RunningWorkers } from '../../src/queue/start-worker.js';
import { batchResultSchemaVersion } from '../../src/queue/batch-contract.js';
import { batchQueueNameFor, submitBatch } from '../../src/queue/submit-batch.js';
import { formatYearMonth } from '../../src/reference-date.js';
import { contactMentions } from '../support/contact-mentions.js';
import { redisUrlForTests, uniqueQueueName } from '../support/redis.js';
import { allSampleFiles, brokenSampleCodes, sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { startTestWorker, type TestWorker } from '../support/test-worker.js';

/** What must agree between the queue and in-process: everything but timings and the source name. */
function comparable(result: AnalysisResult): unknown {
  if (!result.ok) return result.error;
  const { candidate, matches, gapAnalysis, taxonomy, referenceDate } = result;
  return { candidate, matches, gapAnalysis, taxonomy, referenceDate };
}

describe('queue worker on real Redis', () => {
  let redisUrl: string;
  let context: PipelineContext;
  let worker: RunningWorkers;
  const queueName = uniqueQueueName('worker');

  beforeAll(async () => {
    redisUrl = redisUrlForTests();
    const taxonomy = await builtInTaxonomy();
    context = { taxonomy, referenceDate: sampleReferenceDate, read: defaultReadOptions };
    worker = startWorker({ redisUrl, queueName, concurrency: 2, context, logger: pino({ level: 'silent' }) });
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

  it('redacts a job that asks for it, under a job id of its own', async () => {
    const [file] = (await allSampleFiles()).filter((f) => f.endsWith('telesales-tanya-brooks.txt'));
    if (!file) throw new Error('sample missing');
    const [plain] = await enqueueFiles([file], settings());
    const [blind] = await enqueueFiles([file], { ...settings(), options: { ...settings().options, redact: true } });
    if (!plain?.ok || !blind?.ok) throw new Error('the sample failed');
    expect(plain.source).toBe(file);
    expect(contactMentions(JSON.stringify(plain), plain.candidate.contact)).toContain(plain.candidate.contact.name);
    expect(blind.redacted).toBe(true);
    expect(contactMentions(JSON.stringify(blind), plain.candidate.contact)).toEqual([]);
  });
});

describe('batches on real Redis', () => {
  let worker: TestWorker;

  beforeAll(async () => {
    worker = await startTestWorker('batch');
  });

  afterAll(() => worker.close());

  const settings = () => ({
    redisUrl: worker.redisUrl,
    queueName: worker.queueName,
    batchQueueName: batchQueueNameFor(worker.queueName),
    options: { referenceDate: formatYearMonth(sampleReferenceDate) },
    read: defaultReadOptions,
    taxonomyHash: worker.taxonomyHash,
    timeoutMs: 60_000,
  });

  it('completes when every child has finished, and lists failures in the shortlist', async () => {
    const files = [...(await allSampleFiles()), 'samples/no-such-file.pdf'];
    const result = await submitBatch(files, settings());
    expect(result.schemaVersion).toBe(batchResultSchemaVersion);
    expect(result.total).toBe(files.length);
    expect(result.entries.map((e) => e.source).sort()).toEqual([...files].sort());
    const broken = result.entries.filter((e) => !e.ok).map((e) => [e.source.split('/').at(-1), e.error?.code]);
    expect(Object.fromEntries(broken)).toEqual({ ...brokenSampleCodes, 'no-such-file.pdf': 'read_failed' });
    const csv = result.shortlistCsv.trim().split('\n');
    expect(csv.filter((line) => line.includes('corrupt_document')).length).toBe(2);
    expect(csv.filter((line) => line.startsWith('customer-service-representative,')).length).toBe(result.succeeded);
  });

  it('gathers a batch larger than one page of finished children, each child once', async () => {
    // The parent reads finished children 100 at a time (HSCAN): 150 distinct resumes make it page through.
    const folder = await mkdtemp(join(tmpdir(), 'rolefit-big-batch-'));
    const files = await Promise.all(
      Array.from({ length: 150 }, async (_, index) => {
        const file = join(folder, `agent-${String(index).padStart(3, '0')}.txt`);
        const lines = [`Agent ${index}`, 'EXPERIENCE', `Customer Service Representative, Acme ${index}, Jan 2020 - Present`, 'Handled inbound calls in Zendesk.'];
        await writeFile(file, lines.join('\n'));
        return file;
      }),
    );
    const result = await submitBatch(files, settings());
    expect(result).toMatchObject({ total: 150, succeeded: 150, failed: 0 });
    expect(result.entries.map((e) => e.source)).toEqual(files);
    expect(result.entries.every((e) => e.best?.roleId === 'customer-service-representative')).toBe(true);
    const rows = result.shortlistCsv.trim().split('\n').filter((line) => line.startsWith('customer-service-representative,'));
    expect(rows.length).toBe(150);
  });

  it('lists a resume sent twice under two names under each name, analysed once', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rolefit-twice-'));
    const text = 'Agent Twice\nEXPERIENCE\nCustomer Service Representative, Acme, Jan 2020 - Present';
    const files = [join(folder, 'inbox-cv.txt'), join(folder, 'copy-of-cv.txt')];
    for (const file of files) await writeFile(file, text);
    const result = await submitBatch(files, settings());
    expect(result.entries.map((e) => [e.source, e.ok])).toEqual(files.map((file) => [file, true]));
    expect(new Set(result.entries.map((e) => e.jobId)).size).toBe(1);
    const rows = result.shortlistCsv.trim().split('\n').filter((line) => line.startsWith('customer-service-representative,'));
    // By the source cell, not anywhere in the row: a row's notes may name the other copy ("same … as inbox-cv.txt").
    expect(rows.map((row) => files.find((file) => row.split(',').includes(file)))).toEqual(expect.arrayContaining(files));
  });

  it('keeps contact details out of a redacted batch: shortlist, entries and sources', async () => {
    const files = (await allSampleFiles()).filter((f) => f.endsWith('.txt') && !f.includes('broken'));
    const result = await submitBatch(files, { ...settings(), options: { ...settings().options, redact: true } });
    expect(result.succeeded).toBe(files.length);
    const context = { taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: defaultReadOptions };
    for (const file of files) {
      const plain = await analyseFile(file, context);
      if (!plain.ok) throw new Error(`${file} failed`);
      expect(contactMentions(JSON.stringify(result), plain.candidate.contact), file).toEqual([]);
    }
  });

  it('names every file of a blind batch by its own blind name, failures and copies of one resume too', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rolefit-blind-'));
    const text = 'Agent Twice\nEXPERIENCE\nCustomer Service Representative, Acme, Jan 2020 - Present';
    const copies = [join(folder, 'Angelica Reyes CV.txt'), join(folder, 'ph-csr-angelica-reyes.txt')];
    for (const file of copies) await writeFile(file, text);
    const broken = join(folder, 'Pooja-Sharma-Resume.pdf');
    await writeFile(broken, '%PDF-1.4 not really');
    const missing = join(folder, 'Ravi-Teja-CV.docx');
    const result = await submitBatch([...copies, broken, missing], { ...settings(), options: { ...settings().options, redact: true } });
    const sources = result.entries.map((e) => e.source);
    expect(sources.every((source) => /^resume-[0-9a-f]{16}\.(txt|pdf|docx)$/.test(source))).toBe(true);
    expect(new Set(sources).size).toBe(4);
    // Nor do the jobs in Redis, or the failed jobs an operator lists.
    const failed = await withQueue(worker.redisUrl, worker.queueName, (queue) => listFailedJobs(queue, 100));
    const jobs = await withQueue(worker.redisUrl, worker.queueName, (queue) => queue.getJobs(['completed', 'failed']));
    const stored = JSON.stringify([failed, jobs.map((job) => ({ data: { ...(job.data as object), document: null }, reason: job.failedReason }))]);
    for (const name of ['Angelica', 'angelica', 'Pooja', 'Ravi', folder]) {
      expect(JSON.stringify(result).includes(name), name).toBe(false);
      expect(stored.includes(name), name).toBe(false);
    }
  });

  it('processes the same batch submitted twice once', async () => {
    const files = (await allSampleFiles()).filter((f) => f.endsWith('.txt') && !f.includes('broken'));
    const first = await submitBatch(files, settings());
    const batches = new Queue(batchQueueNameFor(worker.queueName), { connection: connectRedis(worker.redisUrl) });
    const before = (await batches.getJobCounts('completed')).completed ?? 0;
    const second = await submitBatch(files, settings());
    const after = (await batches.getJobCounts('completed')).completed ?? 0;
    await batches.close();
    expect(second).toEqual(first);
    expect(after).toBe(before);
  });

  it('lists failed jobs with their codes and does not retry bad input by default', async () => {
    const failed = await withQueue(worker.redisUrl, worker.queueName, (queue) => listFailedJobs(queue, 100));
    expect(failed.map((f) => f.code)).toContain('corrupt_document');
    expect(failed.every((f) => f.attempts === 1)).toBe(true);
    const retried = await withQueue(worker.redisUrl, worker.queueName, (queue) => retryFailedJobs(queue, [], 100));
    expect(retried).toEqual([]);
  });
});

describe('dashboard', () => {
  it('serves Bull Board and a health check that reports Redis', async () => {
    const redisUrl = redisUrlForTests();
    const dashboard = await startDashboard({ redisUrl, queueName: uniqueQueueName('dashboard'), port: 0, host: '127.0.0.1' });
    try {
      const health = await fetch(`${dashboard.url}healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, counts: { waiting: 0, active: 0 } });
      const page = await fetch(dashboard.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/bull/i);
    } finally {
      await dashboard.close();
    }
  });

  it('reports 503 when Redis does not answer', async () => {
    const dashboard = await startDashboard({ redisUrl: 'redis://127.0.0.1:1', queueName: 'rolefit', port: 0, host: '127.0.0.1' });
    try {
      const health = await fetch(`${dashboard.url}healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ ok: false });
    } finally {
      await dashboard.close();
    }
  });
});
