/** Makes the output folder before any work starts, so that a bad --out fails at once instead of after the batch. */
import { access, constants, mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * Creates the missing folders one level at a time. `mkdir(…, { recursive: true })` spins forever where the system
 * refuses a folder without saying why (under /proc), so it is not used here.
 */
async function makeFolders(directory: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(directory);
  while ((await stat(current).catch(() => null)) === null) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) {
    // Another process may make the same folder meanwhile; that is no failure.
    await mkdir(folder).catch((error: unknown) => {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    });
  }
}

export async function prepareOutputDirectory(directory: string): Promise<void> {
  try {
    await makeFolders(directory);
    if (!(await stat(directory)).isDirectory()) throw new Error('it is a file, not a folder');
    await access(directory, constants.W_OK);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`Cannot write to --out ${directory}: ${reason}`);
  }
}
