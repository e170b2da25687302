/** `rolefit match`: the whole pipeline in this process, no Redis needed. */
import { chmod, writeFile } from 'node:fs/promises';
import { blindMessage, blindSource } from '../build-reports/blind-source.js';
import { csvText, shortlistFileText } from '../build-reports/render-csv.js';
import { renderHtml } from '../build-reports/render-html.js';
import type { AnalysisResult } from '../contracts/result-schema.js';
import { toErrorInfo } from '../errors.js';
import { loadDocument } from '../io/load-document.js';
import { analyseResume, type PipelineContext } from '../pipeline.js';
import { resultSchemaVersion } from '../contracts/result-schema.js';
import { collectDocuments } from './collect-inputs.js';
import { forEachInOrder } from '../parallel/map-in-order.js';
import { printLine } from './print-line.js';
import { createProgress } from './progress.js';
import { summaryTable } from './summary-table.js';
import { UsageError } from './usage-error.js';
import { prepareOutputDirectory } from './prepare-output-directory.js';
import { createOutputWriter, type OutputWriter } from './write-outputs.js';
import { listenForInterrupt, signalExitCode } from './interrupt.js';

export const matchFormats = ['files', 'jsonl', 'html'] as const;
export type MatchFormat = (typeof matchFormats)[number];

export interface MatchOutput {
  readonly format: MatchFormat;
  readonly out: string;
  /** With blind screening: where to write which blind source name is which file, for whoever may lift the blind. */
  readonly blindKey?: string;
}

/** Reads and analyses one file; a file that cannot be read becomes a failed result like any other bad input. */
export async function analyseFile(path: string, context: PipelineContext): Promise<AnalysisResult> {
  try {
    return await analyseResume(await loadDocument(path, context.read), context);
  } catch (error) {
    const info = toErrorInfo(error);
    if (context.redact !== true) return { schemaVersion: resultSchemaVersion, source: path, ok: false, error: info };
    const source = blindSource(path);
    return { schemaVersion: resultSchemaVersion, source, ok: false, error: { ...info, message: blindMessage(info.message, [path], source) } };
  }
}

/** "source,file" rows: each blind source name and the file it stands for. */
/** The key lifts the blind: only its owner may read it (0600), whoever else shares the machine. */
async function writeBlindKey(path: string, rows: readonly (readonly [string, string])[]): Promise<void> {
  await writeFile(path, shortlistFileText(csvText([['source', 'file'], ...rows])), { mode: ownerOnly });
  await chmod(path, ownerOnly);
}

/** Read and write for the file's owner alone. */
const ownerOnly = 0o600;

/** The report on stdout; a document that failed gets its error on stderr instead. */
function printHtmlReport(results: readonly AnalysisResult[]): void {
  for (const result of results) {
    if (result.ok) process.stdout.write(renderHtml(result));
    else process.stderr.write(`rolefit: ${result.source}: ${result.error.code}: ${result.error.message}\n`);
  }
}

/** Documents in flight per reading thread: one being read, one waiting, so no thread idles between documents. */
const documentsPerThread = 2;

export async function runMatch(
  paths: readonly string[],
  context: PipelineContext,
  output: MatchOutput,
  threads: number,
): Promise<number> {
  if (output.blindKey !== undefined && context.redact !== true) throw new UsageError('--blind-key goes with --redact.');
  const collected = await collectDocuments(paths, context.redact === true);
  const { files } = collected;
  // A file passed by is listed in a blind shortlist too, under its blind name, and in the key: none drops from the record.
  const blindSkipped = collected.skipped.map((s) => ({ blind: { ...s, path: blindSource(s.path) }, path: s.path }));
  const skipped = context.redact === true ? blindSkipped.map((s) => s.blind) : collected.skipped;
  // One HTML page is one person's report; several would need a file each, which is what `files` writes.
  if (output.format === 'html' && files.length !== 1) {
    throw new UsageError(`--format html prints the report of one file; got ${files.length}. Use --format files for several.`);
  }
  if (output.format === 'files') await prepareOutputDirectory(output.out);
  const bandOrder = context.taxonomy.source.scoring.bands.map((band) => band.id);
  // Listened for until the outputs are written, so that a Ctrl-C meanwhile does not cut them short; a second one does.
  const interruption = listenForInterrupt();
  try {
    const run = await analyseInOrder(files, context, output, threads, interruption.signal);
    // Stopped by Ctrl-C: the files not yet written are listed as not analysed, under the names the shortlist gives.
    const notAnalysed = files.slice(run.written).map((path) => ({ path, listedAs: context.redact === true ? blindSource(path) : path }));
    if (output.blindKey !== undefined) {
      const rest = [...notAnalysed.map((n) => ({ listedAs: n.listedAs, path: n.path })), ...blindSkipped.map((s) => ({ listedAs: s.blind.path, path: s.path }))];
      await writeBlindKey(output.blindKey, [...run.blindKey, ...rest.map((r): [string, string] => [r.listedAs, r.path])]);
    }
    if (output.format === 'html') printHtmlReport(run.held);
    const written = run.writer ? await run.writer.finish(skipped, notAnalysed.map((n) => n.listedAs)) : null;
    const signal = interruption.received();
    if (signal !== undefined && notAnalysed.length > 0) {
      process.stderr.write(`${interruptedNote(run.written, files.length, written?.shortlist)}\n`);
      return signalExitCode(signal);
    }
    if (written) {
      process.stdout.write(`${summaryTable(written.entries, bandOrder)}\n\n`);
      process.stdout.write(`${written.perResume} documents, ${run.failed} failed, in ${run.seconds.toFixed(2)} s `
        + `(${(written.perResume / run.seconds).toFixed(1)} documents/s). Results, reports and ${written.shortlist} in ${written.directory}/\n`);
    }
    return run.failed > 0 ? 1 : 0;
  } finally {
    interruption.dispose();
  }
}

/** What analysing the files left: how many were written (all, unless interrupted), failed, and what comes after. */
interface MatchRun {
  readonly written: number;
  readonly failed: number;
  readonly seconds: number;
  /** The HTML format's result, printed once all is done. */
  readonly held: readonly AnalysisResult[];
  /** Each blind source name and its file, as results come in the files' order. */
  readonly blindKey: readonly (readonly [string, string])[];
  readonly writer: OutputWriter | null;
}

/** Analyses the files, writing (or printing) each result in input order, until done or `signal` aborts. */
async function analyseInOrder(files: readonly string[], context: PipelineContext, output: MatchOutput, threads: number, signal: AbortSignal): Promise<MatchRun> {
  const bandOrder = context.taxonomy.source.scoring.bands.map((band) => band.id);
  const writer = output.format === 'files' ? await createOutputWriter(output.out, bandOrder) : null;
  const progress = createProgress(files.length);
  const started = performance.now();
  let finished = 0;
  let failed = 0;
  // Each result is written (or printed) as soon as those before it are, and then let go: only the HTML format,
  // which takes a single file, holds one.
  const held: AnalysisResult[] = [];
  const blindKey: [string, string][] = [];
  const written = await forEachInOrder(
    files,
    threads * documentsPerThread,
    async (file) => {
      const result = await analyseFile(file, context);
      finished += 1;
      progress.update(finished, file);
      return result;
    },
    async (result) => {
      blindKey.push([result.source, files[blindKey.length] ?? '']);
      if (!result.ok) failed += 1;
      if (output.format === 'jsonl') await printLine(JSON.stringify(result));
      if (output.format === 'html') held.push(result);
      await writer?.write(result);
    },
    signal,
  );
  progress.finish();
  return { written, failed, seconds: (performance.now() - started) / 1000, held, blindKey, writer };
}

/** What an interrupted run says on stderr: how far it got, and where the files it did not get to are listed. */
function interruptedNote(written: number, total: number, shortlist: string | undefined): string {
  const rest = total - written;
  const where = shortlist === undefined ? `the other ${rest} were not analysed` : `${shortlist} lists the ${written} done and the other ${rest} as not analysed (interrupted)`;
  return `rolefit: interrupted after ${written} of ${total} documents; ${where}. Run the command again to analyse them all.`;
}
