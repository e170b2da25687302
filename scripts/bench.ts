/**
 * Throughput of the in-process pipeline on a folder of documents: documents per second, time spent reading
 * (parsing) against everything after it, and memory. Prints numbers; asserts nothing.
 *
 * Usage: npm run bench -- [folder=samples] [--repeat 3] [--limit N] [--threads N]
 *
 * The pipeline tells each stage as it starts (onStage), which splits analysis into sections, extraction, scoring and
 * gaps without timing anything but the real pipeline.
 *
 * Documents go through one at a time. With --threads 0 (the default) they are read in this thread, as `match
 * --threads 0` does; with --threads N on a pool of N reading threads, as `match` and the queue worker do, so that
 * analysis in this thread runs beside no pdf.js of its own. It times the compiled pipeline in dist/ (see
 * compiled-modules.ts): `npm run bench` builds it first.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { compiledPipeline } from './compiled-pipeline.js';

const {
  collectInputs,
  analyseFile,
  threadPoolReader,
  defaultReadOptions,
  stopRecognizer,
  loadTaxonomy,
} = await compiledPipeline();

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repeat: { type: 'string', default: '3' }, limit: { type: 'string' }, threads: { type: 'string', default: '0' } },
});
const folder = positionals[0] ?? 'samples';
const repeat = Number(values.repeat);
const all = await collectInputs([folder]);
const files = values.limit ? all.slice(0, Number(values.limit)) : all;

const loadStarted = performance.now();
const taxonomy = await loadTaxonomy();
const loadMs = performance.now() - loadStarted;
const threads = Number(values.threads);
const reader = threads > 0 ? threadPoolReader({ threads }) : undefined;
/** When the current document's stages started, by stage. */
const stageStarts = new Map<string, number>();
const onStage = (stage: string): void => {
  stageStarts.set(stage, performance.now());
};
const context = {
  taxonomy,
  referenceDate: { year: 2026, month: 11 },
  read: defaultReadOptions,
  onStage,
  ...(reader ? { reader } : {}),
};

// One untimed pass loads pdf.js and warms the JIT, as a long-running worker would be.
for (const file of files.slice(0, 3)) await analyseFile(file, context);

let parseMs = 0;
let analyseMs = 0;
const stageMs = { sections: 0, extraction: 0, scoring: 0, gaps: 0 };
let ok = 0;
let failed = 0;
let peakRss = 0;
const started = performance.now();
for (let round = 0; round < repeat; round += 1) {
  for (const file of files) {
    const result = await analyseFile(file, context);
    if (result.ok) {
      ok += 1;
      parseMs += result.document.parseMs;
      analyseMs += result.document.analyseMs;
      addStageTimes(result.document.analyseMs);
    } else failed += 1;
    // rss() alone: memoryUsage() also walks every heap space, which cost more than a document's analysis.
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
}
const seconds = (performance.now() - started) / 1000;
const share = (ms: number): string => `${((ms / Math.max(parseMs, 1)) * 100).toFixed(1)} %`;
const documents = files.length * repeat;
const lines = [
  `folder            ${folder} (${files.length} files × ${repeat} rounds, read ${threads > 0 ? `on ${threads} thread(s)` : 'in this thread'})`,
  `taxonomy load     ${loadMs.toFixed(0)} ms (${taxonomy.skills.size} skill phrases, ${taxonomy.source.roles.length} roles)`,
  `documents/s       ${(documents / seconds).toFixed(1)} (${ok} ok, ${failed} failed, ${seconds.toFixed(2)} s)`,
  `mean parse        ${(parseMs / Math.max(ok, 1)).toFixed(2)} ms per document`,
  `mean analyse      ${(analyseMs / Math.max(ok, 1)).toFixed(2)} ms per document (sections, extraction, scoring, gaps)`,
  `  per stage       ${Object.entries(stageMs).map(([stage, ms]) => `${stage} ${(ms / Math.max(ok, 1)).toFixed(2)}`).join(', ')} ms`,
  `analyse / parse   ${share(analyseMs)}`,
  `  extraction and scoring / parse ${share(stageMs.extraction + stageMs.scoring)}`,
  `peak RSS          ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
];
process.stdout.write(`${lines.join('\n')}\n`);
/**
 * Adds the current document's stage times: each stage lasts until the next one starts, and gap analysis until the
 * end of the analysis, which started with sections.
 */
function addStageTimes(documentAnalyseMs: number): void {
  const at = (stage: string): number => stageStarts.get(stage) ?? Number.NaN;
  stageMs.sections += at('extract') - at('segment');
  stageMs.extraction += at('score') - at('extract');
  stageMs.scoring += at('report') - at('score');
  stageMs.gaps += documentAnalyseMs - (at('report') - at('segment'));
}

// A scan in the folder starts the OCR engine, whose worker would keep this process alive.
await stopRecognizer();
await reader?.close();
