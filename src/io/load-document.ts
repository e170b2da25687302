/** Reads a document from disk for the pipeline; the size limit is checked before the bytes are loaded. */
import { overSizeLimit } from '../text/megabytes.js';
import { readFile, stat } from 'node:fs/promises';
import { RolefitError } from '../errors.js';
import type { DocumentInput, ReadOptions } from '../read-document/document-types.js';

export async function loadDocument(path: string, options: ReadOptions, name = path): Promise<DocumentInput> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new RolefitError('read_failed', `${name} is not a file.`);
    if (info.size > options.maxBytes) {
      throw new RolefitError('file_too_large', overSizeLimit(name, info.size, options.maxBytes));
    }
    return { name, bytes: await readFile(path) };
  } catch (error) {
    if (error instanceof RolefitError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new RolefitError('read_failed', `Cannot read ${name}: ${reason}`, { cause: error });
  }
}
