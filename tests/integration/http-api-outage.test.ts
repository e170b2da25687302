/** The job API while Redis is away: a fast 503 `busy` in the API's error shape, never a request left hanging. */
import type { ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { startDashboard, type RunningDashboard } from '../../src/queue/dashboard.js';
import { freePort, startRedisServer } from '../support/redis-global-setup.js';
import { uniqueQueueName } from '../support/redis.js';

const token = 'outage-token-0123456789';
const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
const payload = JSON.stringify({ source: 'a.txt', document: { contentBase64: Buffer.from('Jane Doe\nCustomer service').toString('base64'), fileName: 'a.txt' } });

let redis: ChildProcess | undefined;
let dashboard: RunningDashboard | undefined;
afterEach(async () => {
  await dashboard?.close();
  redis?.kill('SIGKILL');
});

async function startWithOwnRedis(): Promise<{ url: string; redisUrl: string }> {
  const port = await freePort();
  redis = await startRedisServer(port);
  const redisUrl = `redis://127.0.0.1:${port}`;
  dashboard = await startDashboard({ redisUrl, queueName: uniqueQueueName('outage'), port: 0, host: '127.0.0.1', apiToken: token });
  return { url: dashboard.url, redisUrl };
}

/** A request's status, body and how long it took; a request still unanswered after 15 s fails the test. */
async function timed(url: string, init: RequestInit): Promise<{ status: number; body: unknown; ms: number; retryAfter: string | null }> {
  const startedAt = Date.now();
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  return { status: response.status, body: await response.json(), ms: Date.now() - startedAt, retryAfter: response.headers.get('retry-after') };
}

describe('the job API with Redis away', () => {
  it('answers every route, /healthz too, at once with 503 busy while Redis is down', async () => {
    const { url } = await startWithOwnRedis();
    // Up first: the API answers as usual.
    expect((await timed(new URL('api/jobs/no-such-job', url).href, { headers: auth })).status).toBe(404);
    redis?.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const health = await timed(new URL('healthz', url).href, {});
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringContaining('Redis is unavailable') as unknown } });
    const requests: [string, RequestInit][] = [
      ['api/jobs/no-such-job', { headers: auth }],
      ['api/jobs', { method: 'POST', headers: auth, body: payload }],
      ['api/jobs/no-such-job/retry', { method: 'POST', headers: auth }],
    ];
    for (const [path, init] of requests) {
      const answer = await timed(new URL(path, url).href, init);
      expect(answer.status, path).toBe(503);
      expect(answer.body).toMatchObject({ error: { code: 'busy', message: expect.stringContaining('Redis is unavailable') as unknown } });
      expect(answer.retryAfter).toBe('1');
      expect(answer.ms).toBeLessThan(2000);
    }
    // The token is still asked for first.
    expect((await timed(new URL('api/jobs/no-such-job', url).href, {})).status).toBe(401);
  }, 30_000);

  it('answers 503 busy when Redis stops answering in the middle of a request', async () => {
    const { url, redisUrl } = await startWithOwnRedis();
    const admin = new Redis(redisUrl);
    // Connected, but answering nothing: as a Redis that hangs, or a network that drops packets.
    await admin.call('CLIENT', 'PAUSE', '10000', 'ALL');
    admin.disconnect();
    const answer = await timed(new URL('api/jobs/no-such-job', url).href, { headers: auth });
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ error: { code: 'busy' } });
    expect(answer.ms).toBeLessThan(8000);
  }, 30_000);
});
