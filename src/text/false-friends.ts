/**
 * Dictionary hits that stand inside a written form naming something else: "initiatives" are no initiative, "job
 * scheduling" is no workforce scheduling, a salesperson's "Account Executive" is no accounts executive. The forms
 * come per value (a skill or a role id) as one pattern, looked for around each hit that has them.
 */
import { isAsciiLetterOrDigit } from './character-classes.js';

interface Hit {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A value's false friends: one sticky pattern of its written forms as whole words (never starting after a letter or
 * a digit), and how far before a hit one of them may start.
 */
export interface FalseFriends {
  readonly pattern: RegExp;
  readonly reach: number;
  /**
   * The character codes the written forms start with, in lower case, when all are ASCII: the pattern runs only where
   * the text has one of them. Null when some form starts otherwise; then it runs at every word start.
   */
  readonly startCodes: ReadonlySet<number> | null;
}

/** The lower-case ASCII codes `forms` start with; null when one starts with a character beyond ASCII. */
export function startCodesOf(forms: readonly string[]): ReadonlySet<number> | null {
  const codes = new Set<number>();
  for (const form of forms) {
    const code = lowerAscii(form.charCodeAt(0));
    if (Number.isNaN(code) || code >= 0x80) return null;
    codes.add(code);
  }
  return codes;
}

function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

export function withoutFalseFriends<T extends Hit>(hits: readonly T[], text: string, friends: ReadonlyMap<string, FalseFriends>): readonly T[] {
  // Most texts hold no hit that has false friends at all: they need no pattern run.
  if (!hits.some((hit) => friends.has(hit.value))) return hits;
  return hits.filter((hit) => {
    const friend = friends.get(hit.value);
    return !friend || !standsInside(hit, text, friend);
  });
}

/**
 * Whether a written form holds the hit. A form that does starts at most `reach` characters before it: the sticky
 * pattern is tried at each of those places only, never over the rest of the text.
 */
function standsInside(hit: Hit, text: string, { pattern, reach, startCodes }: FalseFriends): boolean {
  for (let start = Math.max(0, hit.start - reach); start <= hit.start; start += 1) {
    // A form starts a word: after a letter or a digit the pattern cannot match, so it is not run there.
    if (start > 0 && isAsciiLetterOrDigit(text.charCodeAt(start - 1))) continue;
    // Nor where no form can start. Past ASCII, case folding may still match ("K", the Kelvin sign, is "k").
    const code = text.charCodeAt(start);
    if (startCodes !== null && code < 0x80 && !startCodes.has(lowerAscii(code))) continue;
    // A sticky pattern matches only at lastIndex, which is set before every use: the shared pattern keeps nothing.
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match !== null && start + match[0].length >= hit.end) return true;
  }
  return false;
}
