/**
 * Character classes read from character codes, for the scanners that run over every resume (tokenize, count-words):
 * ASCII answered by comparison, anything else by the Unicode property it belongs to.
 */

const letterOrDigit = /^[\p{L}\p{N}]$/u;
const letter = /^\p{L}$/u;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** The whole character at `index`: a letter outside the basic plane is written as two code units. */
function characterAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}

/** ASCII letters and digits, answered by comparison: most characters of most resumes are these. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
}

/** Whether the character at `index` is a letter or a digit, in any script. */
export function isLetterOrDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return isAsciiLetterOrDigit(code);
  return letterOrDigit.test(characterAt(text, index));
}

/** Whether the character at `index` is a letter, in any script. */
export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return isAsciiLetter(code);
  return letter.test(characterAt(text, index));
}

/** 2 for a character written as a surrogate pair, else 1. */
export function charLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

/** The characters `\s` matches in a JavaScript regular expression. */
export function isWhiteSpace(code: number): boolean {
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

/** The character codes of a set of one-unit characters: checked between every two tokens, so no regex and no slice. */
export function codesOf(chars: string): ReadonlySet<number> {
  return new Set(Array.from({ length: chars.length }, (_, index) => chars.charCodeAt(index)));
}

/** Whether any character of `text` from `start` up to `end` is one of `codes`. */
export function holdsAny(text: string, start: number, end: number, codes: ReadonlySet<number>): boolean {
  for (let at = start; at < end; at += 1) if (codes.has(text.charCodeAt(at))) return true;
  return false;
}

/**
 * Whether a line from `start` up to `end` opens with one of `codes` after its spaces: a list item marked with a sign
 * that also stands inside text ("* Review", "- Service"), which ends a phrase only where it opens a line.
 */
export function opensLineWith(text: string, start: number, end: number, codes: ReadonlySet<number>): boolean {
  for (let at = start; at < end; at += 1) {
    if (text.charCodeAt(at) !== newline) continue;
    let next = at + 1;
    while (next < end && (text.charCodeAt(next) === space || text.charCodeAt(next) === tab)) next += 1;
    if (next < end && codes.has(text.charCodeAt(next))) return true;
  }
  return false;
}

const newline = 0x0a;
const space = 0x20;
const tab = 0x09;
