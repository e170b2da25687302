/** Expands the files and folders named on the command line into the documents to read, in a stable order. */
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { UsageError } from './usage-error.js';
import { manifestName } from './output-manifest.js';

/**
 * Data and code files a folder of resumes often holds beside them (an export's .csv, a tool's .json or .log). Read as
 * text they would each come out as a weak candidate, so folder scans pass them by and say so; named on the command
 * line they are read like any file. Binary files are not listed: they fail with a clear code instead.
 */
const dataAndCodeExtensions: ReadonlySet<string> = new Set([
  'json', 'jsonl', 'ndjson', 'csv', 'tsv', 'log', 'xml', 'yaml', 'yml', 'toml', 'ini', 'cfg', 'conf', 'lock', 'sql',
  'js', 'mjs', 'cjs', 'ts', 'py', 'sh', 'bat', 'ps1', 'css',
]);

function isDataOrCode(path: string): boolean {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 && dataAndCodeExtensions.has(name.slice(dot + 1).toLowerCase());
}

/** Why a file found in a folder was not read. */
export type SkipReason = 'data or code file' | 'hidden file' | 'rolefit output folder';

/** A file or folder found in a folder and passed by. */
export interface SkippedPath {
  readonly path: string;
  readonly reason: SkipReason;
}

/**
 * Folders become the files below them; anything else is kept as given, even a path that does not exist, so that it
 * is reported as a failed document rather than silently dropped. Data and code files, hidden files and rolefit's
 * output folders found in folders are passed by and told to `onSkipped`.
 */
export async function collectInputs(paths: readonly string[], onSkipped: (skipped: SkippedPath) => void = () => undefined): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    for (const found of await listFolder(path, seen, onSkipped)) {
      if (isDataOrCode(found)) onSkipped({ path: found, reason: 'data or code file' });
      else files.push(found);
    }
  }
  // Folders with nothing in them would give an empty run that looks like success.
  if (files.length === 0) {
    throw new UsageError(`No documents found in ${paths.join(', ')} (hidden files, data and code files such as .json and .csv, and rolefit's own output folders are skipped).`);
  }
  return files;
}

/** Files named in the note on skipped files; the rest are counted. */
const skippedNamed = 5;

/**
 * collectInputs for a command: the files skipped in folders are told on stderr, so nothing vanishes unsaid, and
 * returned, for the shortlist to list. A blind run (`blind`) only counts them: their names ("maria-reyes-data.json")
 * may be the candidate's.
 */
export async function collectDocuments(paths: readonly string[], blind = false): Promise<{ files: string[]; skipped: SkippedPath[] }> {
  const skipped: SkippedPath[] = [];
  const files = await collectInputs(paths, (found) => skipped.push(found));
  if (skipped.length > 0) process.stderr.write(`${skippedNote(skipped.map((s) => s.path), blind)}\n`);
  return { files, skipped };
}

/** The note on skipped files: the first few named, the rest counted; none named in a blind run. */
export function skippedNote(skipped: readonly string[], blind: boolean): string {
  const note = `Skipped ${skipped.length} data or code file(s), hidden file(s) and rolefit output folder(s) found in folders (name a file to read it)`;
  if (blind) return `${note}; their names are not shown under --redact.`;
  const named = skipped.slice(0, skippedNamed).join(', ');
  const more = skipped.length > skippedNamed ? ` and ${skipped.length - skippedNamed} more` : '';
  return `${note}: ${named}${more}`;
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
 * Every file below a folder, sorted by path; hidden folders (".git") are not searched, nor are sockets and pipes
 * documents. A hidden file (".ramon.txt", ".DS_Store") is passed by and told to `onSkipped`: it may be a resume
 * saved so by mistake. A folder reached twice (a link back up the tree, or two links to one place) is read once. A
 * folder rolefit wrote (it holds the list of files a run wrote) is passed by and told too: its reports read as resumes
 * would outrank the people they are about.
 */
async function listFolder(folder: string, seen: Set<string>, onSkipped: (skipped: SkippedPath) => void): Promise<string[]> {
  const real = await realpath(folder);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(folder, { withFileTypes: true });
  if (entries.some((e) => e.name === manifestName)) {
    onSkipped({ path: `${folder}${sep}`, reason: 'rolefit output folder' });
    return [];
  }
  const sorted = entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of sorted) {
    const path = join(folder, entry.name);
    const kind = await kindOf(entry, path);
    const hidden = entry.name.startsWith('.');
    if (kind === 'folder' && !hidden) files.push(...(await listFolder(path, seen, onSkipped)));
    else if (kind === 'file' && hidden) onSkipped({ path, reason: 'hidden file' });
    else if (kind === 'file') files.push(path);
  }
  return files;
}
