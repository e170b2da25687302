import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultSchema } from '../../src/contracts/result-schema.js';
import { batchResultSchema } from '../../src/queue/batch-contract.js';
import { projectRoot, runCli } from '../support/run-cli.js';
import { allSampleFiles, brokenSampleCodes } from '../support/samples.js';
import { startTestWorker, type TestWorker } from '../support/test-worker.js';

describe('rolefit match', () => {
  it('prints one valid JSON line per document, in input order, with typed errors for broken files', async () => {
    const run = await runCli(['match', 'samples', '--format', 'jsonl', '--reference-date', '2026-11']);
    expect(run.code).toBe(1); // the broken samples fail; the others are still processed
    const lines = run.stdout.trim().split('\n').map((line) => resultSchema.parse(JSON.parse(line)));
    const files = (await allSampleFiles()).map((file) => join('samples', file.split('/samples/')[1] ?? ''));
    expect(lines.map((line) => line.source)).toEqual(files);
    for (const line of lines) {
      const expectedCode = line.source.includes('/broken/') ? brokenSampleCodes[basename(line.source)] : undefined;
      if (expectedCode) expect(line.ok ? 'ok' : line.error.code).toBe(expectedCode);
      else {
        expect(line.ok).toBe(true);
        if (line.ok) {
          expect(line.matches.length).toBeGreaterThanOrEqual(21);
          expect(line.matches.map((m) => m.score)).toEqual([...line.matches.map((m) => m.score)].sort((a, b) => b - a));
        }
      }
    }
  });

  it('writes a JSON result and a Markdown report per resume, a CSV shortlist, and a summary table', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-cli-'));
    const run = await runCli(['match', 'samples/csr-maria-santos.pdf', 'samples/telesales-tanya-brooks.txt', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Resume\s+Best role\s+Score/);
    expect(run.stdout).toContain('2 documents, 0 failed');
    expect((await readdir(join(out, 'results'))).sort()).toEqual(['csr-maria-santos.pdf.json', 'telesales-tanya-brooks.txt.json']);
    const report = await readFile(join(out, 'reports', 'csr-maria-santos.pdf.md'), 'utf8');
    expect(report).toMatch(/^# Role fit report/);
    expect(report).toContain('What to do next');
    const bytes = await readFile(join(out, 'shortlist.csv'));
    // UTF-8 with a byte-order mark, which Excel needs to show accented names as written.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8').slice(1).trim().split('\n');
    expect(csv[0]).toBe('role_id,role,rank_in_role,score,band,readiness,source,candidate,total_experience_months,top_gaps,error,notes,'
      + 'email,phone,location,relevant_experience_months,typing_wpm,languages,shifts,report_file');
    expect(csv.length).toBeGreaterThanOrEqual(1 + 2 * 21);
  });

  it('lists at the end of the shortlist every file a folder held that was not read, and why', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rolefit-cli-skipped-'));
    const resume = await readFile(join(projectRoot, 'samples/telesales-tanya-brooks.txt'));
    await writeFile(join(folder, 'tanya.txt'), resume);
    await writeFile(join(folder, '.ramon.txt'), resume);
    await writeFile(join(folder, 'angelica.csv'), 'name,phone\nAngelica,0932');
    const out = await mkdtemp(join(tmpdir(), 'rolefit-cli-out-'));
    const run = await runCli(['match', folder, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('.ramon.txt');
    const rows = (await readFile(join(out, 'shortlist.csv'), 'utf8')).trim().split('\n');
    expect(rows.slice(-2)).toEqual([
      `,,,,,,${join(folder, '.ramon.txt')},,,,not read: a hidden file found in a folder (name it to read it),,,,,,,,,`,
      `,,,,,,${join(folder, 'angelica.csv')},,,,not read: a data or code file found in a folder (name it to read it),,,,,,,,,`,
    ]);
  });

  it('names every output of a blind run from a hash, not from the file name', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-blind-'));
    const run = await runCli(['match', 'samples/csr-maria-santos.pdf', '--redact', '--out', out]);
    expect(run.code).toBe(0);
    const written = [...(await readdir(join(out, 'results'))), ...(await readdir(join(out, 'reports')))];
    expect(written).toHaveLength(3);
    for (const file of written) expect(file).toMatch(/^resume-[0-9a-f]{16}\.pdf\.(json|md|html)$/);
    expect(run.stdout).not.toMatch(/maria|santos/i);
  });

  it("refuses on enqueue and batch the reading options only a worker applies, naming where they belong", async () => {
    for (const command of ['enqueue', 'batch']) {
      const run = await runCli([command, 'samples/csr-maria-santos.pdf', '--max-pages', '1', '--no-ocr']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--max-pages, --no-ocr: settings of the worker, which reads the documents; give them to \`rolefit worker\`, not to \`rolefit ${command}\`.`);
    }
  });

  it('reports a missing file as a failed document, not a crash', async () => {
    const run = await runCli(['match', 'samples/no-such-file.pdf', '--format', 'jsonl']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: 'samples/no-such-file.pdf', ok: false, error: { code: 'read_failed' } });
  });

  it('stops quietly when the reader of its output goes away', async () => {
    // As `rolefit match samples --format jsonl | head -1`: the pipe closes after the first chunk.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'match', 'samples', '--format', 'jsonl'], { cwd: projectRoot });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(141);
  });

  it.each([
    [['match']],
    [['match', 'samples', '--format', 'xml']],
    [['match', 'samples', '--roles', 'astronaut']],
    [['match', 'samples', '--reference-date', 'yesterday']],
    [['match', 'samples', '--reference-date', '2026-13']],
    [['match', 'samples', '--roles', '']],
    [['frobnicate']],
  ])('exits 2 on misuse: %j', async (args) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.length).toBeGreaterThan(0);
  });

  it('refuses an empty folder and an --out that is a file before reading anything', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'rolefit-empty-'));
    const none = await runCli(['match', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`No documents found in ${empty}`);
    const file = join(empty, 'out.txt');
    await writeFile(file, 'not a folder');
    const blocked = await runCli(['match', 'samples/csr-maria-santos.pdf', '--out', file]);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain(`Cannot write to --out ${file}: it is a file, not a folder`);
    const nested = join(empty, 'a', 'b');
    const made = await runCli(['match', 'samples/csr-maria-santos.pdf', '--out', nested]);
    expect(made.code).toBe(0);
    expect((await readdir(nested)).sort()).toEqual(['.rolefit-files', 'reports', 'results', 'shortlist.csv']);
  });

  it('names a bad option as it was typed', async () => {
    const run = await runCli(['match', 'samples', '--max-pages', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-pages: ');
  });

  it.each([[['--help']], [['match', '--help']], [['worker', '--help']], [['enqueue', '--help']], [['taxonomy', 'check', '--help']]])(
    'has help: %j',
    async (args) => {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: rolefit');
    },
  );
});

describe('queue commands without Redis', () => {
  it.each([[['enqueue', 'samples/csr-maria-santos.pdf']], [['batch', 'samples/csr-maria-santos.pdf', '--out', join(tmpdir(), 'rolefit-no-redis')]], [['failed']]])(
    'say at once that Redis cannot be reached: %j',
    async (args) => {
      const run = await runCli(args, { REDIS_URL: 'redis://:hunter2@127.0.0.1:1' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Cannot reach Redis at redis://127.0.0.1:1 (connect ECONNREFUSED');
      expect(run.stderr).not.toContain('hunter2');
      expect(run.stderr).not.toContain('Unhandled error event');
    },
  );
});

describe('a worker without Redis', () => {
  it('waits for Redis, saying so in JSON log lines on stdout and not in stack traces on stderr', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker'], {
      cwd: projectRoot,
      env: { ...process.env, REDIS_URL: 'redis://127.0.0.1:1' },
    });
    let [stdout, stderr] = ['', ''];
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // Every connection retries several times a second: a while after the first report, the rest would show.
      if (stdout.includes('ECONNREFUSED')) setTimeout(() => child.kill('SIGTERM'), 2000);
    });
    await new Promise((resolve) => child.once('close', resolve));
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { msg: string; err?: string });
    const refused = lines.filter((line) => line.err?.includes('ECONNREFUSED'));
    expect(refused).toHaveLength(1);
    expect(refused[0]?.msg).toBe('worker error');
  });
});

describe('a wrong environment', () => {
  it('is misuse told in one line, not a crash: a bad setting, a document root that is no folder', async () => {
    const concurrency = await runCli(['failed'], { ROLEFIT_CONCURRENCY: 'many' });
    expect(concurrency.code).toBe(2);
    expect(concurrency.stderr).toMatch(/^rolefit: Invalid environment: ROLEFIT_CONCURRENCY: /);
    const root = await runCli(['worker'], { ROLEFIT_DOCUMENT_ROOT: '/no/such/folder' });
    expect(root.code).toBe(2);
    expect(root.stderr).toBe('rolefit: ROLEFIT_DOCUMENT_ROOT /no/such/folder is not a folder this worker can read.\n');
  });
});

describe('rolefit dashboard', () => {
  /** Its start-up lines on stderr; stopped with SIGTERM once it says where it listens. */
  async function startupMessage(host: string): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'dashboard', '--host', host, '--port', '0'], {
      cwd: projectRoot,
      env: { ...process.env, REDIS_URL: 'redis://127.0.0.1:1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('healthz)')) setTimeout(() => child.kill('SIGTERM'), 200);
    });
    await new Promise((resolve) => child.once('close', resolve));
    return stderr;
  }

  it('warns that it has no login when it listens beyond this machine, and only then', async () => {
    const open = await startupMessage('0.0.0.0');
    expect(open).toContain('dashboard for queue');
    expect(open).toContain('has no login');
    const local = await startupMessage('127.0.0.1');
    expect(local).toContain('dashboard for queue');
    expect(local).not.toContain('has no login');
  });
});

describe('rolefit taxonomy check', () => {
  it('validates the built-in taxonomy and prints its counts as JSON', async () => {
    const run = await runCli(['taxonomy', 'check', '--json']);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as { ok: boolean; counts: Record<string, number> };
    expect(body.ok).toBe(true);
    expect(body.counts.roles).toBeGreaterThanOrEqual(21);
  });
});

describe('queue commands with Redis and a worker', () => {
  let worker: TestWorker;
  const env = (): NodeJS.ProcessEnv => ({ REDIS_URL: worker.redisUrl, ROLEFIT_QUEUE: worker.queueName });
  /** Longer than the commands need by far, shorter than the test's own limit, so a command that hangs fails here. */
  const exitWithinMs = 20_000;

  beforeAll(async () => {
    worker = await startTestWorker('cli');
  });

  afterAll(() => worker.close());

  it('enqueue prints each result in input order and exits once the jobs are done', async () => {
    const files = ['samples/csr-maria-santos.pdf', 'samples/broken/corrupt.pdf', 'samples/telesales-tanya-brooks.txt'];
    const run = await runCli(['enqueue', ...files, '--reference-date', '2026-11'], env(), exitWithinMs);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1); // the corrupt sample fails; the others are still analysed
    const lines = run.stdout.trim().split('\n').map((line) => resultSchema.parse(JSON.parse(line)));
    expect(lines.map((line) => [line.source, line.ok])).toEqual([
      [files[0], true],
      [files[1], false],
      [files[2], true],
    ]);
  });

  it('batch writes the shortlist and exits once the batch is done', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-batch-'));
    const files = ['samples/csr-maria-santos.pdf', 'samples/telesales-tanya-brooks.txt'];
    const run = await runCli(['batch', ...files, '--out', out, '--reference-date', '2026-11'], env(), exitWithinMs);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 documents, 0 failed');
    const bytes = await readFile(join(out, 'shortlist.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).trim().split('\n').length).toBe(1 + 2 * 22);
    // batch.json is the batch result as the queue returns it, valid against its published schema.
    const batch: unknown = JSON.parse(await readFile(join(out, 'batch.json'), 'utf8'));
    expect(batchResultSchema.parse(batch).total).toBe(2);
  });

  it('batch --job says what it read from the posting and what it does not check, as match does', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-batch-job-'));
    const posting = join(out, 'posting.txt');
    await writeFile(posting, 'Chat Support\nSite: BGC, Taguig City\nRequirements:\n- Chat support, Zendesk, written English\n- Willing to work on night shift');
    const run = await runCli(['batch', 'samples/csr-maria-santos.pdf', '--job', posting, '--out', out, '--reference-date', '2026-11'], env(), exitWithinMs);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Ranking against "Chat Support"');
    expect(run.stderr).toContain('warning: The posting asks for shifts ("Willing to work on night shift")');
  });
});
