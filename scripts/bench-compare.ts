/**
 * Analysis time of this build against another checkout's, as the pipeline runs it: each document is read and
 * analysed by one build, then read again and analysed by the other, the order turning with every document, so both
 * analyse right after a read, as in the pipeline. On a shared machine two runs minutes apart differ by more than a
 * small change does; paired in one process, the machine's drift falls on both builds alike.
 *
 * The build loaded second came out a few per cent faster even when both were the same code, so the comparison runs
 * twice, in two processes, with either build loaded first: the effect of the change is the mean of the two runs, and
 * half their difference is what load order alone did. Prints numbers; asserts nothing.
 *
 * Usage: npm run bench:compare -- <other checkout, built> [folder=samples] [--limit N]
 * For instance: git worktree add ../before HEAD~3 && (cd ../before && npm ci && npm run build), then compare.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compiledModule } from './compiled-modules.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' }, first: { type: 'string' } },
});
const [otherArgument, folder = 'samples'] = positionals;
if (otherArgument === undefined) throw new Error('Usage: npm run bench:compare -- <other checkout> [folder] [--limit N]');
const otherRoot = resolve(otherArgument);
const thisRoot = fileURLToPath(new URL('../', import.meta.url));

/** One process's paired run: this build's and the other's mean analysis time, and the paired differences. */
interface PairedRun {
  readonly documents: number;
  readonly thisMs: number;
  readonly otherMs: number;
  /** This build's analysis time minus the other's, per document: mean, 95% interval half-width, median. */
  readonly meanDifferenceMs: number;
  readonly intervalMs: number;
  readonly medianDifferenceMs: number;
}

type Analyse = (file: string) => Promise<number | null>;

/** A build's pipeline over one file: the analysis time in ms, or null when the document failed. */
async function loadBuild(root: string): Promise<Analyse> {
  const { analyseFile } = await compiledModule<typeof import('../src/cli/match-command.js')>('src/cli/match-command.js', root);
  const { defaultReadOptions } = await compiledModule<typeof import('../src/read-document/document-types.js')>(
    'src/read-document/document-types.js',
    root,
  );
  const { loadTaxonomy } = await compiledModule<typeof import('../src/taxonomy/load-taxonomy.js')>('src/taxonomy/load-taxonomy.js', root);
  const context = { taxonomy: await loadTaxonomy(), referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions };
  return async (file) => {
    const result = await analyseFile(file, context);
    return result.ok ? result.document.analyseMs : null;
  };
}

/** Documents analysed by both builds before timing starts: the JIT's first tiers are slower. */
const warmingShare = 0.1;

async function pairedRun(otherFirst: boolean): Promise<PairedRun> {
  const { collectInputs } = await compiledModule<typeof import('../src/cli/collect-inputs.js')>('src/cli/collect-inputs.js');
  const all = await collectInputs([folder]);
  const files = values.limit ? all.slice(0, Number(values.limit)) : all;
  const [first, second] = otherFirst ? [otherRoot, thisRoot] : [thisRoot, otherRoot];
  const builds = new Map([[first, await loadBuild(first)], [second, await loadBuild(second)]]);
  const analyseThis = builds.get(thisRoot);
  const analyseOther = builds.get(otherRoot);
  if (!analyseThis || !analyseOther) throw new Error('Both builds must load.');
  for (const file of files.slice(0, Math.ceil(files.length * warmingShare))) {
    await analyseThis(file);
    await analyseOther(file);
  }
  const differences: number[] = [];
  let thisMs = 0;
  let otherMs = 0;
  for (const [index, file] of files.entries()) {
    const thisFirst = index % 2 === 0;
    const thisRun = thisFirst ? await analyseThis(file) : null;
    const otherRun = await analyseOther(file);
    const thisTime = thisFirst ? thisRun : await analyseThis(file);
    if (thisTime === null || otherRun === null) continue;
    thisMs += thisTime;
    otherMs += otherRun;
    differences.push(thisTime - otherRun);
  }
  const n = Math.max(differences.length, 1);
  const mean = differences.reduce((sum, d) => sum + d, 0) / n;
  const variance = differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / Math.max(n - 1, 1);
  const sorted = [...differences].sort((a, b) => a - b);
  return {
    documents: differences.length,
    thisMs: thisMs / n,
    otherMs: otherMs / n,
    meanDifferenceMs: mean,
    intervalMs: (1.96 * Math.sqrt(variance)) / Math.sqrt(n),
    medianDifferenceMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
  };
}

/** Runs this script again in a child process, with `--first`, and reads the run it prints as its last line. */
function childRun(otherFirst: boolean): PairedRun {
  const script = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, script, otherRoot, folder, '--first', otherFirst ? 'other' : 'this'];
  if (values.limit) args.push('--limit', values.limit);
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  const last = child.stdout.trim().split('\n').at(-1);
  if (child.status !== 0 || last === undefined) throw new Error(`The paired run with ${otherFirst ? 'the other' : 'this'} build first failed.`);
  return JSON.parse(last) as PairedRun;
}

const micro = (ms: number): string => `${ms >= 0 ? '+' : ''}${(ms * 1000).toFixed(0)} µs`;
const percent = (ms: number, of: number): string => `${ms >= 0 ? '+' : ''}${((ms / of) * 100).toFixed(1)}%`;

if (values.first !== undefined) {
  const run = await pairedRun(values.first === 'other');
  // A scan in the folder starts each build's OCR engine, whose worker would keep this process alive.
  for (const root of [thisRoot, otherRoot]) {
    const { stopRecognizer } = await compiledModule<typeof import('../src/read-document/ocr/recognize-text.js')>(
      'src/read-document/ocr/recognize-text.js',
      root,
    );
    await stopRecognizer();
  }
  process.stdout.write(`${JSON.stringify(run)}\n`);
} else {
  const started = performance.now();
  const runs = [
    { label: 'other build loaded first', run: childRun(true) },
    { label: 'this build loaded first ', run: childRun(false) },
  ];
  const lines = runs.map(
    ({ label, run }) =>
      `${label}  this ${run.thisMs.toFixed(3)} ms, other ${run.otherMs.toFixed(3)} ms per document: ` +
      `this − other ${micro(run.meanDifferenceMs)} ± ${(run.intervalMs * 1000).toFixed(0)} (95%), median ${micro(run.medianDifferenceMs)}`,
  );
  const [otherFirst, thisFirst] = runs.map(({ run }) => run);
  if (!otherFirst || !thisFirst) throw new Error('Both runs must finish.');
  const effect = (otherFirst.meanDifferenceMs + thisFirst.meanDifferenceMs) / 2;
  const orderAlone = (otherFirst.meanDifferenceMs - thisFirst.meanDifferenceMs) / 2;
  const base = (otherFirst.otherMs + thisFirst.otherMs) / 2;
  // The effect's 95% interval, from the two runs' as if independent: the mean of two estimates.
  const interval = Math.sqrt(otherFirst.intervalMs ** 2 + thisFirst.intervalMs ** 2) / 2;
  const verdict = Math.abs(effect) > interval ? '' : ' (within its 95% interval: no clear difference; try more documents)';
  process.stdout.write(
    [
      `folder     ${folder} (${otherFirst.documents} documents, each read and analysed by both builds; other: ${otherRoot})`,
      ...lines,
      `effect     this build ${micro(effect)} ± ${(interval * 1000).toFixed(0)} per document (${percent(effect, base)})${verdict}; ` +
        `loading it second alone: ${percent(orderAlone, base)}`,
      `took       ${((performance.now() - started) / 1000).toFixed(0)} s`,
    ].join('\n') + '\n',
  );
}
