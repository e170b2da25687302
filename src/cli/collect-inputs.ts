/** Expands the files and folders named on the command line into the documents to read, in a stable order. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * Folders become the files below them; anything else is kept as given, even a path that does not exist, so that it
 * is reported as a failed document rather than silently dropped.
 */
export async function collectInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await listFolder(path)));
    else files.push(path);
  }
  // Folders with nothing in them would give an empty run that looks like success.
  if (files.length === 0) throw new UsageError(`No documents found in ${paths.join(', ')} (hidden files are skipped).`);
  return files;
}

/** Every file below a folder, sorted by path; hidden files and folders (".git", ".DS_Store") are not documents. */
async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const sorted = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of sorted) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFolder(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
