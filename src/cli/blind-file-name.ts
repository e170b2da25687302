/** File names for blind screening: an input's file name often holds the candidate's name ("csr-maria-santos.pdf"). */
import { createHash } from 'node:crypto';

/** Hex digits of the SHA-256 kept: 64 bits, so that names of different sources do not collide in practice. */
const hashDigits = 16;

/** A stable name from a hash of the result's (redacted) source: the same input gets the same name on every run. */
export function blindFileName(source: string): string {
  return `resume-${createHash('sha256').update(source).digest('hex').slice(0, hashDigits)}`;
}
