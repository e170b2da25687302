/** The queue contract over HTTP, as a Java or .NET HR system uses it: post a job, poll for its outcome. */
import { readFile } from 'node:fs/promises';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseJobName } from '../../src/queue/job-contract.js';
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
    // Roles and a posting together: the published schema and the worker refuse them alike, before anything is queued.
    const both = await call('api/jobs', {
      method: 'POST',
      body: { source: 'x', document: { path: 'a.txt' }, options: { roles: ['team-leader'], jobDescription: { text: 'Team Leader', name: 'tl.txt' } } },
    });
    expect(both.status).toBe(400);
    expect(both.body.error).toMatchObject({ code: 'invalid_job', issues: [{ path: ['options', 'jobDescription'], message: 'Give either roles or a jobDescription, not both.' }] });
    // A document just over the limit is too large, not an invalid payload.
    const large = await call('api/jobs', {
      method: 'POST',
      body: { source: 'x', document: { contentBase64: Buffer.alloc(10 * 1024 * 1024 + 12).toString('base64'), fileName: 'cv.pdf' } },
    });
    expect(large.status).toBe(413);
    expect(large.body.error).toMatchObject({ code: 'file_too_large' });
    const byteOver = await call('api/jobs', {
      method: 'POST',
      body: { source: 'x', document: { contentBase64: Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64'), fileName: 'cv.pdf' } },
    });
    expect([byteOver.status, byteOver.body.error]).toEqual([413, { code: 'file_too_large', message: 'The document is 10,485,761 bytes; the limit is 10,485,760 bytes (10.0 MB).' }]);
    const unknown = await call('api/jobs/no-such-job');
    expect(unknown.status).toBe(404);
    const anonymous = await call('api/jobs/no-such-job', { headers: { authorization: '' } });
    expect(anonymous.status).toBe(401);
  });
});

describe('the largest valid job', () => {
  it('is read whole: a document at the limit and a long posting, every character escaped as JSON may', async () => {
    const posting = 'ग्राहक सेवा '.repeat(8000);
    // Roles and a posting together: invalid only once read, so a 400 proves the body was taken in full.
    const body = JSON.stringify({
      source: 'x',
      document: { contentBase64: Buffer.alloc(10 * 1024 * 1024 - 10, 65).toString('base64'), fileName: 'cv.txt' },
      options: { roles: ['team-leader'], jobDescription: { text: posting, name: 'posting.txt' } },
    }).replace(/[^ -~]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(body.length).toBeGreaterThan(14_000_000);
    const response = await fetch(new URL('api/jobs', dashboard.url), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_job', issues: [{ path: ['options', 'jobDescription'] }] } });
  });
});

/** A resume of its own: the same sample with a numbered line, so each gets its own job. */
async function numberedResume(index: number): Promise<Record<string, unknown>> {
  const text = await readFile(new URL('../../samples/wfm-analyst-daniel-okafor.txt', import.meta.url), 'utf8');
  const bytes = Buffer.from(`${text}\nReference number ${index}\n`);
  return { source: `ats-poll-${index}`, document: { contentBase64: bytes.toString('base64'), fileName: 'cv.txt' }, options: { referenceDate: '2026-11' } };
}

describe('the job API polled while jobs finish', () => {
  it('never reports a finished job without its result or its error', async () => {
    const payloads = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        // Every fourth document is empty: it fails as empty_file.
        index % 4 === 3 ? Promise.resolve({ source: `ats-poll-${index}`, document: { contentBase64: '', fileName: 'cv.txt' } }) : numberedResume(index),
      ),
    );
    const posted = await Promise.all(payloads.map((body) => call('api/jobs', { method: 'POST', body })));
    expect(posted.map((answer) => answer.body.created)).toEqual(payloads.map(() => true));
    // Every job is polled at once, without pause, from before it starts until it has finished: the reads meet the
    // worker finishing jobs many times over.
    const seen = await Promise.all(
      posted.map(async ({ body }, index) => {
        const answers: Record<string, unknown>[] = [];
        const deadline = Date.now() + 60_000;
        for (;;) {
          const answer = await call(`api/jobs/${String(body.jobId)}`);
          expect(answer.status).toBe(200);
          answers.push(answer.body);
          if (answer.body.state === 'completed' || answer.body.state === 'failed') return { index, answers };
          if (Date.now() > deadline) throw new Error(`job ${index} did not finish`);
        }
      }),
    );
    for (const { index, answers } of seen) {
      for (const answer of answers) {
        if (answer.state === 'completed') expect(answer.result).toMatchObject({ ok: true, source: `ats-poll-${index}` });
        if (answer.state === 'failed') {
          expect(answer.error).toEqual({ code: 'empty_file', message: expect.stringMatching(/\S/) as unknown });
        }
      }
      expect(answers.at(-1)?.state).toBe(index % 4 === 3 ? 'failed' : 'completed');
    }
  });
});

describe('idempotency', () => {
  const payload = async (source: string): Promise<Record<string, unknown>> => ({ ...(await numberedResume(1000)), source });

  it('refuses a used Idempotency-Key with another payload, and takes the same payload in any key order', async () => {
    const first = await call('api/jobs', { method: 'POST', body: await payload('candidate-a'), headers: { 'idempotency-key': 'ats-key-1' } });
    expect(first).toEqual({ status: 202, body: { jobId: 'ats-key-1', created: true } });
    const other = await call('api/jobs', { method: 'POST', body: await payload('candidate-b'), headers: { 'idempotency-key': 'ats-key-1' } });
    expect(other.status).toBe(409);
    expect(other.body).toEqual({ error: { code: 'idempotency_conflict', message: expect.stringContaining('ats-key-1') as unknown } });
    const { options, document, source } = await payload('candidate-a');
    const reordered = await call('api/jobs', { method: 'POST', body: { options, document, source }, headers: { 'idempotency-key': 'ats-key-1' } });
    expect(reordered).toEqual({ status: 202, body: { jobId: 'ats-key-1', created: false } });
  });

  it('names a job without a key by its payload, whatever the order of its keys', async () => {
    const { source, document, options } = await payload('candidate-c');
    const first = await call('api/jobs', { method: 'POST', body: { source, document, options } });
    const reordered = await call('api/jobs', {
      method: 'POST',
      body: { options: { referenceDate: '2026-11' }, document: { fileName: 'cv.txt', contentBase64: (document as { contentBase64: string }).contentBase64 }, source },
    });
    expect(first.body.created).toBe(true);
    expect(reordered.body).toEqual({ jobId: first.body.jobId, created: false });
  });

  it('refuses keys BullMQ cannot hold as job ids: whole numbers, and the names of its own keys', async () => {
    const body = await payload('candidate-e');
    for (const key of ['10294', 'meta', 'stalled', 'a:b']) {
      const answer = await call('api/jobs', { method: 'POST', body, headers: { 'idempotency-key': key } });
      expect(answer.status, key).toBe(400);
      expect(answer.body).toEqual({ error: { code: 'invalid_job', message: expect.stringMatching(/^Idempotency-Key holds 1 to 128 letters/) as unknown } });
    }
    expect((await call('api/jobs/meta')).status).toBe(404);
  });

  it('creates one job for many concurrent posts with one key', async () => {
    const body = await payload('candidate-d');
    const answers = await Promise.all(Array.from({ length: 20 }, () => call('api/jobs', { method: 'POST', body, headers: { 'idempotency-key': 'ats-key-2' } })));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 202));
    expect(answers.filter((answer) => answer.body.created === true)).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.body.jobId))).toEqual(new Set(['ats-key-2']));
  });
});

describe('jobs added straight to the queue', () => {
  it('answers for any id BullMQ took: its own numbers, and ids with spaces or signs', async () => {
    const queue = new Queue(worker.queueName, { connection: { url: worker.redisUrl } });
    try {
      const numbered = await queue.add(analyseJobName, await numberedResume(4000));
      const named = await Promise.all(['ATS 10294', 'ats@10294', 'ÄTS-10294'].map(async (jobId, index) =>
        (await queue.add(analyseJobName, await numberedResume(4001 + index), { jobId })).id));
      for (const jobId of [numbered.id, ...named]) {
        const done = await outcome(encodeURIComponent(String(jobId)));
        expect(done.body, String(jobId)).toMatchObject({ jobId, state: 'completed', result: { ok: true } });
      }
    } finally {
      await queue.close();
    }
  });
});

describe('requests the API does not take', () => {
  it('answers a JSON body sent as text/plain with 415', async () => {
    const response = await fetch(new URL('api/jobs', dashboard.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      body: JSON.stringify(await numberedResume(2000)),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      error: { code: 'unsupported_media_type', message: 'Send the job as JSON, with Content-Type: application/json.' },
    });
  });

  it('answers unknown routes with a JSON 404', async () => {
    for (const [method, path] of [['DELETE', 'api/jobs/ats-1002-v1'], ['GET', 'api/jobs/a/b'], ['PUT', 'api/jobs'], ['GET', 'no-such-page']] as const) {
      const answer = await call(path, { method });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.body).toEqual({ error: { code: 'not_found', message: expect.any(String) as unknown } });
    }
  });

  it('retries only a failed job', async () => {
    const unknown = await call('api/jobs/no-such-job/retry', { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'not_found' } });
    const posted = await call('api/jobs', { method: 'POST', body: await numberedResume(3000) });
    await outcome(String(posted.body.jobId));
    const completed = await call(`api/jobs/${String(posted.body.jobId)}/retry`, { method: 'POST' });
    expect(completed.status).toBe(409);
    expect(completed.body).toEqual({ error: { code: 'not_failed', message: `Job ${String(posted.body.jobId)} is completed: only a failed job can be retried.` } });
  });
});
