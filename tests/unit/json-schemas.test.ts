import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/contracts/json-schemas.js';
import { resultSchemaVersion } from '../../src/contracts/result-schema.js';
import { jobPayloadSchema } from '../../src/queue/job-contract.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

describe('published JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))('schemas/%s is up to date (run `npm run schemas` after changing a contract)', async (name, schema) => {
    const committed: unknown = JSON.parse(await readFile(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));
    expect(committed).toEqual(schema);
  });

  it("pins, in the HR systems' Python example, the taxonomy version the workers run and the result schema's", async () => {
    const readme = await readFile(new URL('../../schemas/README.md', import.meta.url), 'utf8');
    const pinned = /^TAXONOMY_VERSION = "([^"]+)"/m.exec(readme)?.[1];
    expect(pinned).toBe((await builtInTaxonomy()).source.manifest.version);
    expect(/^RESULT_SCHEMA_VERSION = "([^"]+)"/m.exec(readme)?.[1]).toBe(resultSchemaVersion);
  });

  it('reads a role named twice as one role, and says so in the published schema', () => {
    const parsed = jobPayloadSchema.parse({ source: 'a', document: { path: 'x' }, options: { roles: ['team-leader', 'collections-agent', 'team-leader'] } });
    expect(parsed.options.roles).toEqual(['team-leader', 'collections-agent']);
    // Options left out are the empty options, in the payload and in its published default.
    expect(jobPayloadSchema.parse({ source: 'a', document: { path: 'x' } }).options).toEqual({});
    const published = JSON.stringify(jsonSchemas()['job-payload.schema.json']);
    expect(published).toContain('A repeated id is scored once.');
    expect(published).toContain('"default":{}');
  });

  it('accepts the documented job shapes and rejects malformed ones', () => {
    expect(jobPayloadSchema.safeParse({ source: 'a.pdf', document: { path: '/data/a.pdf' } }).success).toBe(true);
    expect(
      jobPayloadSchema.safeParse({
        source: 'a.txt',
        document: { contentBase64: Buffer.from('Jane').toString('base64'), fileName: 'a.txt' },
        options: { referenceDate: '2026-11', roles: ['team-leader'] },
      }).success,
    ).toBe(true);
    expect(jobPayloadSchema.safeParse({ source: 'a.pdf', document: { path: 'x' }, options: { redact: true } }).success).toBe(true);
    expect(jobPayloadSchema.safeParse({ source: 'a.pdf', document: { path: 'x' }, options: { redact: 'yes' } }).success).toBe(false);
    expect(jobPayloadSchema.safeParse({ source: 'a.pdf', document: {} }).success).toBe(false);
    expect(jobPayloadSchema.safeParse({ source: 'a.pdf', document: { path: 'x' }, extra: 1 }).success).toBe(false);
    expect(jobPayloadSchema.safeParse({ source: 'a', document: { contentBase64: 'not base64!', fileName: 'a' } }).success).toBe(false);
    // A cut encoding: every character is base64, but the length is no multiple of four.
    const cut = Buffer.from('Jane Doe, Customer Service').toString('base64').slice(1);
    expect(jobPayloadSchema.safeParse({ source: 'a', document: { contentBase64: cut, fileName: 'a.txt' } }).success).toBe(false);
    expect(jobPayloadSchema.safeParse({ source: 'a', document: { path: 'x' }, options: { referenceDate: 'May' } }).success).toBe(false);
    const withDate = (referenceDate: string) => jobPayloadSchema.safeParse({ source: 'a', document: { path: 'x' }, options: { referenceDate } }).success;
    expect(['2026-12', '2026-01-31'].map(withDate)).toEqual([true, true]);
    expect(['2026-13', '2026-00', '2026-11-32'].map(withDate)).toEqual([false, false, false]);
  });
});
