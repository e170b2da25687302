/**
 * Verb-and-object phrasings: a verb, a few words, then what it acts on ("Directed a team of thirty associates",
 * "supervised a seasonal staff"). Aliases need every word in place; a phrasing lets the words between vary. Compiled
 * into a map from verb to the objects it may take, so finding them all is one walk over the tokens.
 */
import { bulletGlyphs } from './bullets.js';
import { codesOf, holdsAny } from './character-classes.js';
import type { TermHit } from './term-matcher.js';
import { tokenize, type Token } from './tokenize.js';

export interface Phrasing<T> {
  readonly verbs: readonly string[];
  readonly objects: readonly string[];
  /** How many words may stand between the verb and its object. */
  readonly maxGap: number;
  readonly value: T;
}

interface Rule<T> {
  readonly objects: ReadonlySet<string>;
  readonly maxGap: number;
  readonly value: T;
}

// A phrasing stays within a sentence: a full stop, a semicolon, a colon, a bullet or a line break ends it.
const sentenceBreak = codesOf(`.;:!?|\n${bulletGlyphs}`);

function normOf(word: string): string | undefined {
  return tokenize(word)[0]?.norm;
}

export class PhrasingMatcher<T> {
  private readonly byVerb = new Map<string, Rule<T>[]>();
  /** Words that end the verb's reach: what follows "for", "to" or "with" is not what the verb acts on. */
  private readonly breaks: ReadonlySet<string>;
  /** Nouns an object word may qualify ("staff meetings"): then the object is that noun, and no match. */
  private readonly qualified: ReadonlySet<string>;
  /** Words after which a verb's form is an adjective or a noun: "a leading operator", "the managing partner". */
  private readonly determiners: ReadonlySet<string>;

  constructor(phrasings: Iterable<Phrasing<T>>, breaks: Iterable<string> = [], qualified: Iterable<string> = [], determiners: Iterable<string> = []) {
    this.breaks = new Set([...breaks].flatMap((word) => normOf(word) ?? []));
    this.qualified = new Set([...qualified].flatMap((word) => normOf(word) ?? []));
    this.determiners = new Set([...determiners].flatMap((word) => normOf(word) ?? []));
    for (const { verbs, objects, maxGap, value } of phrasings) {
      const rule: Rule<T> = { objects: new Set(objects.flatMap((o) => normOf(o) ?? [])), maxGap, value };
      for (const verb of verbs) {
        const norm = normOf(verb);
        if (norm !== undefined) this.byVerb.set(norm, [...(this.byVerb.get(norm) ?? []), rule]);
      }
    }
  }

  /** Every phrasing in the text: from its verb to the first object the verb may take, within the gap. */
  findAll(text: string, tokens: readonly Token[] = tokenize(text)): TermHit<T>[] {
    const hits: TermHit<T>[] = [];
    tokens.forEach((verb, index) => {
      // Most words are no verb of any phrasing: they cost one look-up and nothing more.
      const rules = this.byVerb.get(verb.norm);
      if (rules === undefined) return;
      const before = tokens[index - 1];
      if (before !== undefined && this.determiners.has(before.norm) && !holdsAny(text, before.end, verb.start, sentenceBreak)) return;
      for (const rule of rules) {
        for (let at = index + 1; at <= index + 1 + rule.maxGap && at < tokens.length; at += 1) {
          const previous = tokens[at - 1];
          const token = tokens[at];
          if (!previous || !token || holdsAny(text, previous.end, token.start, sentenceBreak) || this.breaks.has(token.norm)) break;
          if (rule.objects.has(token.norm)) {
            const after = tokens[at + 1];
            const qualifies = after !== undefined && this.qualified.has(after.norm) && !holdsAny(text, token.end, after.start, sentenceBreak);
            if (qualifies) break;
            hits.push({ value: rule.value, phrase: text.slice(verb.start, token.end), start: verb.start, end: token.end });
            break;
          }
        }
      }
    });
    return hits;
  }
}
