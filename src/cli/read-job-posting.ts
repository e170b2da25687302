/** Reads the posting given to `--job`, in any format a resume may come in (text, PDF, DOCX, …). */
import { basename } from 'node:path';
import type { JobPosting } from '../build-job-profile/build-job-profile.js';
import { RolefitError } from '../errors.js';
import { loadDocument } from '../io/load-document.js';
import type { ReadOptions } from '../read-document/document-types.js';
import { readDocument } from '../read-document/read-document.js';
import { UsageError } from './usage-error.js';

export async function readJobPosting(path: string, options: ReadOptions): Promise<JobPosting> {
  try {
    const document = await readDocument(await loadDocument(path, options), options);
    return { text: document.text, name: basename(path) };
  } catch (error) {
    if (error instanceof RolefitError) throw new UsageError(`Cannot read the job posting ${path}: ${error.message}`);
    throw error;
  }
}
