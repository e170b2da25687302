import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { RolefitError } from '../../src/errors.js';
import { inProcessReader, threadPoolReader } from '../../src/parallel/document-readers.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { allSampleFiles } from '../support/samples.js';
import { codeOfPromise as codeOf } from '../support/error-code.js';
import { flateBombPdf } from '../../scripts/make-hostile-corpus.js';

const pool = threadPoolReader({ threads: 2 });
afterAll(() => pool.close());

describe('reading on a thread pool', () => {
  it('gives the same text and errors as reading in the main thread', async () => {
    const inProcess = inProcessReader();
    for (const file of await allSampleFiles()) {
      const input = { name: file, bytes: await readFile(file) };
      const [here, there] = await Promise.all([
        inProcess.read(input, defaultReadOptions).catch((e: unknown) => (e instanceof RolefitError ? e.code : e)),
        pool.read(input, defaultReadOptions).catch((e: unknown) => (e instanceof RolefitError ? e.code : e)),
      ]);
      expect(there, file).toEqual(here);
    }
  });

  it('stops a document that runs past its time limit, and keeps working afterwards', async () => {
    const [file] = (await allSampleFiles()).filter((f) => f.endsWith('ops-manager-rajesh-kulkarni.pdf'));
    if (!file) throw new Error('sample missing');
    const input = { name: file, bytes: await readFile(file) };
    expect(await codeOf(pool.read(input, { ...defaultReadOptions, timeoutMs: 1 }))).toBe('timeout');
    expect((await pool.read(input, defaultReadOptions)).text).toContain('RAJESH KULKARNI');
  });
});

describe('a document whose streams inflate past the memory limit', () => {
  it('is stopped as resource_limit, and the pool reads on afterwards', async () => {
    const bomb = flateBombPdf(600);
    const rssMb = process.memoryUsage.rss() / (1024 * 1024);
    const guarded = threadPoolReader({ threads: 1, maxRssMb: Math.round(rssMb) + 300 });
    try {
      const stopped = await guarded.read({ name: 'bomb.pdf', bytes: bomb }, { ...defaultReadOptions, timeoutMs: 60_000 }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(stopped).toBeInstanceOf(RolefitError);
      expect(stopped).toMatchObject({ code: 'resource_limit', message: expect.stringMatching(/^bomb\.pdf took the process past \d+ MB of memory/) as unknown });
      const [file] = (await allSampleFiles()).filter((f) => f.endsWith('ops-manager-rajesh-kulkarni.pdf'));
      if (!file) throw new Error('sample missing');
      expect((await guarded.read({ name: file, bytes: await readFile(file) }, defaultReadOptions)).text).toContain('RAJESH KULKARNI');
    } finally {
      await guarded.close();
    }
  }, 60_000);
});
