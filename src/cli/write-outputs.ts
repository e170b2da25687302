/** Writes a batch's results: one JSON, one Markdown and one HTML report per resume, and the CSV shortlist across all. */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { renderShortlistCsv } from '../build-reports/render-csv.js';
import { renderHtml } from '../build-reports/render-html.js';
import { renderMarkdown } from '../build-reports/render-markdown.js';
import type { AnalysisResult } from '../contracts/result-schema.js';
import { blindFileName, isBlindRun } from './blind-file-name.js';

export interface WrittenOutputs {
  readonly directory: string;
  readonly shortlist: string;
  readonly perResume: number;
}

/** Output names from the input names, made unique in input order ("cv.pdf", "cv.pdf-2") so no result overwrites another. */
export function outputNames(sources: readonly string[]): string[] {
  const used = new Set<string>();
  return sources.map((source) => {
    const base = basename(source).replace(/[^\w.-]+/g, '_') || 'resume';
    let name = base;
    for (let n = 2; used.has(name); n += 1) name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}

export async function writeOutputs(directory: string, results: readonly AnalysisResult[]): Promise<WrittenOutputs> {
  await mkdir(join(directory, 'results'), { recursive: true });
  await mkdir(join(directory, 'reports'), { recursive: true });
  const blind = isBlindRun(results);
  const names = outputNames(results.map((r) => (blind ? blindFileName(r.source) : r.source)));
  await Promise.all(
    results.map(async (result, index) => {
      const name = names[index] ?? `resume-${index}`;
      await writeFile(join(directory, 'results', `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
      if (!result.ok) return;
      await writeFile(join(directory, 'reports', `${name}.md`), renderMarkdown(result));
      await writeFile(join(directory, 'reports', `${name}.html`), renderHtml(result));
    }),
  );
  const shortlist = join(directory, 'shortlist.csv');
  await writeFile(shortlist, renderShortlistCsv(results));
  return { directory, shortlist, perResume: results.length };
}
