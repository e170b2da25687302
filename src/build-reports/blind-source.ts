/**
 * The source a blind result names: file names often hold the candidate's name ("Rhea Soriano CV.pdf"), and a name the
 * resume's text does not give away cannot be redacted from them. So a blind result names its source by a hash of it
 * and of the document's bytes when they were read: the same document under the same name gets the same name on every
 * run; two documents sent under one name ("CV.pdf") get two. The extension stays.
 */
import { createHash } from 'node:crypto';

/** Hex digits of the SHA-256 kept: 64 bits, so that names of different sources do not collide in practice. */
const hashDigits = 16;

/**
 * `fileName`, when the source is no file name (an applicant-tracking system's "ats-10294"), gives the extension the
 * blind name keeps: what kind of document it was says nothing of whose it was.
 */
export function blindSource(source: string, bytes?: Uint8Array, fileName?: string): string {
  const extensionOf = (name: string): string | undefined => /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0].toLowerCase();
  const extension = extensionOf(source) ?? (fileName === undefined ? undefined : extensionOf(fileName)) ?? '';
  const hash = createHash('sha256').update(source);
  if (bytes !== undefined) hash.update('\0').update(bytes);
  return `resume-${hash.digest('hex').slice(0, hashDigits)}${extension}`;
}

/** A blind name ("resume-<hash>.pdf"), as a sender that hashed the name already gives it. */
const blindName = new RegExp(`^resume-[0-9a-f]{${hashDigits}}(?:\\.[a-z0-9]{1,5})?$`);

/** Whether a source is a blind name already: `enqueue --redact` sends no file name, and a blind name is not hashed again. */
export function isBlindSource(source: string): boolean {
  return blindName.test(source);
}

/**
 * The last part of a path, by either separator: a queue job may name a file as Windows does ("C:\cvs\cv.pdf")
 * whatever the system reading it.
 */
export function fileBaseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/**
 * A failure's message for a blind result: each name the document went by ("/cvs/Rhea Soriano CV.pdf", and its last
 * part alone) replaced by the blind name, so that the message gives away no more than the source does.
 */
export function blindMessage(message: string, names: readonly string[], blindName: string): string {
  const forms = names.flatMap((name) => [name, fileBaseName(name)]).filter((form) => form.length > 0);
  // Longest first, so that a full path is replaced before its last part.
  return [...new Set(forms)].sort((a, b) => b.length - a.length).reduce((text, form) => text.split(form).join(blindName), message);
}
