/** What crosses into a reading thread and back: plain data only, errors as typed values (thrown errors lose their code). */
import type { RolefitErrorInfo } from '../errors.js';
import type { DocumentText, ReadOptions } from '../read-document/document-types.js';

export interface ReadTask {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly options: ReadOptions;
  /** Where the thread marks when it starts and finishes the read (read-clock.ts): the time limit counts from there. */
  readonly clock: SharedArrayBuffer;
}

export type ReadOutcome =
  | { readonly ok: true; readonly document: DocumentText }
  /** The error, and the file names its message gives besides the document's (see RolefitError.mentionedNames). */
  | { readonly ok: false; readonly error: RolefitErrorInfo; readonly mentionedNames: readonly string[] };
