/** The queue commands' numeric options and the dashboard's address: refused in one line before anything runs. */
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/** Nothing must be reached: a command that got past its options would wait on this Redis, and fail its test by time. */
const noRedis = { REDIS_URL: 'redis://127.0.0.1:1' };

let holder: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (holder ? holder.close(resolve) : resolve(undefined)));
  holder = undefined;
});

describe('numeric options of the queue commands', () => {
  it.each([
    [['enqueue', 'samples', '--timeout', 'abc'], '--timeout takes a number of seconds above 0 and at most 2147483.'],
    [['enqueue', 'samples', '--timeout', '0'], '--timeout takes a number of seconds above 0 and at most 2147483.'],
    [['batch', 'samples', '--timeout', '-5'], '--timeout takes a number of seconds above 0 and at most 2147483.'],
    [['failed', '--limit', 'abc'], '--limit takes a whole number from 1 to 1000000.'],
    [['failed', '--limit', '2.5'], '--limit takes a whole number from 1 to 1000000.'],
    [['dashboard', '--port', 'abc'], '--port takes a whole number from 0 to 65535.'],
    [['dashboard', '--port', '70000'], '--port takes a whole number from 0 to 65535.'],
  ])('refuses %j with exit code 2 and one line', async (args, message) => {
    const run = await runCli(args, noRedis, 20_000);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`rolefit: ${message}\n`);
    expect(run.stdout).toBe('');
  });
});

describe('rolefit dashboard on a port in use', () => {
  it('says so in one line and exits non-zero', async () => {
    holder = createServer();
    const port = await new Promise<number>((resolve) => {
      holder?.listen(0, '127.0.0.1', () => {
        const address = holder?.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
    const run = await runCli(['dashboard', '--port', String(port)], noRedis, 20_000);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`rolefit: Cannot serve the dashboard on 127.0.0.1:${port}: the port is in use by another process.\n`);
  });
});
