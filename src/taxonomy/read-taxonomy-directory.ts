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
/**
 * The folders a taxonomy keeps entries in; its other files sit at the top. Other folders are not read: a wrong
 * directory (a project root, a home folder) then fails at once with one issue per folder, instead of parsing every
 * JSON file beneath it.
 */
const entryFolders = new Set(['roles', 'skills']);

/** Paths of the files to read, relative to the directory; folders that hold no taxonomy become issues. */
async function listTaxonomyFiles(directory: string, issues: TaxonomyIssue[]): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    // Hidden entries (.git, .DS_Store) are the tools' own, not the taxonomy's.
    if (entry.name.startsWith('.')) continue;
    if (!entry.isDirectory()) names.push(entry.name);
    else if (entryFolders.has(entry.name)) {
      const inside = await readdir(join(directory, entry.name), { recursive: true });
      names.push(...inside.map((name) => join(entry.name, name)));
    } else {
      issues.push({
        code: 'unknown_file',
        path: `${entry.name}/`,
        message: 'Not a taxonomy folder: expected roles/ or skills/. Its files were not read.',
      });
    }
  }
  return names;
}

export async function readTaxonomyDirectory(directory: string): Promise<RawTaxonomy> {
  const files: RawTaxonomyFile[] = [];
  const issues: TaxonomyIssue[] = [];
  let entries: string[];
  try {
    entries = await listTaxonomyFiles(directory, issues);
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
