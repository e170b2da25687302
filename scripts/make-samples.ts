/**
 * Builds the sample resumes: reads scripts/samples/sources (text sources and manifest.json) and writes samples/<name>.pdf,
 * .docx and .txt, plus the deliberately broken inputs in samples/broken/. Output is byte-identical from run to run.
 *
 * Usage: npm run samples
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeBrokenSamples } from './samples/broken.js';
import { renderResumeDocx } from './samples/docx.js';
import { formatOf, manifestSchema, type Format, type ManifestEntry } from './samples/manifest.js';
import { parseResume } from './samples/parse-resume.js';
import { renderResumePdf, renderScannedPdf } from './samples/pdf.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLES = join(ROOT, 'samples');
const SOURCES = join(ROOT, 'scripts', 'samples', 'sources');
const BROKEN = join(SAMPLES, 'broken');

async function loadManifest(): Promise<ManifestEntry[]> {
  const raw: unknown = JSON.parse(await readFile(join(SOURCES, 'manifest.json'), 'utf8'));
  return manifestSchema.parse(raw);
}

async function render(format: Format, source: string, entry: ManifestEntry): Promise<Buffer> {
  switch (format) {
    case 'txt':
      return Buffer.from(source, 'utf8');
    case 'pdf':
      return renderResumePdf(parseResume(source), entry.layout);
    case 'docx':
      return renderResumeDocx(parseResume(source), entry.contactBlock ?? 'lines');
    case 'scanned-pdf':
      return renderScannedPdf(await renderResumePdf(parseResume(source), entry.layout));
  }
}

async function save(path: string, data: Buffer): Promise<void> {
  await writeFile(path, data);
  console.log(`wrote ${relative(ROOT, path)} (${data.length} bytes)`);
}

async function buildResumes(manifest: readonly ManifestEntry[]): Promise<void> {
  for (const entry of manifest) {
    const source = await readFile(join(SOURCES, entry.source), 'utf8');
    for (const output of entry.outputs) {
      await save(join(SAMPLES, output), await render(formatOf(entry, output), source, entry));
    }
  }
}

async function buildBroken(): Promise<void> {
  await mkdir(BROKEN, { recursive: true });
  for (const [name, data] of await makeBrokenSamples()) await save(join(BROKEN, name), data);
}

await buildResumes(await loadManifest());
await buildBroken();
