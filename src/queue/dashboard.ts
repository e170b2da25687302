/**
 * The operators' view of the queues (Bull Board) and a health check, on one small HTTP server:
 *   /            the dashboard: jobs by state, their data, results and failure reasons; retry and clean
 *   /healthz     200 {"ok":true,…} when Redis answers, 503 otherwise (for container health checks)
 *   /api/jobs    the queue contract over HTTP, for HR systems without a BullMQ client (see http-api.ts)
 * ROLEFIT_API_TOKEN guards /api/jobs only. The board's own API (/api/queues…) is fetched by its page, which cannot
 * send a bearer token: it is as open as the page itself, which belongs behind an authenticating proxy.
 * Any other path answers a JSON 404.
 */
import type { Server } from 'node:http';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import express from 'express';
import type { Redis } from 'ioredis';
import type { Retention } from './enqueue-files.js';
import { httpApi, jsonNotFound } from './http-api.js';
import { connectRedis } from './redis-connection.js';
import { batchQueueNameFor } from './submit-batch.js';

export interface DashboardSettings {
  readonly redisUrl: string;
  readonly queueName: string;
  readonly port: number;
  readonly host: string;
  /** The job API's bearer token (ROLEFIT_API_TOKEN), asked for on /api/jobs only; none: the API is as open as the dashboard. */
  readonly apiToken?: string;
  /** How long jobs posted to the API stay once finished (ROLEFIT_KEEP_*). */
  readonly retention?: Retention;
}

export interface RunningDashboard {
  readonly url: string;
  close(): Promise<void>;
}

/** A health check must answer quickly even while Redis is away (commands otherwise wait for reconnection). */
const healthTimeoutMs = 2000;

function pingWithin(connection: Redis, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([connection.ping(), timeout]).finally(() => clearTimeout(timer));
}

export async function startDashboard(settings: DashboardSettings): Promise<RunningDashboard> {
  const connection = connectRedis(settings.redisUrl);
  // A client leaves the queue's settings in Redis (its event stream's length) as the worker set them.
  const queues = [settings.queueName, batchQueueNameFor(settings.queueName)].map((name) => new Queue(name, { connection, skipMetasUpdate: true }));
  const board = new ExpressAdapter();
  board.setBasePath('/');
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: board });

  // Connection trouble is reported by /healthz; the client keeps reconnecting on its own.
  connection.on('error', () => undefined);
  const app = express();
  app.get('/healthz', (_request, response) => {
    pingWithin(connection, healthTimeoutMs)
      .then(async () => {
        const counts = await queues[0]?.getJobCounts('waiting', 'active', 'failed', 'completed');
        response.json({ ok: true, queue: settings.queueName, counts });
      })
      .catch((error: unknown) => {
        response.status(503).json({ ok: false, error: error instanceof Error ? error.message : String(error) });
      });
  });
  const [analyseQueue] = queues;
  if (analyseQueue) {
    app.use('/api/jobs', httpApi({ queue: analyseQueue, ...(settings.apiToken ? { token: settings.apiToken } : {}), ...(settings.retention ? { retention: settings.retention } : {}) }));
  }
  app.use('/', board.getRouter() as express.Router);
  app.use(jsonNotFound);

  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(settings.port, settings.host, () => resolve(listening));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  return {
    url: `http://${settings.host}:${port}/`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      connection.disconnect();
      await Promise.all(queues.map((queue) => queue.close().catch(() => undefined)));
    },
  };
}
