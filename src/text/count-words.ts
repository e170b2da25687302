/**
 * Word counts that stop as soon as they know the answer. Extraction asks "is this line longer than N words?" of
 * nearly every line, several times; splitting each line into an array only to take its length costs more than the
 * question is worth. Tests hold these to the regular-expression forms they replace.
 */
import { isLetterOrDigitAt, isWhiteSpace } from './character-classes.js';

/** Whether `text.split(/\s+/).length > limit`: pieces between runs of white space, empty ends included. */
export function hasMorePiecesThan(text: string, limit: number): boolean {
  let pieces = 1;
  let inSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const space = isWhiteSpace(text.charCodeAt(index));
    if (space && !inSpace && ++pieces > limit) return true;
    inSpace = space;
  }
  return pieces > limit;
}

/** Whether more than `limit` of the white-space separated words hold a letter or a digit ("-" and "•" do not). */
export function hasMoreWordsThan(text: string, limit: number): boolean {
  let count = 0;
  /** Whether the word being read has been counted already. */
  let counted = false;
  for (let index = 0; index < text.length; index += 1) {
    if (isWhiteSpace(text.charCodeAt(index))) counted = false;
    else if (!counted && isLetterOrDigitAt(text, index)) {
      counted = true;
      if (++count > limit) return true;
    }
  }
  return false;
}
