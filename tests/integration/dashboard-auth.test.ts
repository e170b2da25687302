/** What ROLEFIT_API_TOKEN guards: the job API, not the Bull Board page and the API its page fetches. */
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

describe('the dashboard with ROLEFIT_API_TOKEN set', () => {
  it('serves the board and the API its page fetches without the token', async () => {
    const page = await get('');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    // What the board's page asks for first: the queues and their jobs.
    const queues = await get('api/queues?activeQueue=&status=latest&page=1');
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: { name: string }[] };
    expect(body.queues.map((queue) => queue.name)).toContain(queueName);
  });

  it('asks for the token on the job API only', async () => {
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
