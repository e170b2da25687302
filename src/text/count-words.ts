/**
 * Word counts that stop as soon as they know the answer. Extraction asks "is this line longer than N words?" of
 * nearly every line, several times; splitting each line into an array only to take its length costs more than the
 * question is worth. Tests hold these to the regular-expression forms they replace.
 */

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

const letterOrDigit = /[\p{L}\p{N}]/u;

/** Whether more than `limit` of the white-space separated words hold a letter or a digit ("-" and "•" do not). */
export function hasMoreWordsThan(text: string, limit: number): boolean {
  let count = 0;
  let wordStart = -1;
  let counted = false;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 0x20;
    if (isWhiteSpace(code)) {
      wordStart = -1;
      continue;
    }
    if (wordStart < 0) {
      wordStart = index;
      counted = false;
    }
    if (!counted && isLetterOrDigit(text, index, code)) {
      counted = true;
      if (++count > limit) return true;
    }
  }
  return false;
}

function isLetterOrDigit(text: string, index: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  // A letter outside the basic plane is written as two code units: test the character they make together.
  return letterOrDigit.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

/** The characters `\s` matches in a JavaScript regular expression. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
