/** The documents a command line names: folders expanded, links followed, nothing dropped without a word. */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectInputs, type SkippedPath } from '../../src/cli/collect-inputs.js';
import { UsageError } from '../../src/cli/usage-error.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rolefit-inputs-'));
  const elsewhere = join(root, 'elsewhere');
  await mkdir(join(root, 'batch', 'sub'), { recursive: true });
  await mkdir(join(elsewhere, 'shared'), { recursive: true });
  await writeFile(join(root, 'batch', 'a.pdf'), 'a');
  await writeFile(join(root, 'batch', 'sub', 'b.docx'), 'b');
  await writeFile(join(root, 'batch', '.hidden.pdf'), 'h');
  await writeFile(join(elsewhere, 'linked.txt'), 'l');
  await writeFile(join(elsewhere, 'shared', 'c.pdf'), 'c');
  await symlink(join(elsewhere, 'linked.txt'), join(root, 'batch', 'link-to-file.txt'));
  await symlink(join(elsewhere, 'shared'), join(root, 'batch', 'link-to-folder'));
  await symlink(join(elsewhere, 'shared'), join(root, 'batch', 'second-link-to-folder'));
  await symlink(join(root, 'batch'), join(root, 'batch', 'sub', 'link-up'));
  await symlink(join(elsewhere, 'gone.pdf'), join(root, 'batch', 'broken-link.pdf'));
});

describe('collectInputs', () => {
  it('follows links to files and folders, reads a folder once however often it is linked, and keeps broken links', async () => {
    const batch = join(root, 'batch');
    expect(await collectInputs([batch])).toEqual([
      join(batch, 'a.pdf'),
      join(batch, 'broken-link.pdf'),
      join(batch, 'link-to-file.txt'),
      join(batch, 'link-to-folder', 'c.pdf'),
      join(batch, 'sub', 'b.docx'),
    ]);
  });

  it('keeps a path that does not exist, to fail it as a document', async () => {
    const missing = join(root, 'missing.pdf');
    expect(await collectInputs([missing])).toEqual([missing]);
  });

  it('passes by data and code files in folders and tells of each, but reads one named on the command line', async () => {
    const mixed = join(root, 'mixed');
    await mkdir(mixed);
    for (const name of ['resume.pdf', 'export.CSV', 'package.json', 'run.log', 'notes.md', 'cv']) await writeFile(join(mixed, name), 'x');
    const skipped: string[] = [];
    expect(await collectInputs([mixed], ({ path }) => skipped.push(path))).toEqual([join(mixed, 'cv'), join(mixed, 'notes.md'), join(mixed, 'resume.pdf')]);
    expect(skipped).toEqual([join(mixed, 'export.CSV'), join(mixed, 'package.json'), join(mixed, 'run.log')]);
    expect(await collectInputs([join(mixed, 'package.json')])).toEqual([join(mixed, 'package.json')]);
    const onlyData = join(root, 'only-data');
    await mkdir(onlyData);
    await writeFile(join(onlyData, 'a.json'), '{}');
    await expect(collectInputs([onlyData])).rejects.toBeInstanceOf(UsageError);
  });

  it('passes by a folder an earlier run wrote, renamed or not, and tells of it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rolefit-rerun-'));
    await writeFile(join(folder, 'ana.txt'), 'Ana Cruz');
    const earlier = join(folder, 'out-monday');
    await mkdir(join(earlier, 'reports'), { recursive: true });
    await writeFile(join(earlier, '.rolefit-files'), 'reports/ana.txt.md\n');
    await writeFile(join(earlier, 'reports', 'ana.txt.md'), '# Role fit report: Ana Cruz');
    await writeFile(join(earlier, 'reports', 'ana.txt.html'), '<p>Ana Cruz</p>');
    const skipped: SkippedPath[] = [];
    expect(await collectInputs([folder], (found) => skipped.push(found))).toEqual([join(folder, 'ana.txt')]);
    expect(skipped).toEqual([{ path: `${earlier}/`, reason: 'rolefit output folder' }]);
    // A report named on the command line is read like any file.
    expect(await collectInputs([join(earlier, 'reports', 'ana.txt.md')])).toEqual([join(earlier, 'reports', 'ana.txt.md')]);
  });

  it('passes by hidden files and tells of each, and searches no hidden folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rolefit-hidden-'));
    await writeFile(join(folder, 'ana.txt'), 'Ana Cruz');
    await writeFile(join(folder, '.ramon.txt'), 'Ramon Pena');
    await mkdir(join(folder, '.git'));
    await writeFile(join(folder, '.git', 'config'), '[core]');
    const skipped: SkippedPath[] = [];
    expect(await collectInputs([folder], (found) => skipped.push(found))).toEqual([join(folder, 'ana.txt')]);
    expect(skipped).toEqual([{ path: join(folder, '.ramon.txt'), reason: 'hidden file' }]);
  });

  it('calls a folder without documents misuse, not an empty success', async () => {
    const empty = join(root, 'empty');
    await mkdir(empty);
    await expect(collectInputs([empty])).rejects.toBeInstanceOf(UsageError);
  });
});
