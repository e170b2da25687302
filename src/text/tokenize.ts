/**
 * Splits text into word tokens that keep the symbols skill names depend on (C++, C#, .NET, A+, P&L, Node.js) and
 * drop the punctuation they do not (hyphens, slashes, trailing periods). Aliases and resume text go through the same
 * function, so "e-mail", "E mail" and "email" differ only where the tokens do.
 */
export interface Token {
  /** Lower-cased and singular: what matching compares. */
  readonly norm: string;
  /** The token as written, singular: what case-sensitive matching compares. */
  readonly cased: string;
  readonly start: number;
  readonly end: number;
}

// A word (letters or digits, inner . ' ’ & joining parts), then any + or # (C++, C#); or a dotted name (.NET); or &.
const tokenPattern = /[\p{L}\p{N}]+(?:[.'’&][\p{L}\p{N}]+)*[+#]*|\.\p{L}[\p{L}\p{N}]*|&/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const cased = singular(match[0] === '&' ? 'and' : match[0]);
    tokens.push({ norm: cased.toLowerCase(), cased, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The key two phrasings share when they are the same words: used for alias collisions and lookups. */
export function normalizePhrase(text: string): string {
  return tokenize(text)
    .map((token) => token.norm)
    .join(' ');
}

/**
 * Folds the plural and possessive endings resumes vary on ("call centers", "KPIs", "Bachelor's"), conservatively:
 * words ending in ss/us/is keep their s, and short words are left alone so acronyms like "SAS" survive.
 */
function singular(word: string): string {
  const last = word.at(-1);
  const apostrophe = word.at(-2);
  if ((last === 's' || last === 'S') && (apostrophe === "'" || apostrophe === '’')) return word.slice(0, -2);
  if (last !== 's' && last !== 'S') return word;
  if (last === 's' && word.length >= 3 && isAllCapitalsOrDigits(word.slice(0, -1))) return word.slice(0, -1); // KPIs, SLAs
  if (word.length <= 3 || word.includes('.')) return word; // Node.js, B.Sc.
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
