/**
 * Blind screening over the bundled samples: with `redact`, no output (JSON, Markdown, CSV, every file written and its
 * name) holds a contact detail that the same run without `redact` finds, and every score stays the same.
 */
import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { blindSource } from '../../src/build-reports/blind-source.js';
import { renderShortlistCsv, shortlistEntry } from '../../src/build-reports/render-csv.js';
import { renderMarkdown } from '../../src/build-reports/render-markdown.js';
import { analyseFile } from '../../src/cli/match-command.js';
import type { AnalysisResult, SuccessResult } from '../../src/contracts/result-schema.js';
import type { Contact } from '../../src/extract-candidate/candidate-types.js';
import type { PipelineContext } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { writeAllOutputs } from '../support/write-all-outputs.js';
import { contactMentions } from '../support/contact-mentions.js';
import { runCli } from '../support/run-cli.js';
import { allSampleFiles, brokenDirectory, sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

/** Every sample read twice, the scan through OCR included. */
const analyseTimeoutMs = 180_000;
/** Two runs of the command, each starting from source. */
const cliTimeoutMs = 60_000;

interface Sample {
  readonly plain: SuccessResult;
  readonly blind: SuccessResult;
  /** What the run without redaction found: the details that must not appear with it. */
  readonly contact: Contact;
}

let samples: Sample[];

function succeeded(result: AnalysisResult): SuccessResult {
  if (!result.ok) throw new Error(`${result.source}: ${result.error.code}: ${result.error.message}`);
  return result;
}

beforeAll(async () => {
  const context: PipelineContext = { taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: defaultReadOptions };
  const files = (await allSampleFiles()).filter((file) => !file.startsWith(brokenDirectory));
  samples = [];
  for (const file of files) {
    const source = relative(process.cwd(), file);
    const plain = succeeded(await analyseFile(source, context));
    const blind = succeeded(await analyseFile(source, { ...context, redact: true }));
    samples.push({ plain, blind, contact: plain.candidate.contact });
  }
}, analyseTimeoutMs);

/** Every file below a folder, by its path relative to it. */
async function filesBelow(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(directory, join(e.parentPath, e.name)));
}

describe('blind screening over samples/', () => {
  it('finds contact details in every sample without redaction, and shows the name in every output', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
    const csv = renderShortlistCsv(samples.map((s) => shortlistEntry(s.plain)));
    for (const { plain, contact } of samples) {
      expect.soft(contact.name, plain.source).not.toBeNull();
      expect.soft(contact.email, plain.source).not.toBeNull();
      expect.soft(contact.phone, plain.source).not.toBeNull();
      const name = contact.name ?? '';
      expect.soft(contactMentions(JSON.stringify(plain), contact), plain.source).toContain(name);
      expect.soft(contactMentions(renderMarkdown(plain), contact), plain.source).toContain(name);
      expect.soft(contactMentions(csv, contact), plain.source).toContain(name);
      expect.soft(plain.redacted, plain.source).toBeUndefined();
    }
  });

  it('leaves no contact detail in the JSON, the Markdown or the CSV of any sample', () => {
    const csv = renderShortlistCsv(samples.map((s) => shortlistEntry(s.blind)));
    for (const { blind, contact } of samples) {
      expect.soft(blind.redacted, blind.source).toBe(true);
      expect.soft(blind.candidate.contact, blind.source).toEqual({ name: null, email: null, phone: null, location: null, country: null });
      expect.soft(contactMentions(JSON.stringify(blind), contact), blind.source).toEqual([]);
      expect.soft(contactMentions(renderMarkdown(blind), contact), blind.source).toEqual([]);
      expect.soft(contactMentions(csv, contact), blind.source).toEqual([]);
    }
  });

  it('gives every role the same score, band and components with and without redaction', () => {
    const scores = (result: SuccessResult): unknown =>
      result.matches.map((m) => ({ roleId: m.roleId, score: m.score, band: m.band, contributions: m.components.map((c) => c.contribution) }));
    for (const { plain, blind } of samples) expect.soft(scores(blind), plain.source).toEqual(scores(plain));
  });

  it('names written files by a hash, and no file or file name holds a contact detail', async () => {
    const plainOut = await mkdtemp(join(tmpdir(), 'rolefit-plain-'));
    await writeAllOutputs(plainOut, samples.map((s) => s.plain));
    expect(await filesBelow(plainOut)).toContain(join('results', 'csr-maria-santos.pdf.json'));

    const blindOut = await mkdtemp(join(tmpdir(), 'rolefit-blind-'));
    await writeAllOutputs(blindOut, samples.map((s) => s.blind));
    const written = await filesBelow(blindOut);
    const perResume = written.filter((file) => file !== 'shortlist.csv' && file !== '.rolefit-files');
    expect(perResume.length).toBeGreaterThanOrEqual(2 * samples.length);
    for (const file of perResume) expect(file).toMatch(/^(?:results|reports)\/resume-[0-9a-f]{16}(?:\.\w+)+$/);
    // Each result names its sample; the reports beside it share its file name.
    const sampleOf = new Map<string, Sample>();
    for (const file of perResume.filter((f) => f.startsWith('results/'))) {
      const { source } = JSON.parse(await readFile(join(blindOut, file), 'utf8')) as { source: string };
      const sample = samples.find((s) => s.blind.source === source);
      if (sample) sampleOf.set(file.slice(file.indexOf('/') + 1, file.lastIndexOf('.')), sample);
    }
    expect(sampleOf.size).toBe(samples.length);
    for (const file of perResume) {
      const base = file.slice(file.indexOf('/') + 1, file.lastIndexOf('.'));
      const contact = sampleOf.get(base)?.contact;
      expect(contact, file).toBeDefined();
      if (contact) expect.soft(contactMentions(await readFile(join(blindOut, file), 'utf8'), contact), file).toEqual([]);
    }
    const csv = await readFile(join(blindOut, 'shortlist.csv'), 'utf8');
    for (const { contact } of samples) expect.soft(contactMentions(csv, contact)).toEqual([]);
    // The list of files written, for the next run to remove, names only the blind names.
    const manifest = await readFile(join(blindOut, '.rolefit-files'), 'utf8');
    expect(manifest.trim().split('\n').sort()).toEqual([...perResume].sort());
  });

  it('takes --redact on the command line', async () => {
    const file = 'samples/telesales-tanya-brooks.txt';
    const args = ['match', file, '--format', 'jsonl', '--reference-date', '2026-11'];
    const [plain, blind] = await Promise.all([runCli(args), runCli([...args, '--redact'])]);
    const contact = samples.find((s) => s.plain.source === file)?.contact;
    if (!contact) throw new Error(`${file} is not among the samples`);
    expect(contactMentions(plain.stdout, contact)).toContain(contact.name);
    expect(JSON.parse(blind.stdout)).toMatchObject({ ok: true, redacted: true, source: blindSource(file, await readFile(file)) });
    expect(contactMentions(blind.stdout, contact)).toEqual([]);
  }, cliTimeoutMs);

  it('writes the key from blind names to files only where --blind-key says, and only with --redact', async () => {
    const file = 'samples/telesales-tanya-brooks.txt';
    const out = await mkdtemp(join(tmpdir(), 'rolefit-key-'));
    const key = join(out, 'key.csv');
    const run = await runCli(['match', file, '--out', join(out, 'blind'), '--redact', '--blind-key', key, '--reference-date', '2026-11']);
    expect(run.code).toBe(0);
    const blindName = blindSource(file, await readFile(file));
    expect((await readFile(key, 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/)).toEqual(['source,file', `${blindName},${file}`]);
    expect(await filesBelow(join(out, 'blind'))).toContain(join('results', `${blindName}.json`));
    const refused = await runCli(['match', file, '--format', 'jsonl', '--blind-key', key]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--blind-key goes with --redact');
  }, cliTimeoutMs);

  it('keeps the key from everyone but its owner, and lists files passed by under their blind names', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rolefit-passed-'));
    await writeFile(join(folder, 'agent.txt'), await readFile('samples/telesales-tanya-brooks.txt'));
    await writeFile(join(folder, '.maria-santos-old.txt'), 'Maria Santos\nCustomer Service Representative');
    const out = await mkdtemp(join(tmpdir(), 'rolefit-key-'));
    const key = join(out, 'key.csv');
    const run = await runCli(['match', folder, '--out', join(out, 'blind'), '--redact', '--blind-key', key, '--reference-date', '2026-11']);
    expect(run.code).toBe(0);
    expect((await stat(key)).mode & 0o777).toBe(0o600);
    const hidden = join(folder, '.maria-santos-old.txt');
    const shortlist = await readFile(join(out, 'blind', 'shortlist.csv'), 'utf8');
    expect(shortlist).toContain(`${blindSource(hidden)},`);
    expect(shortlist).toContain('not read: a hidden file');
    expect(shortlist.toLowerCase()).not.toContain('maria');
    expect(await readFile(key, 'utf8')).toContain(`${blindSource(hidden)},${hidden}`);
  }, cliTimeoutMs);
});
