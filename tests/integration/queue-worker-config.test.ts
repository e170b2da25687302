/**
 * A worker started with a wrong setting, as a container starts it (the compiled entry point and `rolefit worker`):
 * one line saying which setting and why, exit code 2, no stack trace; and no refusal over a setting it does not use.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { redisUrlForTests, uniqueQueueName } from '../support/redis.js';
import { removeQueues } from '../support/test-worker.js';
import { projectRoot } from '../support/run-cli.js';

interface Run {
  /** The exit code, or the signal that ended the process. */
  readonly code: number | string | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a compiled script. With `untilReady`, it is sent SIGTERM once it logs that it is ready, as a container is
 * stopped; without, it must end by itself within the test's time.
 */
function run(script: string, args: readonly string[], env: NodeJS.ProcessEnv, untilReady = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: projectRoot, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    let stopped = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // Once: a second SIGTERM is left to Node's default, an immediate exit.
      if (untilReady && !stopped && stdout.includes('"msg":"worker ready"')) {
        stopped = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code: code ?? signal, stdout, stderr }));
  });
}

const cli = 'dist/src/cli/main.js';
const workerEntry = 'dist/workers/resume-worker.js';
const rule = 'must be a whole number from 1 to 64';

describe('worker settings', () => {
  it.each(['many', '0', '-3', '1000'])('refuses --concurrency %s as ROLEFIT_CONCURRENCY would, with exit code 2', async (value) => {
    const option = await run(cli, ['worker', '--concurrency', value], {});
    expect(option).toMatchObject({ code: 2, stderr: `rolefit: --concurrency: ${rule}\n` });
    const env = await run(cli, ['worker'], { ROLEFIT_CONCURRENCY: value });
    expect(env).toMatchObject({ code: 2, stderr: `rolefit: Invalid environment: ROLEFIT_CONCURRENCY: ${rule}\n` });
  });

  it('ends the worker entry point on a wrong setting with one line and exit code 2', async () => {
    expect(await run(workerEntry, [], { ROLEFIT_CONCURRENCY: 'many' })).toMatchObject({
      code: 2,
      stderr: `rolefit: Invalid environment: ROLEFIT_CONCURRENCY: ${rule}\n`,
    });
    expect(await run(workerEntry, [], { ROLEFIT_DOCUMENT_ROOT: 'relative/folder' })).toMatchObject({
      code: 2,
      stderr: 'rolefit: Invalid environment: ROLEFIT_DOCUMENT_ROOT: must be an absolute path\n',
    });
    expect(await run(workerEntry, [], { ROLEFIT_DOCUMENT_ROOT: '/no/such/folder/for/rolefit' })).toMatchObject({
      code: 2,
      stderr: 'rolefit: ROLEFIT_DOCUMENT_ROOT /no/such/folder/for/rolefit is not a folder this worker can read.\n',
    });
  });

  it('starts a worker whatever ROLEFIT_API_TOKEN holds, and stops it cleanly on SIGTERM; the dashboard checks it', async () => {
    const env = { REDIS_URL: redisUrlForTests(), ROLEFIT_QUEUE: uniqueQueueName('token-worker'), ROLEFIT_API_TOKEN: 'short' };
    const worker = await run(workerEntry, [], env, true);
    expect(worker.stderr).toBe('');
    expect(worker.stdout).toContain('"msg":"worker stopped"');
    expect(worker.code).toBe(0);
    const dashboard = await run(cli, ['dashboard', '--port', '0'], env);
    expect(dashboard).toMatchObject({ code: 2, stderr: 'rolefit: Invalid environment: ROLEFIT_API_TOKEN: use a token of 16 characters or more\n' });
    // The worker left its queues' settings in Redis.
    await removeQueues(env.REDIS_URL, env.ROLEFIT_QUEUE);
  });
});
