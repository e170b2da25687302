/** A run's files: one set per resume, and none left from an earlier run into the same folder. */
import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { UsageError } from '../../src/cli/usage-error.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SuccessResult } from '../../src/contracts/result-schema.js';
import { analysedSample } from '../support/analysed-sample.js';
import { writeAllOutputs } from '../support/write-all-outputs.js';

let kavya: SuccessResult;
let tanya: SuccessResult;

beforeAll(async () => {
  kavya = await analysedSample('data-entry-kavya-menon.txt');
  tanya = await analysedSample('telesales-tanya-brooks.txt');
});

const listed = async (directory: string): Promise<string[]> =>
  [...(await readdir(join(directory, 'results'))), ...(await readdir(join(directory, 'reports')))].sort();

describe('createOutputWriter', () => {
  it('leaves no result of an earlier run beside the new ones', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-out-'));
    await writeAllOutputs(out, [kavya, tanya]);
    expect(await listed(out)).toHaveLength(6);
    await writeAllOutputs(out, [tanya]);
    expect(await listed(out)).toEqual(['telesales-tanya-brooks.txt.html', 'telesales-tanya-brooks.txt.json', 'telesales-tanya-brooks.txt.md']);
    // A blind run after a plain one leaves no file named after a candidate.
    await writeAllOutputs(out, [await analysedSample('telesales-tanya-brooks.txt', true)]);
    expect((await listed(out)).every((name) => name.startsWith('resume-'))).toBe(true);
  });

  it('removes no file a run did not write, whatever its kind', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-out-'));
    await mkdir(join(out, 'reports'));
    await writeFile(join(out, 'reports', 'my-notes.md'), 'mine');
    await writeAllOutputs(out, [kavya]);
    await writeFile(join(out, 'reports', 'photo.png'), 'mine');
    await writeAllOutputs(out, [tanya]);
    await writeAllOutputs(out, [tanya]);
    expect(await readdir(join(out, 'reports'))).toEqual(expect.arrayContaining(['my-notes.md', 'photo.png']));
    expect(await readdir(join(out, 'reports'))).toHaveLength(4);
  });

  it('refuses a manifest or a results folder that is a link, deleting nothing through it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-out-'));
    const elsewhere = await mkdtemp(join(tmpdir(), 'rolefit-victim-'));
    await writeFile(join(elsewhere, 'important.json'), 'keep');
    await mkdir(join(out, 'reports'));
    await symlink(elsewhere, join(out, 'results'));
    await writeFile(join(out, '.rolefit-files'), 'results/important.json\n');
    await expect(writeAllOutputs(out, [tanya])).rejects.toBeInstanceOf(UsageError);
    expect(await readdir(elsewhere)).toEqual(['important.json']);
  });
});
