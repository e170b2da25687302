/**
 * How a worker process (the compiled CLI, as deployed) stops on SIGTERM: at once when idle, even with Redis away;
 * after its running job when Redis is up; and within ROLEFIT_SHUTDOWN_GRACE_MS in any case.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseJobName } from '../../src/queue/job-contract.js';
import { connectRedis } from '../../src/queue/redis-connection.js';
import { freePort, startRedisServer } from '../support/redis-global-setup.js';
import { redisUrlForTests, uniqueQueueName } from '../support/redis.js';
import { removeQueues } from '../support/test-worker.js';
import { projectRoot } from '../support/run-cli.js';
import { samplesDirectory } from '../support/samples.js';

interface WorkerProcess {
  readonly child: ChildProcess;
  /** Resolves with the exit code (or signal) and what it logged. */
  readonly exited: Promise<{ code: number | string | null; stdout: string; stderr: string }>;
  readonly ready: Promise<void>;
}

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function spawnWorker(env: NodeJS.ProcessEnv): WorkerProcess {
  const child = spawn(process.execPath, ['dist/src/cli/main.js', 'worker'], { cwd: projectRoot, env: { ...process.env, ROLEFIT_CONCURRENCY: '1', ...env } });
  started.push(child);
  let [stdout, stderr] = ['', ''];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('"msg":"worker ready"')) markReady();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | string | null; stdout: string; stderr: string }>((resolve) => {
    child.once('close', (code, signal) => resolve({ code: code ?? signal, stdout, stderr }));
  });
  return { child, exited, ready };
}

/** Resolves with the run, or with null when it has not exited within ms. */
function exitWithin<T>(exited: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

/** Adds the scanned sample (read with OCR: several seconds) and waits until the worker runs it. */
async function addSlowJobAndWaitUntilActive(queue: Queue): Promise<string> {
  const bytes = await readFile(join(samplesDirectory, 'scanned-claims-processor-grace-lim.pdf'));
  const payload = { source: 'scan.pdf', document: { contentBase64: bytes.toString('base64'), fileName: 'scan.pdf' }, options: { referenceDate: '2026-11' } };
  const job = await queue.add(analyseJobName, payload, { jobId: 'slow-scan' });
  const deadline = Date.now() + 20_000;
  while ((await queue.getJobState(job.id ?? '')) !== 'active') {
    if (Date.now() > deadline) throw new Error('the worker never took the job');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return job.id ?? '';
}

describe('a worker stopped with SIGTERM', () => {
  it('exits promptly when idle, even with Redis down', async () => {
    const port = await freePort();
    const redis = await startRedisServer(port);
    try {
      const worker = spawnWorker({ REDIS_URL: `redis://127.0.0.1:${port}`, ROLEFIT_QUEUE: uniqueQueueName('sigterm-down') });
      await worker.ready;
      redis.kill('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const stoppedAt = Date.now();
      worker.child.kill('SIGTERM');
      const run = await exitWithin(worker.exited, 10_000);
      expect(run, 'still running 10 s after SIGTERM').not.toBeNull();
      expect(Date.now() - stoppedAt).toBeLessThan(5000);
      expect(run?.code).toBe(0);
      expect(run?.stdout).toContain('"msg":"worker stopped"');
    } finally {
      redis.kill('SIGKILL');
    }
  }, 30_000);

  it('lets a running job finish when Redis is up', async () => {
    const redisUrl = redisUrlForTests();
    const queueName = uniqueQueueName('sigterm-finish');
    const queue = new Queue(queueName, { connection: connectRedis(redisUrl) });
    try {
      const worker = spawnWorker({ REDIS_URL: redisUrl, ROLEFIT_QUEUE: queueName });
      await worker.ready;
      const jobId = await addSlowJobAndWaitUntilActive(queue);
      worker.child.kill('SIGTERM');
      const run = await worker.exited;
      expect(run.code).toBe(0);
      expect(await queue.getJobState(jobId)).toBe('completed');
    } finally {
      await queue.close();
      await removeQueues(redisUrl, queueName);
    }
  }, 60_000);

  it('force-closes after ROLEFIT_SHUTDOWN_GRACE_MS when a job still runs, with exit code 1', async () => {
    const redisUrl = redisUrlForTests();
    const queueName = uniqueQueueName('sigterm-grace');
    const queue = new Queue(queueName, { connection: connectRedis(redisUrl) });
    try {
      const worker = spawnWorker({ REDIS_URL: redisUrl, ROLEFIT_QUEUE: queueName, ROLEFIT_SHUTDOWN_GRACE_MS: '300' });
      await worker.ready;
      const jobId = await addSlowJobAndWaitUntilActive(queue);
      const stoppedAt = Date.now();
      worker.child.kill('SIGTERM');
      const run = await exitWithin(worker.exited, 10_000);
      expect(run, 'still running 10 s after SIGTERM').not.toBeNull();
      expect(Date.now() - stoppedAt).toBeLessThan(3000);
      expect(run?.code).toBe(1);
      expect(run?.stdout).toContain('grace period over');
      expect(await queue.getJobState(jobId)).toBe('active');
    } finally {
      await queue.close();
      await removeQueues(redisUrl, queueName);
    }
  }, 60_000);

  it('refuses a grace period that is no whole number of milliseconds', async () => {
    const worker = spawnWorker({ ROLEFIT_SHUTDOWN_GRACE_MS: 'soon' });
    const run = await worker.exited;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('rolefit: Invalid environment: ROLEFIT_SHUTDOWN_GRACE_MS: must be a whole number of milliseconds from 0 to 3600000\n');
  });
});
