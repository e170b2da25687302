/** What ROLEFIT_API_TOKEN guards: every path but /healthz, the Bull Board page and the API its page fetches included. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type RunningDashboard } from '../../src/queue/dashboard.js';
import { redisUrlForTests, uniqueQueueName } from '../support/redis.js';

const token = 'dashboard-token-0123456789';
const queueName = uniqueQueueName('dashboard-auth');
let dashboard: RunningDashboard;

beforeAll(async () => {
  dashboard = await startDashboard({ redisUrl: redisUrlForTests(), queueName, port: 0, host: '127.0.0.1', apiToken: token });
});

afterAll(() => dashboard.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, dashboard.url), { headers });
const send = (method: string, path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, dashboard.url), { method, headers: { 'content-type': 'application/json', ...headers }, body: method === 'PUT' || method === 'POST' ? '{}' : null });
const basic = (user: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

describe('the dashboard with ROLEFIT_API_TOKEN set', () => {
  it('refuses the board, its API and unknown paths without the token, asking a browser for basic auth', async () => {
    for (const path of ['', 'api/queues?activeQueue=&status=latest&page=1', 'no-such-page']) {
      const anonymous = await get(path);
      expect(anonymous.status, path).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
      expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
    expect((await send('POST', `api/queues/${queueName}/add`)).status).toBe(401);
    expect((await send('PUT', `api/queues/${queueName}/pause`)).status).toBe(401);
    expect((await get('', basic('admin', 'not-the-token-at-all'))).status).toBe(401);
    expect((await get('', { authorization: 'Bearer not-the-token-at-all' })).status).toBe(401);
  });

  it('serves the board and the API its page fetches with the token, as a bearer or a basic-auth password', async () => {
    const page = await get('', basic('anyone', token));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    // What the board's page asks for first: the queues and their jobs.
    const queues = await get('api/queues?activeQueue=&status=latest&page=1', { authorization: `Bearer ${token}` });
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: { name: string }[] };
    expect(body.queues.map((queue) => queue.name)).toContain(queueName);
    expect((await get(`api/jobs/no-such-job`, basic('', token))).status).toBe(404);
  });

  it('leaves /healthz open for health checks', async () => {
    expect((await get('healthz')).status).toBe(200);
  });

  it('asks for the token on the job API, in its error shape', async () => {
    const anonymous = await get('api/jobs/no-such-job');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: 'unauthorized', message: 'Send Authorization: Bearer <ROLEFIT_API_TOKEN>.' } });
    const wrong = await get('api/jobs/no-such-job', { authorization: 'Bearer not-the-token-at-all' });
    expect(wrong.status).toBe(401);
    const known = await get('api/jobs/no-such-job', { authorization: `Bearer ${token}` });
    expect(known.status).toBe(404);
    expect(await known.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
