/**
 * The operators' view of the queues (Bull Board) and a health check, on one small HTTP server:
 *   /            the dashboard: jobs by state, their data, results and failure reasons; retry and clean
 *   /healthz     200 {"ok":true,…} when Redis answers, else 503 {"ok":false,"error":{"code":"busy",…}} (for container
 *                health checks)
 *   /api/jobs    the queue contract over HTTP, for HR systems without a BullMQ client (see http-api.ts)
 * ROLEFIT_API_TOKEN guards every path but /healthz: the board's API (/api/queues…) shows and changes jobs, resumes
 * included. Its page cannot send a bearer token, so the token is also taken as the password of HTTP basic auth, which
 * a browser asks for. Any other path answers a JSON 404.
 */
import { createServer, type Server } from 'node:http';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import express from 'express';
import type { Redis } from 'ioredis';
import { ApiError } from './api-error.js';
import { carriesToken } from './api-token.js';
import type { Retention } from './enqueue-files.js';
import { httpApi, jsonNotFound } from './http-api.js';
import { connectRedis } from './redis-connection.js';
import { batchQueueNameFor } from './submit-batch.js';

export interface DashboardSettings {
  readonly redisUrl: string;
  readonly queueName: string;
  readonly port: number;
  readonly host: string;
  /** The token (ROLEFIT_API_TOKEN) every path but /healthz asks for; none: all is open to whoever reaches the port. */
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

/**
 * Asks for the token on the board and its API: a bearer token, or basic auth with the token as password. The 401
 * names basic auth, so that a browser asks for it and then sends it with every request of the page.
 */
function boardGuard(token: string | undefined): express.RequestHandler {
  return (request, response, next) => {
    if (carriesToken(request.get('authorization'), token)) {
      next();
      return;
    }
    const error = new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <ROLEFIT_API_TOKEN>, or basic auth with the token as password.');
    response.status(error.status).set('www-authenticate', 'Basic realm="rolefit dashboard", charset="UTF-8"').json(error.toJSON());
  };
}

/** The dashboard could not take its address (in use, not this machine's, a privileged port): told in one line. */
export class DashboardListenError extends Error {
  override readonly name = 'DashboardListenError';
}

function listenReason(error: NodeJS.ErrnoException): string {
  if (error.code === 'EADDRINUSE') return 'the port is in use by another process';
  if (error.code === 'EACCES') return 'permission denied (a port below 1024 needs privileges)';
  if (error.code === 'EADDRNOTAVAIL') return 'this machine has no such address';
  return error.message;
}

/** Resolves once the server listens; rejects with a DashboardListenError when it cannot. */
function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new DashboardListenError(`Cannot serve the dashboard on ${host}:${port}: ${listenReason(error)}.`));
    });
    server.listen(port, host, () => resolve(server));
  });
}

/** How long a job request waits for a connection being made (at start, or reconnecting after a blip). */
const connectWaitMs = 1000;

/** Whether the connection is up now or within ms: a request at start-up need not fail while it connects. */
function connectedWithin(connection: Redis, ms: number): Promise<boolean> {
  if (connection.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (connected: boolean): void => {
      clearTimeout(timer);
      connection.removeListener('ready', onReady);
      resolve(connected);
    };
    const onReady = (): void => done(true);
    const timer = setTimeout(() => done(false), ms);
    connection.once('ready', onReady);
  });
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
  for (const queue of queues) queue.on('error', () => undefined);
  const app = express();
  app.get('/healthz', (_request, response) => {
    pingWithin(connection, healthTimeoutMs)
      .then(async () => {
        const counts = await queues[0]?.getJobCounts('waiting', 'active', 'failed', 'completed');
        response.json({ ok: true, queue: settings.queueName, counts });
      })
      .catch((error: unknown) => {
        // The shape of every other error of the dashboard, so a probe that reads one reads this one too.
        const detail = error instanceof Error ? error.message : String(error);
        response.status(503).json({ ok: false, error: { code: 'busy', message: `Redis is unavailable (${detail}).` } });
      });
  });
  const [analyseQueue] = queues;
  if (analyseQueue) {
    const redisReady = (): Promise<boolean> => connectedWithin(connection, connectWaitMs);
    app.use('/api/jobs', httpApi({ queue: analyseQueue, redisReady, ...(settings.apiToken ? { token: settings.apiToken } : {}), ...(settings.retention ? { retention: settings.retention } : {}) }));
  }
  app.use(boardGuard(settings.apiToken));
  app.use('/', board.getRouter() as express.Router);
  app.use(jsonNotFound);

  const server = await listen(app, settings.port, settings.host).catch(async (error: unknown) => {
    // Nothing is served: the Redis connections would keep the process alive for nothing.
    connection.disconnect();
    await Promise.all(queues.map((queue) => queue.close().catch(() => undefined)));
    throw error;
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
