/**
 * The Python example in schemas/README.md, run on job hashes as real workers leave them in Redis: it must take a
 * finished job (completed, failed at once, or failed after its worker died twice) as finished, and a transient fault
 * waiting for its next attempt as not.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, Worker, type JobState } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { jsonSchemas } from '../../src/contracts/json-schemas.js';
import { resultSchemaVersion } from '../../src/contracts/result-schema.js';
import { analyseJobName } from '../../src/queue/job-contract.js';
import { encodeFailure } from '../../src/queue/process-job.js';
import { connectRedis } from '../../src/queue/redis-connection.js';
import { uniqueQueueName } from '../support/redis.js';
import { startTestWorker, type TestWorker } from '../support/test-worker.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;
const connection = () => connectRedis(worker.redisUrl);
/** Connection settings rather than a client: BullMQ then opens the connection, and closes it with the worker. */
const ownConnection = () => {
  const url = new URL(worker.redisUrl);
  return { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
};
let worker: TestWorker;

beforeAll(async () => {
  worker = await startTestWorker('python-example');
});

afterAll(() => worker.close());

/** The example's code block, with stand-ins for the two packages it imports (only `outcome` is called). */
async function exampleModule(): Promise<string> {
  const readme = await readFile(new URL('../../schemas/README.md', import.meta.url), 'utf8');
  const code = /```python\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## Submitting a job from Python')))?.[1];
  if (code === undefined) throw new Error('schemas/README.md has no Python example');
  const folder = await mkdtemp(join(tmpdir(), 'rolefit-python-example-'));
  await mkdir(join(folder, 'redis'));
  await writeFile(join(folder, 'redis', '__init__.py'), '');
  await writeFile(join(folder, 'redis', 'asyncio.py'), 'def from_url(*args, **kwargs):\n    raise NotImplementedError\n');
  await writeFile(join(folder, 'bullmq.py'), 'class Queue:\n    pass\n');
  await writeFile(join(folder, 'example.py'), code);
  return folder;
}

/** What the example's `outcome` makes of each hash. */
function outcomesByExample(folder: string, hashes: readonly Record<string, string>[]): unknown[] {
  const driver = 'import json, sys, example\nprint(json.dumps([example.outcome(h, "cv.txt") for h in json.load(sys.stdin)]))';
  const run = spawnSync('python3', ['-c', driver], { cwd: folder, input: JSON.stringify(hashes), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as unknown[];
}

async function stateOf(queue: Queue, jobId: string, wanted: JobState): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await queue.getJobState(jobId)) !== wanted) {
    if (Date.now() > deadline) throw new Error(`job ${jobId} never became ${wanted}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const resume = async () => ({
  source: 'cv.txt',
  document: { contentBase64: (await readFile(new URL('../../samples/telesales-tanya-brooks.txt', import.meta.url))).toString('base64'), fileName: 'cv.txt' },
});

/** A job whose worker dies holding it, taken over and failed for good by BullMQ: maxStalledCount 0 makes one death enough. */
async function stalledJobHash(): Promise<Record<string, string>> {
  const name = uniqueQueueName('python-stalled');
  const redis = connection();
  const queue = new Queue(name, { connection: redis });
  try {
    await queue.add(analyseJobName, await resume(), { jobId: 'job-stalled', attempts: 3 });
    const dying = new Worker(name, null, { connection: ownConnection(), autorun: false });
    expect((await dying.getNextJob('dying-worker')).id).toBe('job-stalled');
    await dying.close();
    // The worker is gone: its lock on the job is no longer renewed.
    await redis.del(`bull:${name}:job-stalled:lock`);
    const taker = new Worker(name, () => Promise.resolve('never run'), { connection: ownConnection(), stalledInterval: 100, maxStalledCount: 0 });
    await stateOf(queue, 'job-stalled', 'failed');
    await taker.close();
    return await redis.hgetall(`bull:${name}:job-stalled`);
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
    await redis.quit();
  }
}

/** A transient fault (internal_error) waiting for its second attempt. */
async function retryingJobHash(): Promise<Record<string, string>> {
  const name = uniqueQueueName('python-retrying');
  const redis = connection();
  const queue = new Queue(name, { connection: redis });
  try {
    await queue.add(analyseJobName, await resume(), { jobId: 'job-retrying', attempts: 3, backoff: { type: 'fixed', delay: 600_000 } });
    const flaky = new Worker(name, () => Promise.reject(new Error(encodeFailure('internal_error', 'shared storage is gone'))), {
      connection: ownConnection(),
    });
    await stateOf(queue, 'job-retrying', 'delayed');
    await flaky.close();
    return await redis.hgetall(`bull:${name}:job-retrying`);
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
    await redis.quit();
  }
}

/** A job of the test worker's queue once it has finished. */
async function finishedJobHash(jobId: string, payload: unknown, state: 'completed' | 'failed'): Promise<Record<string, string>> {
  const redis = connection();
  const queue = new Queue(worker.queueName, { connection: redis });
  try {
    await queue.add(analyseJobName, payload, { jobId, attempts: 3 });
    await stateOf(queue, jobId, state);
    return await redis.hgetall(`bull:${worker.queueName}:${jobId}`);
  } finally {
    await queue.close();
    await redis.quit();
  }
}

describe('the Python polling example', () => {
  it('takes every final outcome as final, and a fault awaiting its retry as not yet', async () => {
    // Never skipped: without python3 the published example goes untested, which the run must say.
    if (!hasPython) throw new Error('python3 is needed to test the Python example in schemas/README.md: install it (Debian: apt-get install python3).');
    const stalled = await stalledJobHash();
    // As reported: failed for good after one attempt of three.
    expect({ failedReason: stalled.failedReason, atm: stalled.atm }).toEqual({ failedReason: 'job stalled more than allowable limit', atm: '1' });
    const retrying = await retryingJobHash();
    expect(retrying.failedReason).toBe('internal_error: shared storage is gone');
    const completed = await finishedJobHash('done', await resume(), 'completed');
    const empty = await finishedJobHash('empty', { source: 'cv.txt', document: { contentBase64: '', fileName: 'cv.txt' } }, 'failed');

    const [stalledOutcome, retryingOutcome, completedOutcome, emptyOutcome] = outcomesByExample(await exampleModule(), [stalled, retrying, completed, empty]);
    expect(stalledOutcome).toEqual({ schemaVersion: resultSchemaVersion, source: 'cv.txt', ok: false, error: { code: 'internal_error', message: 'job stalled more than allowable limit' } });
    expect(retryingOutcome).toBeNull();
    expect(completedOutcome).toMatchObject({ ok: true, source: 'cv.txt', matches: expect.any(Array) as unknown });
    expect(emptyOutcome).toMatchObject({ source: 'cv.txt', ok: false, error: { code: 'empty_file' } });
    // Failures as the example builds them validate against the published result schema, as results do.
    const validate = new Ajv2020({ strict: false }).compile(jsonSchemas()['result.schema.json'] as object);
    for (const outcome of [stalledOutcome, completedOutcome, emptyOutcome]) expect(validate(outcome), JSON.stringify(validate.errors)).toBe(true);
  });
});
