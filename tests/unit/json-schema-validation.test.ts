/**
 * The published JSON Schemas, as a client in another language uses them: checked with a JSON Schema validator (Ajv,
 * draft 2020-12), not with the zod schemas they are made from. What they accept must be what workers accept.
 */
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/contracts/json-schemas.js';
import { batchResultSchema, batchResultSchemaVersion } from '../../src/queue/batch-contract.js';
import { jobPayloadSchema } from '../../src/queue/job-contract.js';

type Validate = (data: unknown) => boolean;
let validateResult: Validate;
let validatePayload: Validate;
let goldenResults: unknown[];

beforeAll(async () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const schemas = jsonSchemas();
  validateResult = ajv.compile(schemas['result.schema.json'] as object);
  validatePayload = ajv.compile(schemas['job-payload.schema.json'] as object);
  const golden = await readFile(new URL('../golden/samples.jsonl', import.meta.url), 'utf8');
  goldenResults = golden.trim().split('\n').map((line): unknown => JSON.parse(line));
});

describe('result.schema.json', () => {
  it('accepts every result the samples give, failures included', () => {
    expect(goldenResults.length).toBeGreaterThan(10);
    for (const result of goldenResults) expect(validateResult(result)).toBe(true);
  });

  it('accepts a later 1.x result with fields it does not list, but no result of another major version', () => {
    const [first] = goldenResults.filter((r) => typeof r === 'object' && r !== null && 'ok' in r && r.ok === true);
    if (typeof first !== 'object' || first === null || !('candidate' in first) || typeof first.candidate !== 'object') {
      throw new Error('no successful sample result');
    }
    const later = { ...first, schemaVersion: '1.9.0', newTopField: 1, candidate: { ...first.candidate, newCandidateField: 'x' } };
    expect(validateResult(later)).toBe(true);
    expect(validateResult({ ...first, schemaVersion: '2.0.0' })).toBe(false);
    expect(validateResult({ ...first, ok: 'yes' })).toBe(false);
  });

  it('accepts values a later 1.x adds to a list of words: a new format, error code or band', () => {
    const success = goldenResults.find((r): r is { ok: true; document: object; matches: object[] } => typeof r === 'object' && r !== null && 'ok' in r && r.ok === true);
    const failure = goldenResults.find((r): r is { ok: false; error: object } => typeof r === 'object' && r !== null && 'ok' in r && r.ok === false);
    if (!success || !failure) throw new Error('the samples give no success or no failure');
    const [match] = success.matches;
    expect(validateResult({ ...success, schemaVersion: '1.9.0', document: { ...success.document, format: 'pages' }, matches: [{ ...match, band: 'exceptional' }] })).toBe(true);
    expect(validateResult({ ...failure, schemaVersion: '1.9.0', error: { ...failure.error, code: 'quota_exceeded' } })).toBe(true);
    expect(validateResult({ ...success, matches: [{ ...match, band: 7 }] })).toBe(false);
  });

  it('still lists the values this version knows', () => {
    const schema = JSON.stringify(jsonSchemas()['result.schema.json']);
    for (const known of ['"met"', '"corrupt_document"', '"ready-now"', '"language_shown"']) expect(schema).toContain(known);
  });
});

describe('job-payload.schema.json', () => {
  const bytes = (text: string): string => Buffer.from(text).toString('base64');
  const payloads: [string, unknown][] = [
    ['bytes', { source: 'a.txt', document: { contentBase64: bytes('Jane Doe'), fileName: 'a.txt' } }],
    ['a path and options', { source: 'a.pdf', document: { path: 'x/a.pdf' }, options: { referenceDate: '2026-02-28', redact: true } }],
    ['29 February', { source: 'a', document: { path: 'x' }, options: { referenceDate: '2028-02-29' } }],
    // As Python's base64.encodebytes and the base64 command write it: lines of 76, and a final line break.
    ['wrapped base64', { source: 'a', document: { contentBase64: `${bytes('Jane Doe, Customer Service Representative, Cebu City, 2019 - 2024, Zendesk').replace(/(.{76})/g, '$1\n')}\n`, fileName: 'a.txt' } }],
    ['29 February of 2027', { source: 'a', document: { path: 'x' }, options: { referenceDate: '2027-02-29' } }],
    ['full-width digits', { source: 'a', document: { path: 'x' }, options: { referenceDate: '２０２６-11' } }],
    ['unpadded base64', { source: 'a', document: { contentBase64: bytes('Jane Doe').replace(/=+$/, ''), fileName: 'a.txt' } }],
    ['a cut encoding', { source: 'a', document: { contentBase64: bytes('Jane Doe, Customer Service').slice(1), fileName: 'a.txt' } }],
    ['30 February', { source: 'a', document: { path: 'x' }, options: { referenceDate: '2026-02-30' } }],
    ['31 April', { source: 'a', document: { path: 'x' }, options: { referenceDate: '2026-04-31' } }],
    ['month 13', { source: 'a', document: { path: 'x' }, options: { referenceDate: '2026-13' } }],
    ['an unknown option', { source: 'a', document: { path: 'x' }, options: { redacted: true } }],
    ['no document', { source: 'a' }],
    ['roles and a posting', { source: 'a', document: { path: 'x' }, options: { roles: ['team-leader'], jobDescription: { text: 'Team Leader', name: 'tl.txt' } } }],
  ];

  it.each(payloads)('agrees with the worker on %s', (_, payload) => {
    const accepted = jobPayloadSchema.safeParse(payload).success;
    expect(validatePayload(payload)).toBe(accepted);
  });

  it('accepts the valid payloads and refuses the others', () => {
    expect(payloads.map(([what, payload]) => [what, validatePayload(payload)])).toEqual([
      ['bytes', true], ['a path and options', true], ['29 February', true], ['wrapped base64', true], ['29 February of 2027', false],
      ['full-width digits', false], ['unpadded base64', false], ['a cut encoding', false],
      ['30 February', false], ['31 April', false], ['month 13', false], ['an unknown option', false], ['no document', false],
      ['roles and a posting', false],
    ]);
  });
});

describe('batch-result.schema.json', () => {
  const batch = {
    schemaVersion: batchResultSchemaVersion,
    batchId: 'b1',
    total: 1,
    succeeded: 0,
    failed: 1,
    shortlistCsv: 'role,rank\n',
    entries: [{ source: 'cv.pdf', jobId: 'j1', ok: false, best: null, error: { code: 'corrupt_document', message: 'cv.pdf is damaged.' } }],
  };

  it('wants the schema version of a batch result, any 1.x, like the per-document results', () => {
    const validate = new Ajv2020({ strict: false }).compile(jsonSchemas()['batch-result.schema.json'] as object);
    expect(batchResultSchema.parse(batch)).toEqual(batch);
    expect(validate(batch)).toBe(true);
    expect(validate({ ...batch, schemaVersion: '1.9.0', laterField: true })).toBe(true);
    expect(validate({ ...batch, schemaVersion: '2.0.0' })).toBe(false);
    const { schemaVersion, ...unversioned } = batch;
    expect(schemaVersion).toBe('1.1.0');
    expect(validate(unversioned)).toBe(false);
  });
});
