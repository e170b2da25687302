/** `rolefit batch` lists the files its folder scan passed by, as `match` does: no file drops from the shortlist. */
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchResultSchema } from '../../src/queue/batch-contract.js';
import { runCli } from '../support/run-cli.js';
import { samplesDirectory } from '../support/samples.js';
import { startTestWorker, type TestWorker } from '../support/test-worker.js';

const hiddenRow = 'not read: a hidden file found in a folder (name it to read it)';
const dataRow = 'not read: a data or code file found in a folder (name it to read it)';

/** The shortlist's rows that stand for files not read, as written. */
async function notReadRows(shortlist: string): Promise<string[]> {
  return (await readFile(shortlist, 'utf8')).split('\n').filter((line) => line.includes('not read: '));
}

describe('rolefit batch over a folder with hidden and data files', () => {
  let worker: TestWorker;
  let folder = '';
  /** Outputs go elsewhere: in the folder, they would be scanned too. */
  let outputs = '';
  const env = (): NodeJS.ProcessEnv => ({ REDIS_URL: worker.redisUrl, ROLEFIT_QUEUE: worker.queueName });

  beforeAll(async () => {
    worker = await startTestWorker('batch-skipped');
    folder = await mkdtemp(join(tmpdir(), 'rolefit-batch-skipped-'));
    outputs = await mkdtemp(join(tmpdir(), 'rolefit-batch-skipped-out-'));
    await mkdir(join(folder, 'odd'));
    await copyFile(join(samplesDirectory, 'telesales-tanya-brooks.txt'), join(folder, 'telesales.txt'));
    await copyFile(join(samplesDirectory, 'data-entry-kavya-menon.txt'), join(folder, 'odd', '.hidden-cv.txt'));
    await writeFile(join(folder, 'export.csv'), 'name,email\nTanya,tanya@example.com\n');
  });

  afterAll(() => worker.close());

  it('lists each skipped file in shortlist.csv and batch.json, with the rows match writes', async () => {
    const out = join(outputs, 'batch-out');
    const run = await runCli(['batch', folder, '--out', out, '--reference-date', '2026-11'], env(), 60_000);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Skipped 2 ');

    const rows = await notReadRows(join(out, 'shortlist.csv'));
    expect(rows).toEqual([
      expect.stringContaining(`${join(folder, 'odd', '.hidden-cv.txt')},,,,${hiddenRow}`),
      expect.stringContaining(`${join(folder, 'export.csv')},,,,${dataRow}`),
    ]);
    const batch = JSON.parse(await readFile(join(out, 'batch.json'), 'utf8')) as { skipped: unknown; shortlistCsv: string };
    expect(batchResultSchema.parse(batch).total).toBe(1);
    expect(batch.skipped).toEqual([
      { source: join(folder, 'odd', '.hidden-cv.txt'), reason: 'hidden file' },
      { source: join(folder, 'export.csv'), reason: 'data or code file' },
    ]);
    expect(batch.shortlistCsv).toContain(hiddenRow);

    const matchOut = join(outputs, 'match-out');
    const matched = await runCli(['match', folder, '--out', matchOut, '--threads', '1', '--reference-date', '2026-11'], {}, 60_000);
    expect(matched.code).toBe(0);
    expect(rows).toEqual(await notReadRows(join(matchOut, 'shortlist.csv')));
  }, 120_000);

  it('lists them under their blind names in a blind batch', async () => {
    const out = join(outputs, 'blind-out');
    const run = await runCli(['batch', folder, '--redact', '--out', out, '--reference-date', '2026-11'], env(), 60_000);
    expect(run.code).toBe(0);
    const shortlist = await readFile(join(out, 'shortlist.csv'), 'utf8');
    expect(shortlist).not.toContain('hidden-cv');
    expect(await notReadRows(join(out, 'shortlist.csv'))).toEqual([
      expect.stringMatching(/,resume-[0-9a-f]+\.txt,.*not read: a hidden file/),
      expect.stringMatching(/,resume-[0-9a-f]+\.csv,.*not read: a data or code file/),
    ]);
  }, 120_000);
});
