/** The queue contract over HTTP, as a Java or .NET HR system uses it: post a job, poll for its outcome. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type RunningDashboard } from '../../src/queue/dashboard.js';
import { startTestWorker, type TestWorker } from '../support/test-worker.js';

const token = 'test-token-0123456789';
let worker: TestWorker;
let dashboard: RunningDashboard;

beforeAll(async () => {
  worker = await startTestWorker('http-api');
  dashboard = await startDashboard({ redisUrl: worker.redisUrl, queueName: worker.queueName, port: 0, host: '127.0.0.1', apiToken: token });
});

afterAll(async () => {
  await dashboard.close();
  await worker.close();
});

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

async function call(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(new URL(path, dashboard.url), {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Polls a job until it has finished, as a client would. */
async function outcome(jobId: string): Promise<Answer> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const answer = await call(`api/jobs/${jobId}`);
    if (answer.body.state === 'completed' || answer.body.state === 'failed') return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${jobId} did not finish`);
}

describe('the job API', () => {
  it('runs a posted job once, however often it is posted, and answers with its result', async () => {
    const bytes = await readFile(new URL('../../samples/telesales-tanya-brooks.txt', import.meta.url));
    const payload = { source: 'ats-1001', document: { contentBase64: bytes.toString('base64'), fileName: 'tanya.txt' }, options: { referenceDate: '2026-11' } };
    const first = await call('api/jobs', { method: 'POST', body: payload });
    expect(first.status).toBe(202);
    expect(first.body.created).toBe(true);
    const again = await call('api/jobs', { method: 'POST', body: payload });
    expect(again.body).toEqual({ jobId: first.body.jobId, created: false });
    const done = await outcome(String(first.body.jobId));
    expect(done.body.state).toBe('completed');
    const result = done.body.result as { ok: boolean; source: string; matches: { roleId: string }[] };
    expect(result).toMatchObject({ ok: true, source: 'ats-1001' });
    expect(result.matches[0]?.roleId).toBe('telesales-representative');
  });

  it('fails a damaged document with its code, under the id the caller chose', async () => {
    const payload = { source: 'ats-1002', document: { contentBase64: Buffer.from('%PDF-1.7\n1 0 obj broken').toString('base64'), fileName: 'cv.pdf' } };
    const posted = await call('api/jobs', { method: 'POST', body: payload, headers: { 'idempotency-key': 'ats-1002-v1' } });
    expect(posted.body).toEqual({ jobId: 'ats-1002-v1', created: true });
    const done = await outcome('ats-1002-v1');
    expect(done.body).toMatchObject({ state: 'failed', error: { code: 'corrupt_document' } });
  });

  it('refuses an invalid payload at once, saying where, and asks for the token', async () => {
    const invalid = await call('api/jobs', { method: 'POST', body: { source: 'x', document: { contentBase64: 'abc', fileName: 'a.txt' } } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatchObject({
      code: 'invalid_job',
      issues: [{ code: 'custom', path: ['document', 'contentBase64'], message: 'must be base64 padded to a multiple of 4 characters' }],
    });
    const unknown = await call('api/jobs/no-such-job');
    expect(unknown.status).toBe(404);
    const anonymous = await call('api/jobs/no-such-job', { headers: { authorization: '' } });
    expect(anonymous.status).toBe(401);
  });
});
