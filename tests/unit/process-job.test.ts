import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { UnrecoverableError } from 'bullmq';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineContext } from '../../src/pipeline.js';
import { jobIdFor } from '../../src/queue/enqueue-files.js';
import { checkJobName, decodeFailure, processJob } from '../../src/queue/process-job.js';
import { analyseJobName } from '../../src/queue/job-contract.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

let context: PipelineContext;
let payload: { source: string; document: { contentBase64: string; fileName: string } };
beforeAll(async () => {
  context = { taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: defaultReadOptions };
  const bytes = await readFile(new URL('../../samples/telesales-tanya-brooks.txt', import.meta.url));
  payload = { source: 'tanya.txt', document: { contentBase64: bytes.toString('base64'), fileName: 'tanya.txt' } };
});

async function failureOf(data: unknown): Promise<{ unrecoverable: boolean; code: string }> {
  try {
    await processJob(data, context, new Date('2026-11-22'));
    return { unrecoverable: false, code: 'none' };
  } catch (error) {
    return { unrecoverable: error instanceof UnrecoverableError, code: decodeFailure(error instanceof Error ? error.message : '').code };
  }
}

describe('processJob', () => {
  it('runs the pipeline on a valid job, honouring roles, top N and the reference date', async () => {
    const result = await processJob({ ...payload, options: { topN: 3, referenceDate: '2026-11' } }, context, new Date('2030-01-01'));
    expect(result.matches.map((m) => m.roleId)).toHaveLength(3);
    expect(result.referenceDate).toBe('2026-11');
    const subset = await processJob({ ...payload, options: { roles: ['collections-agent', 'team-leader'] } }, context, new Date());
    expect(subset.matches.map((m) => m.roleId).sort()).toEqual(['collections-agent', 'team-leader']);
  });

  it('scores a role named twice once', async () => {
    const result = await processJob({ ...payload, options: { roles: ['team-leader', 'team-leader', 'collections-agent'] } }, context, new Date());
    expect(result.matches.map((m) => m.roleId).sort()).toEqual(['collections-agent', 'team-leader']);
    const analysed = result.gapAnalysis.map((g) => g.roleId);
    expect(new Set(analysed).size).toBe(analysed.length);
  });

  it('fails bad jobs at once with their codes', async () => {
    expect(await failureOf({ source: 'x' })).toEqual({ unrecoverable: true, code: 'invalid_job' });
    expect(await failureOf({ ...payload, options: { roles: ['astronaut'] } })).toEqual({ unrecoverable: true, code: 'invalid_job' });
    expect(await failureOf({ ...payload, options: { taxonomyVersion: '99.0.0' } })).toEqual({ unrecoverable: true, code: 'invalid_job' });
    const empty = { source: 'e.pdf', document: { contentBase64: '', fileName: 'e.pdf' } };
    expect(await failureOf(empty)).toEqual({ unrecoverable: true, code: 'empty_file' });
  });

  it('fails a document too large for the worker as file_too_large, whatever its size, before decoding it', async () => {
    const small = { ...context, read: { ...defaultReadOptions, maxBytes: 1000 } };
    const sized = (bytes: number) => ({ source: 'big.txt', document: { contentBase64: Buffer.alloc(bytes, 65).toString('base64'), fileName: 'big.txt' } });
    for (const data of [sized(1001), sized(defaultReadOptions.maxBytes + 1), sized(defaultReadOptions.maxBytes + 500_000)]) {
      await expect(processJob(data, small, new Date())).rejects.toThrow(/^file_too_large: /);
    }
    expect(await failureOf(sized(defaultReadOptions.maxBytes + 500_000))).toEqual({ unrecoverable: true, code: 'file_too_large' });
  });

  it('fails a document one or two bytes over the limit, saying by how much in bytes', async () => {
    const sized = (bytes: number) => ({ source: 'big.txt', document: { contentBase64: Buffer.alloc(bytes, 65).toString('base64'), fileName: 'big.txt' } });
    const limit = defaultReadOptions.maxBytes;
    for (const over of [1, 2]) {
      await expect(processJob(sized(limit + over), context, new Date())).rejects.toThrow(
        `file_too_large: The document is ${(limit + over).toLocaleString('en-US')} bytes; the limit is ${limit.toLocaleString('en-US')} bytes (10.0 MB).`,
      );
    }
  });

  it('reads base64 wrapped into lines as the same document', async () => {
    const wrapped = payload.document.contentBase64.replace(/(.{76})/g, '$1\r\n');
    const [one, lines] = await Promise.all([
      processJob({ ...payload, options: { referenceDate: '2026-11' } }, context, new Date()),
      processJob({ ...payload, document: { ...payload.document, contentBase64: `${wrapped}\n` }, options: { referenceDate: '2026-11' } }, context, new Date()),
    ]);
    const timeless = (result: typeof one) => ({ ...result, document: { ...result.document, parseMs: 0, analyseMs: 0 } });
    expect(timeless(lines)).toEqual(timeless(one));
  });

  it('fails a cut base64 encoding as an invalid job, not as a damaged document', async () => {
    const cut = { ...payload, document: { ...payload.document, contentBase64: payload.document.contentBase64.slice(1) } };
    expect(await failureOf(cut)).toEqual({ unrecoverable: true, code: 'invalid_job' });
  });

  it('leaves faults that may pass to BullMQ\'s retries, each with its code', async () => {
    const missingRoot = { source: 'x', document: { path: 'a.txt' } };
    const settings = { documentRoot: '/nonexistent-document-root' };
    const error: unknown = await processJob(missingRoot, context, new Date(), settings).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UnrecoverableError);
    expect(decodeFailure(error instanceof Error ? error.message : '').code).toBe('internal_error');
  });

  it('takes the worker\'s reference date for jobs that give none, and the job\'s own over it', async () => {
    const worker = { referenceDate: { year: 2020, month: 1 } };
    expect((await processJob(payload, context, new Date('2026-11-22'), worker)).referenceDate).toBe('2020-01');
    expect((await processJob({ ...payload, options: { referenceDate: '2026-11' } }, context, new Date(), worker)).referenceDate).toBe('2026-11');
    expect((await processJob(payload, context, new Date('2026-11-22'))).referenceDate).toBe('2026-11');
  });

  it('refuses jobs of another name', () => {
    expect(() => checkJobName('totally-different-job')).toThrow(UnrecoverableError);
    expect(() => checkJobName(analyseJobName)).not.toThrow();
  });

  it('reads a document by path only under the document root', async () => {
    const samples = fileURLToPath(new URL('../../samples', import.meta.url));
    const byPath = { source: 'tanya.txt', document: { path: 'telesales-tanya-brooks.txt' } };
    const read = await processJob(byPath, context, new Date('2026-11-22'), { documentRoot: samples });
    const sent = await processJob(payload, context, new Date('2026-11-22'));
    expect(read.matches).toEqual(sent.matches);
    expect(await failureOf(byPath)).toEqual({ unrecoverable: true, code: 'invalid_job' });
    const escape = { source: 'x', document: { path: '../package.json' } };
    await expect(processJob(escape, context, new Date(), { documentRoot: samples })).rejects.toThrow(/^invalid_job: /);
  });

  it('redacts the contact details when the job asks for it, and only then', async () => {
    const plain = await processJob({ ...payload, options: { referenceDate: '2026-11' } }, context, new Date());
    const blind = await processJob({ ...payload, options: { referenceDate: '2026-11', redact: true } }, context, new Date());
    expect(plain.redacted).toBeUndefined();
    expect(plain.candidate.contact.name).not.toBeNull();
    expect(blind.redacted).toBe(true);
    expect(blind.candidate.contact).toEqual({ name: null, email: null, phone: null, location: null, country: null });
    expect(JSON.stringify(blind)).not.toContain(plain.candidate.contact.name ?? '');
    expect(blind.matches.map((m) => m.score)).toEqual(plain.matches.map((m) => m.score));
    expect(await failureOf({ ...payload, options: { redact: 'yes' } })).toEqual({ unrecoverable: true, code: 'invalid_job' });
  });

  it("checks the file's own name against its bytes and names it in messages; the result goes by the job's source", async () => {
    const docx = await readFile(new URL('../../samples/tech-support-arjun-nair.docx', import.meta.url));
    const misnamed = { source: 'ats-10295', document: { contentBase64: docx.toString('base64'), fileName: 'arjun.pdf' } };
    const read = await processJob(misnamed, context, new Date('2026-11-22'));
    expect(read.source).toBe('ats-10295');
    expect(read.document.flags).toContain('extension_mismatch');
    const broken = { source: 'ats-10294', document: { contentBase64: Buffer.from('%PDF-1.7\n1 0 obj broken').toString('base64'), fileName: 'cv.pdf' } };
    await expect(processJob(broken, context, new Date('2026-11-22'))).rejects.toThrow(/^corrupt_document: cv\.pdf /);
  });

  it('gives no file name away in the failure of a blind job, whether the document was read or never found', async () => {
    const broken = Buffer.from('%PDF-1.7\n1 0 obj broken').toString('base64');
    const named = { source: 'Sipho Dlamini CV.pdf', document: { contentBase64: broken, fileName: 'Sipho Dlamini CV.pdf' }, options: { redact: true } };
    await expect(processJob(named, context, new Date('2026-11-22'))).rejects.toThrow(/^corrupt_document: resume-[0-9a-f]{16}\.pdf /);
    const samples = fileURLToPath(new URL('../../samples', import.meta.url));
    const missing = { source: 'Sipho Dlamini CV.pdf', document: { path: 'Sipho Dlamini CV.pdf' }, options: { redact: true } };
    const failed = processJob(missing, context, new Date('2026-11-22'), { documentRoot: samples });
    await expect(failed).rejects.toThrow(/^read_failed: /);
    await expect(failed).rejects.not.toThrow(/Sipho|Dlamini/);
  });

  it('gives a redacted job another id than the same job without redaction', () => {
    const bytes = Buffer.from(payload.document.contentBase64, 'base64');
    const hash = context.taxonomy.source.hash;
    const plain = jobIdFor(bytes, { referenceDate: '2026-11' }, hash);
    expect(jobIdFor(bytes, { referenceDate: '2026-11' }, hash)).toBe(plain);
    expect(jobIdFor(bytes, { referenceDate: '2026-11', redact: true }, hash)).not.toBe(plain);
  });

  it('accepts the taxonomy version it has', async () => {
    const version = context.taxonomy.source.manifest.version;
    expect((await processJob({ ...payload, options: { taxonomyVersion: version } }, context, new Date())).ok).toBe(true);
  });
});
