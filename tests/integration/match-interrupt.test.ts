/**
 * Ctrl-C during `rolefit match`: it says how far it got, writes the shortlist of the documents finished, lists the
 * rest as not analysed, and exits 130, so that nothing is silently lost. Reading threads run the compiled reader from
 * dist/: `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/run-cli.js';
import { allSampleFiles, samplesDirectory } from '../support/samples.js';

/** Copies of the samples: enough documents that the run is still under way when the signal comes. */
const copies = 10;

let dir = '';
let inputs: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolefit-interrupt-'));
  // Named so that they sort as numbered ("copy-02" before "copy-10"): the run reads them in that order.
  const folders = Array.from({ length: copies }, (_, index) => join(dir, 'in', `copy-${String(index + 1).padStart(2, '0')}`));
  for (const folder of folders) await cp(samplesDirectory, folder, { recursive: true });
  const perCopy = (await allSampleFiles()).map((file) => file.slice(samplesDirectory.length));
  inputs = folders.flatMap((folder) => perCopy.map((file) => folder + file));
});

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

/** Resolves once `folder` holds at least one file: the run has finished a document, and is mid-run. */
async function firstFileIn(folder: string): Promise<void> {
  while (((await readdir(folder).catch(() => [])) as string[]).length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('rolefit match interrupted with Ctrl-C', () => {
  it('says how far it got, and its shortlist lists every input, done or interrupted', async () => {
    const out = join(dir, 'out');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'match', join(dir, 'in'), '--out', out, '--threads', '1', '--reference-date', '2026-11'], {
      cwd: projectRoot,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
    await Promise.race([firstFileIn(join(out, 'results')), closed]);
    child.kill('SIGINT');
    expect(await closed).toBe(130);

    const said = new RegExp(`^rolefit: interrupted after (\\d+) of ${inputs.length} documents; .*shortlist\\.csv lists the \\d+ done and the other (\\d+) as not analysed \\(interrupted\\)`);
    const match = said.exec(stderr.trim());
    expect(match, stderr).not.toBeNull();
    const done = Number(match?.[1]);
    expect(done).toBeGreaterThan(0);
    expect(done + Number(match?.[2])).toBe(inputs.length);
    expect(await readdir(join(out, 'results'))).toHaveLength(done);

    const rows = parse<Record<string, string>>((await readFile(join(out, 'shortlist.csv'), 'utf8')).replace(/^\uFEFF/, ''), { columns: true });
    expect(new Set(rows.map((row) => row.source))).toEqual(new Set(inputs));
    const interrupted = rows.filter((row) => row.error?.startsWith('not analysed: interrupted'));
    expect(interrupted.map((row) => row.source)).toEqual(inputs.slice(done));
  }, 120_000);
});
