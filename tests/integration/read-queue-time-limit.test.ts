/**
 * The read time limit counts from when a file's own reading starts in its thread: a file waiting for a thread behind
 * slower ones, or whose result waits while the main thread is busy, is not timed out for it. The pool runs the
 * compiled reader from dist/: `npm run build` first.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadPoolReader } from '../../src/parallel/document-readers.js';
import { defaultReadOptions, type DocumentInput } from '../../src/read-document/document-types.js';
import { codeOfPromise as codeOf } from '../support/error-code.js';
import { samplesDirectory } from '../support/samples.js';

/** One thread, so that every read handed over after the first waits in line. */
const pool = threadPoolReader({ threads: 1 });
afterAll(() => pool.close());

const sample = async (file: string): Promise<DocumentInput> => ({ name: file, bytes: await readFile(join(samplesDirectory, file)) });

let slow: DocumentInput;
let fast: DocumentInput;
/**
 * How long one slow read takes on this machine, warm: a fast file given this as its limit reads well within it (a
 * short text against a PDF), yet waits several times as long behind the slow ones. Only a limit is derived from it;
 * nothing asserts a speed.
 */
let slowReadMs = 0;

beforeAll(async () => {
  slow = await sample('ops-manager-rajesh-kulkarni.pdf');
  fast = await sample('data-entry-kavya-menon.txt');
  await pool.read(slow, defaultReadOptions);
  const started = performance.now();
  await pool.read(slow, defaultReadOptions);
  slowReadMs = Math.max(50, performance.now() - started);
});

describe('the read time limit of a file waiting for a thread', () => {
  it('does not time out a fast file queued behind slow ones', async () => {
    const ahead = Array.from({ length: 4 }, () => pool.read(slow, defaultReadOptions));
    const queued = pool.read(fast, { ...defaultReadOptions, timeoutMs: slowReadMs });
    expect(await codeOf(queued)).toBe('none');
    for (const read of ahead) expect(await codeOf(read)).toBe('none');
  });

  it('still stops a queued file that runs past its own limit once it is read, and the pool reads on', async () => {
    const ahead = Array.from({ length: 2 }, () => pool.read(slow, defaultReadOptions));
    const stuck = pool.read(slow, { ...defaultReadOptions, timeoutMs: 1 });
    expect(await codeOf(stuck)).toBe('timeout');
    for (const read of ahead) expect(await codeOf(read)).toBe('none');
    expect((await pool.read(fast, defaultReadOptions)).text).toContain('Kavya Menon');
  });

  it('does not time out a fast file whose result waits while this thread is busy', async () => {
    const reading = pool.read(fast, { ...defaultReadOptions, timeoutMs: slowReadMs });
    // As when the main thread analyses a long resume: the finished read cannot be handled until it is free.
    const busyUntil = performance.now() + 3 * slowReadMs;
    while (performance.now() < busyUntil);
    expect(await codeOf(reading)).toBe('none');
  });
});
