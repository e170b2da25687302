/**
 * A failed job run again over HTTP, as an HR system does once the cause is fixed: here a document that was not yet on
 * the shared storage when its job ran.
 */
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type RunningDashboard } from '../../src/queue/dashboard.js';
import { startWorker, type RunningWorkers } from '../../src/queue/start-worker.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { redisUrlForTests, uniqueQueueName } from '../support/redis.js';
import { removeQueues } from '../support/test-worker.js';
import { sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const redisUrl = redisUrlForTests();
const queueName = uniqueQueueName('http-retry');
let documentRoot: string;
let worker: RunningWorkers;
let dashboard: RunningDashboard;

beforeAll(async () => {
  documentRoot = await mkdtemp(join(tmpdir(), 'rolefit-http-retry-'));
  const context = { taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: defaultReadOptions };
  worker = startWorker({ redisUrl, queueName, concurrency: 1, context, logger: pino({ level: 'silent' }), documentRoot });
  await worker.waitUntilReady();
  dashboard = await startDashboard({ redisUrl, queueName, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await dashboard.close();
  await worker.close();
  await removeQueues(redisUrl, queueName);
  await rm(documentRoot, { recursive: true, force: true });
});

async function call(path: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(new URL(path, dashboard.url), {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function finished(jobId: string): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const { body } = await call(`api/jobs/${jobId}`);
    if (body.state === 'completed' || body.state === 'failed') return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${jobId} did not finish`);
}

describe('POST /api/jobs/:id/retry', () => {
  it('runs a failed job again, while posting it again only returns the old failure', async () => {
    const job = { source: 'ats-7001', document: { path: 'ats-7001.txt' }, options: { referenceDate: '2026-11' } };
    const key = { 'idempotency-key': 'ats-7001' };
    expect((await call('api/jobs', 'POST', job, key)).body).toEqual({ jobId: 'ats-7001', created: true });
    expect(await finished('ats-7001')).toMatchObject({ state: 'failed', error: { code: 'read_failed' } });
    // The document arrives on the shared storage; posting the job again is idempotent and runs nothing.
    await writeFile(join(documentRoot, 'ats-7001.txt'), await readFile(new URL('../../samples/telesales-tanya-brooks.txt', import.meta.url)));
    expect((await call('api/jobs', 'POST', job, key)).body).toEqual({ jobId: 'ats-7001', created: false });
    expect(await finished('ats-7001')).toMatchObject({ state: 'failed', error: { code: 'read_failed' } });

    const retried = await call('api/jobs/ats-7001/retry', 'POST');
    expect(retried).toEqual({ status: 202, body: { jobId: 'ats-7001', retried: true } });
    // No longer failed (waiting, active or completed by now), so it cannot be retried twice.
    const again = await call('api/jobs/ats-7001/retry', 'POST');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'not_failed' } });
    const done = await finished('ats-7001');
    expect(done).toMatchObject({ state: 'completed', result: { ok: true, source: 'ats-7001' } });
  });
});
