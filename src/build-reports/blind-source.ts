/**
 * The source a blind result names: file names often hold the candidate's name ("Rhea Soriano CV.pdf"), and a name the
 * resume's text does not give away cannot be redacted from them. So a blind result names its source by a hash of it:
 * the same input gets the same name on every run, different inputs different names, and the extension stays.
 */
import { createHash } from 'node:crypto';

/** Hex digits of the SHA-256 kept: 64 bits, so that names of different sources do not collide in practice. */
const hashDigits = 16;

export function blindSource(source: string): string {
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(source)?.[0].toLowerCase() ?? '';
  return `resume-${createHash('sha256').update(source).digest('hex').slice(0, hashDigits)}${extension}`;
}
