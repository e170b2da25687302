/**
 * Writes a batch's results as they come: one JSON, one Markdown and one HTML report per resume, then the CSV shortlist
 * across all. Only each resume's shortlist entry is kept, not its result, so a batch of thousands fits in memory.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { renderShortlistCsv, shortlistEntry, shortlistFileText, type ShortlistEntry } from '../build-reports/render-csv.js';
import { renderHtml } from '../build-reports/render-html.js';
import { renderMarkdown } from '../build-reports/render-markdown.js';
import type { AnalysisResult } from '../contracts/result-schema.js';
import { blindFileName } from './blind-file-name.js';

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
  /** Writes the shortlist of every result written. */
  finish(): Promise<WrittenOutputs>;
}

/** Output names from input names, made unique in the order they come ("cv.pdf", "cv.pdf-2"): no result overwrites another. */
export function outputNamer(): (source: string) => string {
  const used = new Set<string>();
  return (source) => {
    const base = basename(source).replace(/[^\w.-]+/g, '_') || 'resume';
    let name = base;
    for (let n = 2; used.has(name); n += 1) name = `${base}-${n}`;
    used.add(name);
    return name;
  };
}

/** `blind`: every output is named from a hash of its source, since file names often hold the candidate's name. */
export async function createOutputWriter(directory: string, blind: boolean): Promise<OutputWriter> {
  await mkdir(join(directory, 'results'), { recursive: true });
  await mkdir(join(directory, 'reports'), { recursive: true });
  const nameOf = outputNamer();
  const entries: ShortlistEntry[] = [];
  return {
    async write(result) {
      const name = nameOf(blind ? blindFileName(result.source) : result.source);
      entries.push(shortlistEntry(result));
      const json = writeFile(join(directory, 'results', `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
      if (!result.ok) return json;
      await Promise.all([
        json,
        writeFile(join(directory, 'reports', `${name}.md`), renderMarkdown(result)),
        writeFile(join(directory, 'reports', `${name}.html`), renderHtml(result)),
      ]);
    },
    async finish() {
      const shortlist = join(directory, 'shortlist.csv');
      await writeFile(shortlist, shortlistFileText(renderShortlistCsv(entries)));
      return { directory, shortlist, perResume: entries.length, entries };
    },
  };
}
