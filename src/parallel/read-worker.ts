/** The body of a reading thread: one document's bytes in, its text (or typed error) out. */
import { RolefitError, toErrorInfo } from '../errors.js';
import { readDocument } from '../read-document/read-document.js';
import { markFinished, markStarted } from './read-clock.js';
import type { ReadOutcome, ReadTask } from './read-task.js';

export default async function readInThread(task: ReadTask): Promise<ReadOutcome> {
  markStarted(task.clock);
  try {
    return { ok: true, document: await readDocument({ name: task.name, bytes: task.bytes }, task.options) };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error), mentionedNames: error instanceof RolefitError ? error.mentionedNames : [] };
  } finally {
    markFinished(task.clock);
  }
}
