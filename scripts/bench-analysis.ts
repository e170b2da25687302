/**
 * What analysis costs, stage by stage, with reading taken out: every document is read once, then its text goes
 * through sections, extraction, scoring and gap analysis --repeat times. Prints milliseconds per document for each
 * stage and in all; asserts nothing. Run it under `node --cpu-prof` (see README) to see where the time goes. It times
 * the compiled pipeline in dist/ (see compiled-modules.ts): `npm run bench:analysis` builds it first.
 *
 * Usage: npm run bench:analysis -- <folder> [--repeat 5] [--limit N]
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { compiledPipeline } from './compiled-pipeline.js';

const {
  buildGapAnalyses,
  adviceContextOf,
  collectInputs,
  mapInOrder,
  loadDocument,
  extractCandidate,
  threadPoolReader,
  defaultReadOptions,
  scoreRoles,
  segmentSections,
  loadTaxonomy,
} = await compiledPipeline();

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repeat: { type: 'string', default: '5' }, limit: { type: 'string' } },
});
const folder = positionals[0] ?? 'samples';
const repeat = Number(values.repeat);
const all = await collectInputs([folder]);
const files = values.limit ? all.slice(0, Number(values.limit)) : all;

const taxonomy = await loadTaxonomy();
const referenceDate = { year: 2026, month: 11 };
const reader = threadPoolReader();
// A few documents at a time: the read time limit counts from when a document is queued, so queuing them all at once
// dropped every one still waiting after it (most of a large folder, a different share on every run).
const texts = (
  await mapInOrder(
    files,
    availableParallelism() * 2,
    async (file) => {
      try {
        return (await reader.read(await loadDocument(file, defaultReadOptions), defaultReadOptions)).text;
      } catch {
        return null;
      }
    },
    () => undefined,
  )
).flatMap((text) => (text === null ? [] : [text]));
await reader.close();

const stages = { segment: 0, extract: 0, score: 0, gaps: 0 };
let words = 0;
for (let round = 0; round <= repeat; round += 1) {
  // Round 0 warms the JIT and is not counted.
  const counted = round > 0;
  for (const text of texts) {
    const t0 = performance.now();
    const resume = segmentSections(text, taxonomy);
    const t1 = performance.now();
    const candidate = extractCandidate(resume, { taxonomy, referenceDate });
    const t2 = performance.now();
    const matches = scoreRoles(candidate, taxonomy);
    const t3 = performance.now();
    buildGapAnalyses(matches, taxonomy, taxonomy.source.scoring.gapAnalysisTopRoles, adviceContextOf(candidate, false), candidate.rolesSought);
    const t4 = performance.now();
    if (!counted) continue;
    stages.segment += t1 - t0;
    stages.extract += t2 - t1;
    stages.score += t3 - t2;
    stages.gaps += t4 - t3;
    words += text.split(/\s+/).length;
  }
}
const runs = texts.length * repeat;
const perDocument = (ms: number): string => `${(ms / Math.max(runs, 1)).toFixed(3)} ms`;
const total = stages.segment + stages.extract + stages.score + stages.gaps;
const lines = [
  `folder     ${folder} (${texts.length} of ${files.length} documents read, ${repeat} rounds, ${Math.round(words / Math.max(runs, 1))} words each)`,
  ...Object.entries(stages).map(([name, ms]) => `${name.padEnd(10)} ${perDocument(ms)} per document`),
  `analysis   ${perDocument(total)} per document`,
];
process.stdout.write(`${lines.join('\n')}\n`);
