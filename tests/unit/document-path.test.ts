import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentPathUnder } from '../../src/queue/document-path.js';
import { codeOfPromise } from '../support/error-code.js';

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await realpath(await mkdtemp(join(tmpdir(), 'rolefit-root-')));
  root = join(base, 'resumes');
  outside = join(base, 'secret.txt');
  await mkdir(join(root, 'batch-7'), { recursive: true });
  await writeFile(join(root, 'batch-7', 'jane.txt'), 'Jane Doe, Customer Service Representative');
  await writeFile(join(root, '..jane.txt'), 'A file whose name starts with two dots');
  await writeFile(outside, 'not a resume');
  await symlink(outside, join(root, 'link-out.txt'));
});

describe('documentPathUnder', () => {
  it('reads a path under the root, given absolute or relative to it', async () => {
    const jane = join(root, 'batch-7', 'jane.txt');
    expect(await documentPathUnder(root, jane)).toBe(jane);
    expect(await documentPathUnder(root, 'batch-7/jane.txt')).toBe(jane);
    expect(await documentPathUnder(root, '..jane.txt')).toBe(join(root, '..jane.txt'));
  });

  it('refuses paths outside the root, through "..", absolute or through a symbolic link', async () => {
    expect(await codeOfPromise(documentPathUnder(root, outside))).toBe('invalid_job');
    expect(await codeOfPromise(documentPathUnder(root, '../secret.txt'))).toBe('invalid_job');
    expect(await codeOfPromise(documentPathUnder(root, '/etc/passwd'))).toBe('invalid_job');
    expect(await codeOfPromise(documentPathUnder(root, 'link-out.txt'))).toBe('invalid_job');
  });

  it('says a file is missing only under the root, so jobs cannot probe other folders', async () => {
    expect(await codeOfPromise(documentPathUnder(root, 'batch-7/nobody.txt'))).toBe('read_failed');
    expect(await codeOfPromise(documentPathUnder(root, '/no/such/file.txt'))).toBe('invalid_job');
  });

  it('refuses every path when no root is set', async () => {
    expect(await codeOfPromise(documentPathUnder(null, join(root, 'batch-7', 'jane.txt')))).toBe('invalid_job');
  });
});
