/**
 * Finds a Redis for the queue tests: REDIS_URL when set, else 127.0.0.1:6379; when none answers, starts
 * `redis-server` from PATH on a free port for the run. When there is none at all, the queue tests fail with a message
 * saying how to get one (the other tests still run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string | null;
    redisProblem: string | null;
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a throw-away redis-server; resolves once it answers, rejects if it cannot be started. */
export async function startRedisServer(port: number, extraArgs: readonly string[] = []): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...extraArgs], {
    stdio: 'ignore',
  });
  const failed = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited with code ${String(code)}`)));
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const ready = await Promise.race([answers(url), failed]);
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`redis-server on port ${port} did not answer`);
}

let owned: ChildProcess | undefined;

export default async function setup(project: TestProject): Promise<() => void> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await answers(url)) {
    project.provide('redisUrl', url);
    project.provide('redisProblem', null);
    return () => undefined;
  }
  try {
    const port = await freePort();
    owned = await startRedisServer(port);
    project.provide('redisUrl', `redis://127.0.0.1:${port}`);
    project.provide('redisProblem', null);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    project.provide('redisUrl', null);
    project.provide(
      'redisProblem',
      `The queue tests need Redis: nothing answers at ${url} and redis-server could not be started (${reason}). ` +
        'Install it (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL.',
    );
  }
  return () => {
    owned?.kill();
  };
}
