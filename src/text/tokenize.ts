/**
 * Splits text into word tokens that keep the symbols skill names depend on (C++, C#, .NET, A+, P&L, Node.js) and
 * drop the punctuation they do not (hyphens, slashes, trailing periods). Aliases and resume text go through the same
 * function, so "e-mail", "E mail" and "email" differ only where the tokens do.
 */
import { charLength, isAsciiLetterOrDigit, isLetterAt, isLetterOrDigitAt } from './character-classes.js';

export interface Token {
  /** Lower-cased and singular: what matching compares. */
  readonly norm: string;
  /** The token as written, singular: what case-sensitive matching compares. */
  readonly cased: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A word (letters or digits, inner . ' ’ & joining parts), then any + or # (C++, C#); or a dotted name (.NET); or &.
 * That is the pattern below, read by hand: every resume goes through here several times, and a scanner that looks
 * at character codes tokenizes a third faster than running the regular expression. Tests hold the two to the same
 * tokens.
 */
export const tokenPattern = /[\p{L}\p{N}]+(?:[.'’&][\p{L}\p{N}]+)*[+#]*|\.\p{L}[\p{L}\p{N}]*|&/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    let end = -1;
    if (isAsciiLetterOrDigit(code) || (code >= 0x80 && isLetterOrDigitAt(text, index))) {
      end = endOfRun(text, index);
      // Inner joiners: "Node.js", "P&L", "O'Brien"; each must be followed by another run.
      while (end + 1 < length && isJoiner(text.charCodeAt(end)) && isLetterOrDigitAt(text, end + 1)) {
        end = endOfRun(text, end + 1);
      }
      while (end < length && isPlusOrHash(text.charCodeAt(end))) end += 1;
    } else if (code === dot && index + 1 < length && isLetterAt(text, index + 1)) {
      end = endOfRun(text, index + 1);
    } else if (code === ampersand) {
      end = index + 1;
    }
    if (end < 0) {
      index += code < 0x80 ? 1 : charLength(text, index);
      continue;
    }
    const written = text.slice(index, end);
    const cased = singular(written === '&' ? 'and' : written);
    tokens.push({ norm: cased.toLowerCase(), cased, start: index, end });
    index = end;
  }
  return tokens;
}

const dot = 0x2e;
const ampersand = 0x26;

function isJoiner(code: number): boolean {
  return code === dot || code === 0x27 || code === 0x2019 || code === ampersand;
}

function isPlusOrHash(code: number): boolean {
  return code === 0x2b || code === 0x23;
}

/** Where the run of letters and digits starting at `index` ends. */
function endOfRun(text: string, index: number): number {
  const length = text.length;
  let at = index;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (isAsciiLetterOrDigit(code)) at += 1;
    else if (code >= 0x80 && isLetterOrDigitAt(text, at)) at += charLength(text, at);
    else break;
  }
  return at;
}

/** The key two phrasings share when they are the same words: used for alias collisions and lookups. */
export function normalizePhrase(text: string): string {
  return tokenize(text)
    .map((token) => token.norm)
    .join(' ');
}

/** Letters of the longest acronym ending in S read as one ("IFRS", "HRMS"); "TEAMS" in a heading is a plural. */
const maxAcronymLength = 4;

/**
 * Folds the plural and possessive endings resumes vary on ("call centers", "KPIs", "Bachelor's"), conservatively:
 * words ending in ss/us/is keep their s, and short words are left alone so acronyms like "SAS" survive.
 */
function singular(word: string): string {
  const last = word.at(-1);
  // Most words do not end in s: they need none of the checks below.
  if (last !== 's' && last !== 'S') return word;
  const apostrophe = word.at(-2);
  if (apostrophe === "'" || apostrophe === '’') return word.slice(0, -2);
  if (last === 's' && word.length >= 3 && isAllCapitalsOrDigits(word.slice(0, -1))) return word.slice(0, -1); // KPIs, SLAs
  if (word.length <= 3 || word.includes('.')) return word; // Node.js, B.Sc.
  // A short word in capitals ending in a capital S is an acronym, not a plural: "IFRS" is no more than one "IFR".
  if (last === 'S' && word.length <= maxAcronymLength && isAllCapitalsOrDigits(word)) return word;
  const lower = word.toLowerCase();
  if (lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is')) return word;
  if (lower.endsWith('sses') || lower.endsWith('xes') || lower.endsWith('ches') || lower.endsWith('shes')) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** A-Z and 0-9 only: the stem of a plural acronym ("KPI" of "KPIs"). Checked for most words, so no regex. */
function isAllCapitalsOrDigits(stem: string): boolean {
  for (const char of stem) {
    if (!((char >= '0' && char <= '9') || (char >= 'A' && char <= 'Z'))) return false;
  }
  return true;
}
