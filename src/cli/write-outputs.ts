/**
 * Writes a batch's results as they come: one JSON, one Markdown and one HTML report per resume, then the CSV shortlist
 * across all. Only each resume's shortlist entry is kept, not its result, so a batch of thousands fits in memory.
 */
import { appendFile, lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { manifestName } from './output-manifest.js';
import { UsageError } from './usage-error.js';
import { join } from 'node:path';
import { outputFileName } from './output-file-name.js';
import type { SkippedPath } from './collect-inputs.js';
import { renderShortlistCsv, shortlistEntry, shortlistFileText, type ShortlistEntry } from '../build-reports/render-csv.js';
import { renderHtml } from '../build-reports/render-html.js';
import { renderMarkdown } from '../build-reports/render-markdown.js';
import { resultSchemaVersion, type AnalysisResult } from '../contracts/result-schema.js';

export interface WrittenOutputs {
  readonly directory: string;
  readonly shortlist: string;
  readonly perResume: number;
  /** One per result written, in the order they were written. */
  readonly entries: readonly ShortlistEntry[];
}

export interface OutputWriter {
  /** Writes one result's files; results must come in input order, which settles their names. */
  write(result: AnalysisResult): Promise<void>;
  /**
   * Writes the shortlist of every result written, of the files passed by in folders, and of the files an interrupted
   * run did not get to (`notAnalysed`, as the shortlist names them), so that none goes missing from it.
   */
  finish(skipped?: readonly SkippedPath[], notAnalysed?: readonly string[]): Promise<WrittenOutputs>;
}

/**
 * Output names from input names (see output-file-name.ts), made unique in the order they come ("cv.pdf", "cv.pdf-2"):
 * no result overwrites another. Names that differ only in case are one name on Windows and macOS, so they count as one.
 */
export function outputNamer(): (source: string) => string {
  const used = new Set<string>();
  return (source) => {
    const base = outputFileName(source);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return name;
  };
}

/** Where per-resume files go, and the kinds written there: the only files a manifest may name. */
const perResumeFolders = ['results', 'reports'];
const writtenEndings = ['.json', '.md', '.html'];

/**
 * Removes the per-resume files an earlier run into the same folder wrote (as its manifest lists them), so that
 * results of resumes no longer in the batch, or named otherwise as a blind run names them, do not stand beside the
 * new ones. Nothing else in the folder is touched.
 */
async function removeEarlierRun(directory: string): Promise<void> {
  // Through a link, a planted manifest or folder could name files elsewhere: links are refused, not followed.
  for (const path of [manifestName, ...perResumeFolders]) {
    if ((await lstat(join(directory, path)).catch(() => null))?.isSymbolicLink()) {
      throw new UsageError(`Cannot write to --out ${directory}: ${path} is a symbolic link.`);
    }
  }
  const manifest = await readFile(join(directory, manifestName), 'utf8').catch(() => '');
  const written = manifest.split('\n').filter((line) => {
    const [folder, name, ...rest] = line.split('/');
    return rest.length === 0 && folder !== undefined && perResumeFolders.includes(folder) && name !== undefined
      && !name.startsWith('.') && writtenEndings.some((ending) => name.endsWith(ending));
  });
  await Promise.all(written.map((path) => rm(join(directory, path), { force: true })));
  await writeFile(join(directory, manifestName), '');
}

/** What the shortlist's error cell says of a file an interrupted run did not get to. */
const interruptedCode = 'not analysed';
const interruptedMessage = 'interrupted (the run was stopped before this file\'s result was written); run again to analyse it';

/** A file an interrupted run did not get to, listed with the failures. */
function interruptedEntry(source: string): ShortlistEntry {
  const entry = shortlistEntry({ schemaVersion: resultSchemaVersion, source, ok: false, error: { code: 'internal_error', message: '' } });
  return { ...entry, error: { code: interruptedCode, message: interruptedMessage } };
}

/** Outputs are named after each result's source (a blind result's source is already a hash: see blind-source.ts). */
export async function createOutputWriter(directory: string, bandOrder: readonly string[] = []): Promise<OutputWriter> {
  await mkdir(directory, { recursive: true });
  await removeEarlierRun(directory);
  for (const folder of perResumeFolders) await mkdir(join(directory, folder), { recursive: true });
  // Each file is listed before it is written, so that a run stopped halfway is cleaned up by the next.
  const note = (paths: readonly string[]): Promise<void> => appendFile(join(directory, manifestName), paths.map((p) => `${p}\n`).join(''));
  const nameOf = outputNamer();
  const entries: ShortlistEntry[] = [];
  return {
    async write(result) {
      const name = nameOf(result.source);
      const files: [string, () => string][] = [[`results/${name}.json`, () => `${JSON.stringify(result, null, 2)}\n`]];
      const report = `reports/${name}.html`;
      if (result.ok) files.push([`reports/${name}.md`, () => renderMarkdown(result)], [report, () => renderHtml(result)]);
      // Each shortlist row names its candidate's report, the web page, so that a recruiter can go from row to report.
      entries.push({ ...shortlistEntry(result), reportFile: result.ok ? report : null });
      await note(files.map(([path]) => path));
      await Promise.all(files.map(([path, render]) => writeFile(join(directory, path), render())));
    },
    async finish(skipped = [], notAnalysed = []) {
      const shortlist = join(directory, 'shortlist.csv');
      const passedBy = skipped.map(({ path, reason }) => ({ source: path, reason }));
      const listed = [...entries, ...notAnalysed.map(interruptedEntry)];
      await writeFile(shortlist, shortlistFileText(renderShortlistCsv(listed, bandOrder, passedBy)));
      return { directory, shortlist, perResume: entries.length, entries };
    },
  };
}
