import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultSchema, type SuccessResult } from '../../src/contracts/result-schema.js';
import { processJob } from '../../src/queue/process-job.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { runCli } from '../support/run-cli.js';
import { sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const postingPath = 'tests/fixtures/postings/medical-billing-associate.txt';

describe('ranking against a job posting', () => {
  it('rolefit match --job scores every resume against the posting only, the billing resume first', async () => {
    const run = await runCli([
      'match', 'samples/medical-coder-lakshmi-iyer.pdf', 'samples/telesales-tanya-brooks.txt', 'samples/csr-maria-santos.pdf',
      '--job', postingPath, '--format', 'jsonl', '--reference-date', '2026-11', '--threads', '0',
    ]);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    const results = run.stdout.trim().split('\n').map((line) => resultSchema.parse(JSON.parse(line)) as SuccessResult);
    for (const result of results) {
      expect(result.jobProfile?.title).toBe('Medical Billing Associate');
      expect(result.matches.map((m) => m.roleId)).toEqual([result.jobProfile?.id]);
      expect(result.gapAnalysis[0]?.gaps.every((gap) => gap.action.length > 0)).toBe(true);
    }
    const scores = new Map(results.map((r) => [r.source.split('/').pop(), r.matches[0]?.score ?? 0]));
    const coder = scores.get('medical-coder-lakshmi-iyer.pdf') ?? 0;
    expect(coder).toBeGreaterThan(scores.get('telesales-tanya-brooks.txt') ?? 100);
    expect(coder).toBeGreaterThan(scores.get('csr-maria-santos.pdf') ?? 100);
  });

  it('refuses --job together with --roles, and a posting that names no known skill', async () => {
    const both = await runCli(['match', 'samples/csr-maria-santos.pdf', '--job', postingPath, '--roles', 'team-leader', '--format', 'jsonl']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either --roles or --job');
    const empty = await runCli(['match', 'samples/csr-maria-santos.pdf', '--job', 'samples/broken/empty.pdf', '--format', 'jsonl']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('Cannot read the job posting');
    const folder = await mkdtemp(join(tmpdir(), 'rolefit-posting-'));
    const vague = join(folder, 'vague.txt');
    await writeFile(vague, 'Lorem ipsum dolor sit amet.\nConsectetur adipiscing elit.\n');
    const nothingKnown = await runCli(['match', 'samples/csr-maria-santos.pdf', '--job', vague, '--format', 'jsonl']);
    expect(nothingKnown.code).toBe(2);
    expect(nothingKnown.stderr).toContain('names no skill the taxonomy knows');
  });

  it('a queue job with a jobDescription gives the same result as the CLI path', async () => {
    const taxonomy = await builtInTaxonomy();
    const context = { taxonomy, referenceDate: sampleReferenceDate, read: defaultReadOptions };
    const text = await readFile(postingPath, 'utf8');
    const bytes = await readFile('samples/medical-coder-lakshmi-iyer.pdf');
    const payload = {
      source: 'coder.pdf',
      document: { contentBase64: bytes.toString('base64'), fileName: 'coder.pdf' },
      options: { jobDescription: { text, name: 'medical-billing-associate.txt' }, referenceDate: '2026-11' },
    };
    const result = await processJob(payload, context, new Date());
    expect(result.jobProfile?.closestRole).toBe('medical-biller');
    expect(result.matches).toHaveLength(1);
    // Built once, then taken from the worker's cache: same answer.
    expect((await processJob(payload, context, new Date())).matches).toEqual(result.matches);
  });
});
