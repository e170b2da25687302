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
  const possessive = /['’][sS]$/.exec(word);
  if (possessive) return word.slice(0, possessive.index);
  if (/^[A-Z0-9]{2,}s$/.test(word)) return word.slice(0, -1); // KPIs, SLAs
  if (word.length <= 3 || word.includes('.')) return word; // Node.js, B.Sc.
  if (/(?:ss|us|is)$/i.test(word)) return word;
  if (/(?:sses|xes|ches|shes)$/i.test(word)) return word.slice(0, -2);
  if (/[sS]$/.test(word)) return word.slice(0, -1);
  return word;
}
