/**
 * The queue under load and failure, against real Redis and real worker processes (the compiled CLI, as deployed):
 * hundreds of jobs through two workers, a worker killed with SIGKILL mid-batch, Redis restarted mid-run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/cli/match-command.js';
import type { AnalysisResult } from '../../src/contracts/result-schema.js';
import type { PipelineContext } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { enqueueFiles, jobDefaults } from '../../src/queue/enqueue-files.js';
import { analyseJobName } from '../../src/queue/job-contract.js';
import { connectRedis } from '../../src/queue/redis-connection.js';
import { startWorker } from '../../src/queue/start-worker.js';
import { batchQueueNameFor, submitBatch } from '../../src/queue/submit-batch.js';
import { formatYearMonth } from '../../src/reference-date.js';
import { freePort, startRedisServer } from '../support/redis-global-setup.js';
import { redisUrlForTests, uniqueQueueName } from '../support/redis.js';
import { projectRoot } from '../support/run-cli.js';
import { allSampleFiles, sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

/** Short locks so a dead worker's job is taken over in seconds, not the default 30. */
const fastTakeover = { ROLEFIT_LOCK_MS: '2000', ROLEFIT_STALLED_CHECK_MS: '1000' };

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function spawnWorker(redisUrl: string, queueName: string): ChildProcess {
  const child = spawn(process.execPath, ['dist/src/cli/main.js', 'worker'], {
    cwd: projectRoot,
    env: { ...process.env, REDIS_URL: redisUrl, ROLEFIT_QUEUE: queueName, ROLEFIT_CONCURRENCY: '1', ROLEFIT_LOG_LEVEL: 'silent', ...fastTakeover },
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}

/** `count` distinct text resumes made from the bundled text samples (a numbered line makes each one unique). */
async function makeDocuments(count: number): Promise<string[]> {
  const folder = await mkdtemp(join(tmpdir(), 'rolefit-queue-'));
  const texts = await Promise.all(
    (await allSampleFiles()).filter((f) => f.endsWith('.txt') && !f.includes('broken')).map((f) => readFile(f, 'utf8')),
  );
  const files: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const file = join(folder, `resume-${String(i).padStart(4, '0')}.txt`);
    await writeFile(file, `${texts[i % texts.length] ?? ''}\nReference number ${i}\n`);
    files.push(file);
  }
  return files;
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function comparable(result: AnalysisResult): unknown {
  if (!result.ok) return result.error;
  const { candidate, matches, gapAnalysis } = result;
  return { candidate, matches, gapAnalysis };
}

let context: PipelineContext;
beforeAll(async () => {
  context = { taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: defaultReadOptions };
});

const jobSettings = (redisUrl: string, queueName: string) => ({
  redisUrl,
  queueName,
  options: { referenceDate: formatYearMonth(sampleReferenceDate) },
  read: defaultReadOptions,
  taxonomyHash: context.taxonomy.source.hash,
  timeoutMs: 120_000,
});

describe('queue under load and failure', () => {
  const queues: { url: string; name: string }[] = [];
  afterAll(async () => {
    for (const { url, name } of queues) {
      const queue = new Queue(name, { connection: connectRedis(url) });
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  });

  it('runs 500 jobs through 2 worker processes, all completed and identical to in-process', async () => {
    const redisUrl = redisUrlForTests();
    const queueName = uniqueQueueName('load');
    queues.push({ url: redisUrl, name: queueName });
    spawnWorker(redisUrl, queueName);
    spawnWorker(redisUrl, queueName);
    const files = await makeDocuments(500);
    const queued = await enqueueFiles(files, jobSettings(redisUrl, queueName));
    expect(queued.filter((r) => r.ok).length).toBe(500);
    const local: AnalysisResult[] = [];
    for (const file of files) local.push(await analyseFile(file, context));
    expect(queued.map(comparable)).toEqual(local.map(comparable));
  }, 180_000);

  it('completes every job of a batch exactly once when a worker is killed with SIGKILL mid-batch', async () => {
    const redisUrl = redisUrlForTests();
    const queueName = uniqueQueueName('sigkill');
    queues.push({ url: redisUrl, name: queueName }, { url: redisUrl, name: batchQueueNameFor(queueName) });
    const victim = spawnWorker(redisUrl, queueName);
    spawnWorker(redisUrl, queueName);
    const events = new QueueEvents(queueName, { connection: connectRedis(redisUrl) });
    await events.waitUntilReady();
    const completions = new Map<string, number>();
    events.on('completed', ({ jobId }) => {
      completions.set(jobId, (completions.get(jobId) ?? 0) + 1);
      if (completions.size === 40) victim.kill('SIGKILL');
    });
    const files = await makeDocuments(200);
    const batch = await submitBatch(files, { ...jobSettings(redisUrl, queueName), batchQueueName: batchQueueNameFor(queueName) });
    await events.close();
    expect(victim.signalCode).toBe('SIGKILL');
    expect(batch.total).toBe(200);
    expect(batch.failed).toBe(0);
    expect(completions.size).toBe(200);
    expect([...completions.values()].every((count) => count === 1)).toBe(true);
  }, 180_000);

  it('loses no job when Redis restarts mid-run (append-only persistence)', async () => {
    const port = await freePort();
    const dir = await mkdtemp(join(tmpdir(), 'rolefit-redis-'));
    const persistent = ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir];
    let redis = await startRedisServer(port, persistent);
    const redisUrl = `redis://127.0.0.1:${port}`;
    const queueName = uniqueQueueName('restart');
    const jobCount = 400;
    const worker = startWorker({
      redisUrl,
      queueName,
      concurrency: 1,
      context,
      logger: pino({ level: 'silent' }),
      lockMs: 2000,
      stalledCheckMs: 1000,
    });
    try {
      await worker.waitUntilReady();
      const files = await makeDocuments(jobCount);
      const queue = new Queue(queueName, { connection: connectRedis(redisUrl) });
      queue.on('error', () => undefined);
      await queue.addBulk(
        await Promise.all(
          files.map(async (file, i) => ({
            name: analyseJobName,
            data: {
              source: file,
              document: { contentBase64: (await readFile(file)).toString('base64'), fileName: file },
              options: { referenceDate: formatYearMonth(sampleReferenceDate) },
            },
            opts: { ...jobDefaults, jobId: `restart-${i}` },
          })),
        ),
      );
      const completed = async (): Promise<number> => (await queue.getJobCounts('completed')).completed ?? 0;
      await until(async () => (await completed()) >= 20, 30_000, '20 completed jobs');
      const completedBeforeRestart = await completed();
      // A clean shutdown (as on SIGTERM) fsyncs the append-only file; then the same server comes back.
      redis.kill('SIGTERM');
      await new Promise((resolve) => redis.once('exit', resolve));
      redis = await startRedisServer(port, persistent);
      await until(async () => (await completed().catch(() => 0)) === jobCount, 90_000, 'every job after the restart');
      const counts = await queue.getJobCounts('completed', 'failed', 'waiting', 'active');
      expect(counts).toEqual({ completed: jobCount, failed: 0, waiting: 0, active: 0 });
      expect(completedBeforeRestart).toBeLessThan(jobCount);
      await queue.close();
    } finally {
      await worker.close();
      redis.kill('SIGKILL');
    }
  }, 180_000);
});
