/** Reads the YAML and JSON files of a taxonomy directory; the only part of taxonomy loading that touches the disk. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { TaxonomyIssue } from './taxonomy-issue.js';

export interface RawTaxonomyFile {
  /** Path relative to the taxonomy directory, with forward slashes. */
  readonly file: string;
  readonly data: unknown;
}

export interface RawTaxonomy {
  readonly files: RawTaxonomyFile[];
  readonly issues: TaxonomyIssue[];
}

const dataFile = /\.(?:ya?ml|json)$/i;

export async function readTaxonomyDirectory(directory: string): Promise<RawTaxonomy> {
  const files: RawTaxonomyFile[] = [];
  const issues: TaxonomyIssue[] = [];
  let entries: string[];
  try {
    entries = await readdir(directory, { recursive: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { files, issues: [{ code: 'unreadable', path: directory, message: `Cannot read the directory: ${reason}` }] };
  }
  for (const entry of entries.filter((name) => dataFile.test(name)).sort()) {
    const file = relative(directory, join(directory, entry)).split(sep).join('/');
    try {
      const text = await readFile(join(directory, entry), 'utf8');
      files.push({ file, data: file.endsWith('.json') ? (JSON.parse(text) as unknown) : parse(text) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      issues.push({ code: 'unparsable', path: file, message: `Not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${reason}` });
    }
  }
  return { files, issues };
}
