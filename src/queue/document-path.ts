/**
 * Where a job's `document.path` may point. A worker reads such paths on its own machine and returns their text in
 * the result, so anyone who can add a job could otherwise read any file the worker can (`/etc/passwd`, keys, other
 * candidates' folders). Paths are read only under ROLEFIT_DOCUMENT_ROOT, after symbolic links are followed.
 */
import { access, constants, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../config.js';
import { RolefitError } from '../errors.js';

/** Inside `root` (the root itself included), judged on the path's text. */
function isInside(root: string, path: string): boolean {
  const rest = relative(root, path);
  // "..name" is a file inside; ".." or "../…" leads out.
  return rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}

/** Fails at a worker's start when its document root is no readable folder, rather than failing each path job later. */
export async function checkDocumentRoot(root: string): Promise<void> {
  const info = await stat(root).catch(() => null);
  const unreadable = new ConfigurationError(`ROLEFIT_DOCUMENT_ROOT ${root} is not a folder this worker can read.`);
  if (!info?.isDirectory()) throw unreadable;
  await access(root, constants.R_OK).catch(() => {
    throw unreadable;
  });
}

/**
 * The real path of `requested` (absolute, or relative to the root) when it lies under `root`. A path outside is an
 * invalid job, told apart from a missing file only once it is known to lie inside, so jobs cannot probe which files
 * exist elsewhere.
 */
export async function documentPathUnder(root: string | null, requested: string): Promise<string> {
  if (root === null) {
    throw new RolefitError(
      'invalid_job',
      'This worker reads documents by path only under ROLEFIT_DOCUMENT_ROOT, which is not set: send the document as contentBase64, or set ROLEFIT_DOCUMENT_ROOT on the workers.',
    );
  }
  const outside = new RolefitError('invalid_job', `${requested} is not under the workers' document root (ROLEFIT_DOCUMENT_ROOT).`);
  const realRoot = await realpath(root).catch((error: unknown) => {
    throw new Error(`ROLEFIT_DOCUMENT_ROOT ${root} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  });
  const wanted = resolve(realRoot, requested);
  if (!isInside(realRoot, wanted)) throw outside;
  const real = await realpath(wanted).catch(() => null);
  if (real === null) throw new RolefitError('read_failed', `Cannot read ${requested}: no such file under the document root.`);
  // A symbolic link inside the root may point out of it.
  if (!isInside(realRoot, real)) throw outside;
  return real;
}
