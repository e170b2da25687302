/** Expands the files and folders named on the command line into the documents to read, in a stable order. */
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * Folders become the files below them; anything else is kept as given, even a path that does not exist, so that it
 * is reported as a failed document rather than silently dropped.
 */
export async function collectInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await listFolder(path, seen)));
    else files.push(path);
  }
  // Folders with nothing in them would give an empty run that looks like success.
  if (files.length === 0) throw new UsageError(`No documents found in ${paths.join(', ')} (hidden files are skipped).`);
  return files;
}

type EntryKind = 'folder' | 'file' | 'other';

/**
 * What an entry is, through a symbolic link: recruiters' folders are often links to where the files live. A link
 * that leads nowhere counts as a file, so that it fails as a missing document instead of vanishing.
 */
async function kindOf(entry: Dirent, path: string): Promise<EntryKind> {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
  const target = await stat(path).catch(() => null);
  return target === null || target.isFile() ? 'file' : target.isDirectory() ? 'folder' : 'other';
}

/**
 * Every file below a folder, sorted by path; hidden files and folders (".git", ".DS_Store") are not documents, nor
 * are sockets and pipes. A folder reached twice (a link back up the tree, or two links to one place) is read once.
 */
async function listFolder(folder: string, seen: Set<string>): Promise<string[]> {
  const real = await realpath(folder);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(folder, { withFileTypes: true });
  const sorted = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of sorted) {
    const path = join(folder, entry.name);
    const kind = await kindOf(entry, path);
    if (kind === 'folder') files.push(...(await listFolder(path, seen)));
    else if (kind === 'file') files.push(path);
  }
  return files;
}
