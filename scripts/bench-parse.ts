/**
 * Documents per second for reading alone (stage 1), side by side in one run on the same files:
 *   - rolefit's reader in the main thread
 *   - rolefit's reader on a pool of 1 and 2 worker threads (warmed up first)
 *   - pdf-parse getText alone (PDFs only), one thread
 *   - poppler's pdftotext, one process per file, when it is installed (PDFs only)
 * Prints numbers; asserts nothing. Needs `npm run build` (the pool runs compiled code).
 *
 * Usage: npm run bench:parse -- <folder> [--limit N]
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs, promisify } from 'node:util';
import { collectInputs } from '../src/cli/collect-inputs.js';
import { mapInOrder } from '../src/parallel/map-in-order.js';
import { inProcessReader, threadPoolReader, type DocumentReader } from '../src/parallel/document-readers.js';
import { defaultReadOptions } from '../src/read-document/document-types.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' } } });
const folder = positionals[0];
if (!folder) {
  process.stderr.write('usage: npm run bench:parse -- <folder> [--limit N]\n');
  process.exit(2);
}
const all = await collectInputs([folder]);
const files = values.limit ? all.slice(0, Number(values.limit)) : all;
const pdfs = files.filter((f) => f.toLowerCase().endsWith('.pdf'));
const documents = await Promise.all(files.map(async (name) => ({ name, bytes: await readFile(name) })));

async function timed(label: string, count: number, run: () => Promise<void>): Promise<void> {
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${label.padEnd(34)} ${(count / seconds).toFixed(1).padStart(7)} documents/s  (${count} in ${seconds.toFixed(2)} s)\n`);
}

async function withReader(label: string, reader: DocumentReader, parallel: number): Promise<void> {
  // Warm-up: each thread loads pdf.js once, as a long-running process would have done already.
  await mapInOrder(documents.slice(0, parallel * 2), parallel * 2, (d) => reader.read(d, defaultReadOptions).catch(() => null), () => undefined);
  await timed(label, documents.length, async () => {
    await mapInOrder(documents, parallel * 2, (d) => reader.read(d, defaultReadOptions).catch(() => null), () => undefined);
  });
  await reader.close();
}

process.stdout.write(`${folder}: ${files.length} documents (${pdfs.length} PDFs)\n`);
await withReader('rolefit, main thread', inProcessReader(), 1);
await withReader('rolefit, pool of 1 thread', threadPoolReader({ threads: 1 }), 1);
await withReader('rolefit, pool of 2 threads', threadPoolReader({ threads: 2 }), 2);

// Last: importing pdf-parse puts pdf.js's slower Array.prototype.push into this whole process.
if (pdfs.length > 0) {
  const { PDFParse } = await import('pdf-parse');
  const pdfDocuments = documents.filter((d) => pdfs.includes(d.name));
  await timed('pdf-parse getText, 1 thread', pdfDocuments.length, async () => {
    for (const d of pdfDocuments) {
      const parser = new PDFParse({ data: new Uint8Array(d.bytes) });
      await parser.getText().catch(() => null);
      await parser.destroy();
    }
  });
}
const run = promisify(execFile);
const hasPdftotext = await run('pdftotext', ['-v']).then(() => true, () => false);
if (hasPdftotext && pdfs.length > 0) {
  await timed('pdftotext, process per file', pdfs.length, async () => {
    for (const file of pdfs) await run('pdftotext', ['-layout', file, '-']).catch(() => null);
  });
} else process.stdout.write('pdftotext                          not installed (Debian: apt-get install poppler-utils)\n');
