/**
 * Reads the hostile corpus (scripts/make-hostile-corpus.ts) on the thread pool the CLI and the queue worker use, with
 * the default limits: every file must end in its expected typed error or succeed, no read may run past the time
 * limit, and memory must stay bounded. The pool runs the compiled reader from dist/: `npm run build` first.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHostileCorpus, type HostileCase } from '../../scripts/make-hostile-corpus.js';
import { RolefitError } from '../../src/errors.js';
import { threadPoolReader } from '../../src/parallel/document-readers.js';
import { defaultReadOptions, type DocumentText, type ReadOptions } from '../../src/read-document/document-types.js';

const threads = 2;
/** Time a read may take past its limit: the pool's abort, ending the thread and reporting back. */
const marginMs = 1_000;
const MB = 1024 * 1024;

/**
 * The reading threads live in this process, so their memory is part of its RSS; only each thread's V8 heap is capped
 * (maxHeapMb), not WebAssembly memory (OCR) or ArrayBuffers (unzipped parts). What every thread loads once, pdf.js
 * (~130 MB) and the OCR engine with its English model (~160 MB), is loaded by a warm-up read before the first
 * measurement, so what is measured is what the hostile documents cost. Per thread that is about the largest single
 * working set, as V8 keeps the heap it grew for the next document instead of returning it: a zip bomb is stopped at
 * the 50 MB unzip budget with at most about twice that in memory, and a 5 MB single line becomes a few copies of a
 * 10 MB string while it is cleaned, so ~200 MB at most per thread. Two threads, plus the bytes of the files this
 * process holds while they are read (2 × 11 MB at most): 450 MB leaves room (measured: 170-320 MB). A bomb unpacked
 * whole (256 MB, then decoded to a string) or results that kept whole documents would go well past it.
 */
const maxRssGrowthMb = 450;

type Outcome = { readonly ok: true; readonly document: DocumentText } | { readonly ok: false; readonly code: string; readonly message: string };

interface Read {
  readonly hostile: HostileCase;
  readonly outcome: Outcome;
  readonly ms: number;
}

const pool = threadPoolReader({ threads });
let dir = '';
let cases: HostileCase[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolefit-hostile-'));
  cases = await makeHostileCorpus(dir);
});

afterAll(async () => {
  await pool.close();
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

async function read(file: string, options: ReadOptions): Promise<{ outcome: Outcome; ms: number }> {
  const bytes = await readFile(join(dir, file));
  const started = performance.now();
  try {
    const document = await pool.read({ name: file, bytes }, options);
    return { outcome: { ok: true, document }, ms: performance.now() - started };
  } catch (error) {
    const outcome: Outcome =
      error instanceof RolefitError ? { ok: false, code: error.code, message: error.message } : { ok: false, code: 'untyped', message: String(error) };
    return { outcome, ms: performance.now() - started };
  }
}

/** What was expected of a file, and the same facts as observed, in one shape so that a mismatch shows as a diff. */
function compare({ hostile, outcome }: Read): { expected: object; observed: object } {
  const { file, expect: expectation } = hostile;
  if ('code' in expectation) {
    return { expected: { file, outcome: expectation.code }, observed: { file, outcome: outcome.ok ? 'ok' : outcome.code } };
  }
  if (!outcome.ok) return { expected: { file, outcome: 'ok' }, observed: { file, outcome: `${outcome.code}: ${outcome.message}` } };
  const { text, flags } = outcome.document;
  return {
    expected: { file, outcome: 'ok', contains: expectation.contains, flags: expectation.flags ?? [] },
    observed: {
      file,
      outcome: 'ok',
      contains: expectation.contains !== undefined && text.includes(expectation.contains) ? expectation.contains : text.slice(0, 80),
      flags: (expectation.flags ?? []).filter((flag) => flags.includes(flag)),
    },
  };
}

describe('the hostile corpus', () => {
  it('has at least 30 files, each with its own name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((hostile) => hostile.file)).size).toBe(cases.length);
  });

  it(
    'reads every file to its expected outcome on the thread pool, within the time limit and bounded memory',
    async () => {
      // Warm-up: one OCR read per thread loads pdf.js and the OCR engine in both (a thread takes one task at a time).
      await Promise.all(Array.from({ length: threads }, () => read('image-only.pdf', defaultReadOptions)));

      const rssBefore = process.memoryUsage().rss;
      let rssPeak = rssBefore;
      const sampler = setInterval(() => {
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      }, 10);
      // One lane per thread, so each read's time is its own and not time spent waiting in the pool's queue.
      const reads: Read[] = [];
      const queue = [...cases];
      const lane = async (): Promise<void> => {
        for (let hostile = queue.shift(); hostile !== undefined; hostile = queue.shift()) {
          reads.push({ hostile, ...(await read(hostile.file, defaultReadOptions)) });
        }
      };
      try {
        await Promise.all(Array.from({ length: threads }, lane));
      } finally {
        clearInterval(sampler);
      }
      const rssAfter = process.memoryUsage().rss;

      const inOrder = cases.map((hostile) => reads.find((r) => r.hostile === hostile)).filter((r) => r !== undefined);
      expect(inOrder).toHaveLength(cases.length);
      const compared = inOrder.map(compare);
      expect(compared.map((c) => c.observed)).toEqual(compared.map((c) => c.expected));

      const untyped = inOrder.filter((r) => !r.outcome.ok && (r.outcome.code === 'internal_error' || r.outcome.code === 'untyped'));
      expect(untyped.map((r) => r.hostile.file)).toEqual([]);

      const slow = inOrder.filter((r) => r.ms > defaultReadOptions.timeoutMs + marginMs).map((r) => `${r.hostile.file}: ${Math.round(r.ms)} ms`);
      expect(slow).toEqual([]);

      expect((rssAfter - rssBefore) / MB).toBeLessThan(maxRssGrowthMb);
      expect((rssPeak - rssBefore) / MB).toBeLessThan(maxRssGrowthMb);
    },
    50_000,
  );

  it('stops a heavy document at a tiny time limit, and the pool keeps working afterwards', async () => {
    // 500 pages within a raised page limit take a few hundred milliseconds to read, however fast the machine; 20 ms is
    // not enough.
    const heavy = await read('five-hundred-pages.pdf', { ...defaultReadOptions, maxPages: 1000, timeoutMs: 20 });
    expect(heavy.outcome).toMatchObject({ ok: false, code: 'timeout' });
    expect(heavy.ms).toBeLessThan(20 + marginMs);

    // The thread that was ended is replaced: both threads read again.
    const after = await Promise.all([read('control-resume.pdf', defaultReadOptions), read('control-resume.docx', defaultReadOptions)]);
    for (const { outcome } of after) {
      expect(outcome.ok).toBe(true);
      if (outcome.ok) expect(outcome.document.text).toContain('Dana Whitfield');
    }
  });

  it('holds the time limit when this thread is too busy to handle its timer before the result', async () => {
    // The limit holds on the time the read took in its own thread: 500 pages take longer than 20 ms (see above).
    const bytes = await readFile(join(dir, 'five-hundred-pages.pdf'));
    const reading = pool.read({ name: 'five-hundred-pages.pdf', bytes }, { ...defaultReadOptions, maxPages: 1000, timeoutMs: 20 });
    // Neither the timer nor the finished read can be handled while this thread is busy; both are due once it is free.
    const busyUntil = performance.now() + 1_000;
    while (performance.now() < busyUntil);
    await expect(reading).rejects.toMatchObject({ code: 'timeout' });
  });
});
