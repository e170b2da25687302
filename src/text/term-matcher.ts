/**
 * A dictionary of phrases compiled into a token trie. Finding every phrase in a text costs one walk per token,
 * however many phrases the dictionary holds, and a hit keeps the exact span that proves it.
 */
import { tokenize, type Token } from './tokenize.js';
import { bulletGlyphs } from './bullets.js';
import { codesOf, holdsAny, opensLineWith } from './character-classes.js';
import { escapeRegExp } from './escape-reg-exp.js';

export interface TermEntry<T> {
  /** The phrase as written in the dictionary. */
  readonly phrase: string;
  readonly value: T;
}

export interface TermHit<T> {
  readonly value: T;
  readonly phrase: string;
  /** Character offsets of the matched words in the searched text. */
  readonly start: number;
  readonly end: number;
}

interface Terminal<T> {
  readonly entry: TermEntry<T>;
  /** For each token: the exact casing required (acronyms), or null when no token's case matters. */
  readonly casing: readonly (string | null)[] | null;
}

/**
 * A node of the trie once built. A leaf holds no map and a node where no phrase ends no list: the walk reads both
 * off the node itself, which in a large dictionary saves a memory load per word, and thousands of empty maps.
 */
interface TrieNode<T> {
  readonly next: ReadonlyMap<string, TrieNode<T>> | null;
  readonly terminals: readonly Terminal<T>[] | null;
}

/** A node while the trie is being built. */
interface GrowingNode<T> {
  readonly next: Map<string, GrowingNode<T>>;
  readonly terminals: Terminal<T>[];
}

/** The node as built, with its children settled too: empty maps and lists dropped. */
function settle<T>(node: GrowingNode<T>): TrieNode<T> {
  const next = node.next.size === 0 ? null : new Map([...node.next].map(([word, child]) => [word, settle(child)]));
  return { next, terminals: node.terminals.length === 0 ? null : node.terminals };
}

// All-capital tokens of 2-5 characters with at least two letters (AHT, CSAT, QA, KPI, L1) are acronyms: their case
// carries the meaning, so "QA" must not match the letters "qa" inside ordinary text.
const acronymPattern = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9&]{2,5}$/;

// Bullets, semicolons and pipes end one item of a list: no phrase runs across one ("customers.\n• Experience" is not
// "customer experience"). Line breaks and full stops may stand inside a phrase a PDF wrapped or abbreviated.
const itemBreakChars = `${bulletGlyphs}|;`;
const itemBreak = codesOf(itemBreakChars);
// In a list of skills a comma ends an item too ("Sales, Service, Cloud" names no Service Cloud); in a job title it
// does not ("Manager, Customer Service").
const listItemBreak = codesOf(`${itemBreakChars},`);
// Signs that mark a list item only where they open a line ("contracts\n* Review claim forms" is no contract review).
const lineItemMarks = codesOf('*-–—+>');

export interface TermMatcherOptions {
  /** Whether a comma ends a phrase, as it does between the items of a list of skills. */
  readonly commasEndPhrases?: boolean;
}

/** A word the tokenizer may read as an acronym when written in capitals: at most four letters, the last an S. */
const shortWordEndingInS = /(?<![\p{L}\p{N}])[\p{L}\p{N}]{2,3}s(?![\p{L}\p{N}])/iu;

/** Dictionaries with at most this many first words check a text for them before splitting it into tokens. */
const maxQuickCheckWords = 40;

function sameCasing(a: readonly (string | null)[] | null, b: readonly (string | null)[] | null): boolean {
  return a === b || (a !== null && b !== null && a.length === b.length && a.every((c, i) => c === b[i]));
}

export class TermMatcher<T> {
  /** The nodes each phrase's first word leads to. */
  private readonly firsts: ReadonlyMap<string, TrieNode<T>>;
  readonly size: number;
  /**
   * The words phrases start with, when they are few: a text that holds none of them, in any case, holds no phrase.
   * A token's normal form is a prefix of the word as written (case and plural folded), so looking for it is enough;
   * "and" is left out of this check because the tokenizer reads "&" as "and".
   */
  private readonly firstWords: RegExp | null;
  private readonly phraseBreak: ReadonlySet<number>;

  constructor(entries: Iterable<TermEntry<T>>, options: TermMatcherOptions = {}) {
    this.phraseBreak = options.commasEndPhrases === true ? listItemBreak : itemBreak;
    let size = 0;
    const root: GrowingNode<T> = { next: new Map(), terminals: [] };
    const add = (entry: TermEntry<T>, tokens: readonly Token[]): void => {
      let node = root;
      for (const token of tokens) {
        let child = node.next.get(token.norm);
        if (!child) {
          child = { next: new Map(), terminals: [] };
          node.next.set(token.norm, child);
        }
        node = child;
      }
      const written = tokens.map((t) => (acronymPattern.test(t.cased) ? t.cased : null));
      const casing = written.some((c) => c !== null) ? written : null;
      // A name and an alias that fold to the same words ("English", "english"; "night shift", "night shifts") are
      // one phrase: kept twice, each hit would be found twice and quoted twice as evidence.
      if (node.terminals.some((t) => t.entry.value === entry.value && sameCasing(t.casing, casing))) return;
      node.terminals.push({ entry, casing });
      size += 1;
    };
    for (const entry of entries) {
      const tokens = tokenize(entry.phrase);
      if (tokens.length === 0) continue;
      add(entry, tokens);
      // A short word ending in S reads as an acronym in capitals ("IFRS"), not as a plural: "ASSOCIATE OF ARTS" folds
      // to other words than "Associate of Arts", and is found in its capitals' own form.
      if (shortWordEndingInS.test(entry.phrase)) {
        const capitals = tokenize(entry.phrase.toUpperCase());
        if (capitals.some((token, index) => token.norm !== tokens[index]?.norm)) add(entry, capitals);
      }
    }
    this.size = size;
    this.firsts = settle(root).next ?? new Map();
    const first = [...this.firsts.keys()];
    // One pattern of all first words scans the text once, where looking for each word would scan it once per word.
    // Case is ignored by the pattern, not by lower-casing each text checked: that copy cost more than the check.
    this.firstWords = first.length <= maxQuickCheckWords && !first.includes('and') ? new RegExp(first.map(escapeRegExp).join('|'), 'i') : null;
  }

  /** False when the text certainly holds no phrase; true when it may. Cheaper than splitting the text. */
  mayHold(text: string): boolean {
    if (this.firstWords === null) return true;
    return this.firstWords.test(text);
  }

  /**
   * Every longest, non-overlapping hit, left to right. With `withPrefixes`, shorter phrases that start a longer hit
   * are reported too ("Excel pivot tables" also proves "Excel").
   */
  findAll(text: string, given?: readonly Token[], withPrefixes = false, starts?: readonly number[]): TermHit<T>[] {
    if (given === undefined && !this.mayHold(text)) return [];
    const tokens = given ?? tokenize(text);
    const hits: TermHit<T>[] = [];
    if (starts) {
      // Only where some phrase may start (see phraseStarts), in order, never inside a hit already taken.
      let next = 0;
      for (const index of starts) if (index >= next) next = this.visit(text, tokens, index, withPrefixes, hits);
    } else {
      for (let index = 0; index < tokens.length; ) index = this.visit(text, tokens, index, withPrefixes, hits);
    }
    return hits;
  }

  /** Adds the phrases starting at `index` to `hits`; returns where to look next (past a hit, or the next token). */
  private visit(text: string, tokens: readonly Token[], index: number, withPrefixes: boolean, hits: TermHit<T>[]): number {
    // Most words start no phrase: skip them before building anything.
    const token = tokens[index];
    const afterFirst = token === undefined ? undefined : this.firsts.get(token.norm);
    if (afterFirst === undefined) return index + 1;
    const found = this.matchesFrom(text, tokens, index, afterFirst);
    const longest = found.at(-1);
    if (!longest) return index + 1;
    for (const group of withPrefixes ? found : [longest]) for (const hit of group.hits) hits.push(hit);
    return index + longest.tokenCount;
  }

  /** The normal forms of the words the dictionary's phrases start with. */
  startWords(): Iterable<string> {
    return this.firsts.keys();
  }

  /**
   * The values of the phrase these words are, as a whole, in the casing written; empty when they are none. Reads the
   * words' normal forms only, so they may come from different places of a text ("chat" … "support").
   */
  valuesOfWords(words: readonly Token[]): T[] {
    let node = words[0] === undefined ? undefined : this.firsts.get(words[0].norm);
    for (let i = 1; node !== undefined && i < words.length; i += 1) node = node.next?.get(words[i]?.norm ?? '');
    if (node?.terminals == null) return [];
    return node.terminals.filter((t) => t.casing === null || casingFits(t.casing, words, 0)).map((t) => t.entry.value);
  }

  /** The value of a phrase that is, as a whole, one of the dictionary's phrases; null when it is not. */
  lookup(phrase: string): T | null {
    if (!this.mayHold(phrase)) return null;
    const tokens = tokenize(phrase);
    const afterFirst = tokens[0] === undefined ? undefined : this.firsts.get(tokens[0].norm);
    const longest = afterFirst === undefined ? undefined : this.matchesFrom(phrase, tokens, 0, afterFirst).at(-1);
    return longest && longest.tokenCount === tokens.length ? (longest.hits[0]?.value ?? null) : null;
  }

  /**
   * The phrases starting at `start`, shortest first; each with its hits (several when entries share a phrase).
   * `afterFirst` is the node the first word leads to, which the caller has already looked up.
   */
  private matchesFrom(
    text: string,
    tokens: readonly Token[],
    start: number,
    afterFirst: TrieNode<T>,
  ): { hits: TermHit<T>[]; tokenCount: number }[] {
    const found: { hits: TermHit<T>[]; tokenCount: number }[] = [];
    const first = tokens[start];
    let node: TrieNode<T> | undefined = afterFirst;
    for (let i = start; first !== undefined && node !== undefined; ) {
      const token = tokens[i];
      if (token === undefined) break;
      if (node.terminals !== null) {
        const hits: TermHit<T>[] = [];
        for (const terminal of node.terminals) {
          if (terminal.casing !== null && !casingFits(terminal.casing, tokens, start)) continue;
          hits.push({ value: terminal.entry.value, phrase: terminal.entry.phrase, start: first.start, end: token.end });
        }
        if (hits.length > 0) found.push({ hits, tokenCount: i - start + 1 });
      }
      // No longer phrase goes on from here, or the next word stands across a break.
      const next = tokens[i + 1];
      if (node.next === null || next === undefined || holdsAny(text, token.end, next.start, this.phraseBreak)) break;
      if (opensLineWith(text, token.end, next.start, lineItemMarks) || startsNewLine(text, token, next)) break;
      node = node.next.get(next.norm);
      i += 1;
    }
    return found;
  }
}

/**
 * The indices of the tokens that start a phrase of any of several dictionaries (given by their first words, united
 * once): dictionaries read over the same text then visit these few places instead of every token each.
 */
export function phraseStarts(tokens: readonly Token[], firstWords: ReadonlySet<string>): number[] {
  const starts: number[] = [];
  tokens.forEach((token, index) => {
    if (firstWords.has(token.norm)) starts.push(index);
  });
  return starts;
}

const lineBreak = codesOf('\n');

/**
 * Whether the next word opens a new line as a new item would: in capitals after a word in lower case ("… supplier
 * contracts\nReview callback queue" is no contract review). A phrase a PDF wrapped goes on in its own case
 * ("customer\nservice", "Customer\nService").
 */
function startsNewLine(text: string, token: Token, next: Token): boolean {
  if (!holdsAny(text, token.end, next.start, lineBreak)) return false;
  const [last, first] = [token.cased[0], next.cased[0]];
  return last !== undefined && first !== undefined && last !== last.toUpperCase() && first !== first.toLowerCase();
}

function casingFits(casing: readonly (string | null)[], tokens: readonly Token[], start: number): boolean {
  return casing.every((required, offset) => required === null || tokens[start + offset]?.cased === required);
}
