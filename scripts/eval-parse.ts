/**
 * Word recall of rolefit's text against a reference extraction of the same documents (for example poppler's
 * pdftotext output): for each document, the share of the reference's words (multiset) that rolefit's text holds.
 * Prints per-document failures and the mean; asserts nothing.
 *
 * Usage: npm run eval:parse -- <documents-folder> <reference-txt-folder> [--limit N] [--show-worst 5]
 *   The reference for <documents>/A/b.pdf is <reference>/A/b.txt.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { collectInputs } from '../src/cli/collect-inputs.js';
import { RolefitError } from '../src/errors.js';
import { defaultReadOptions } from '../src/read-document/document-types.js';
import { readDocument } from '../src/read-document/read-document.js';
import { repairMojibake } from '../src/read-document/repair-mojibake.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' }, 'show-worst': { type: 'string', default: '5' } },
});
const [documents, references] = positionals;
if (!documents || !references) {
  process.stderr.write('usage: npm run eval:parse -- <documents-folder> <reference-txt-folder> [--limit N]\n');
  process.exit(2);
}

/** Words as letters and digits, lower-cased: punctuation and layout do not count. */
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.toLowerCase().normalize('NFKC').matchAll(/[\p{L}\p{N}]+/gu)) {
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  return counts;
}

function recall(reference: Map<string, number>, candidate: Map<string, number>): number {
  let total = 0;
  let found = 0;
  for (const [word, count] of reference) {
    total += count;
    found += Math.min(count, candidate.get(word) ?? 0);
  }
  return total === 0 ? 1 : found / total;
}

const all = (await collectInputs([documents])).filter((f) => f.endsWith('.pdf') || f.endsWith('.docx'));
const files = values.limit ? all.slice(0, Number(values.limit)) : all;
const scores: { file: string; recall: number }[] = [];
const failures: string[] = [];
let parseMs = 0;
for (const file of files) {
  const reference = await readFile(join(references, relative(documents, file)).replace(/\.(pdf|docx)$/, '.txt'), 'utf8').catch(() => null);
  if (reference === null) continue;
  const started = performance.now();
  try {
    const document = await readDocument({ name: file, bytes: await readFile(file) }, defaultReadOptions);
    parseMs += performance.now() - started;
    // The reference carries the same mojibake as the PDF; compare like with like.
    scores.push({ file, recall: recall(words(repairMojibake(reference).text), words(document.text)) });
  } catch (error) {
    failures.push(`${file}: ${error instanceof RolefitError ? error.code : String(error)}`);
  }
}
const sorted = [...scores].sort((a, b) => a.recall - b.recall);
const mean = scores.reduce((sum, s) => sum + s.recall, 0) / Math.max(scores.length, 1);
for (const { file, recall: r } of sorted.slice(0, Number(values['show-worst']))) process.stdout.write(`worst ${r.toFixed(3)} ${file}\n`);
for (const failure of failures) process.stdout.write(`failed ${failure}\n`);
process.stdout.write(
  `${scores.length} documents, ${failures.length} failed; mean word recall ${mean.toFixed(4)}, ` +
    `below 0.98: ${scores.filter((s) => s.recall < 0.98).length}; ${(scores.length / (parseMs / 1000)).toFixed(1)} documents/s (one thread)\n`,
);
