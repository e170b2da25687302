/**
 * The education levels a text names, those inside a false friend aside: "customer master data", a "Scrum Master" or a
 * "master trainer" name no master's (vocabulary.yaml's levelFalseFriends). Wherever a degree is read, in a resume or a
 * posting, it is read through here.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { withoutFalseFriends } from '../text/false-friends.js';
import type { TermHit } from '../text/term-matcher.js';
import type { Token } from '../text/tokenize.js';

export function levelHits(text: string, taxonomy: CompiledTaxonomy, tokens?: readonly Token[]): readonly TermHit<string>[] {
  const levels = taxonomy.levels.findAll(text, tokens);
  return levels.length === 0 ? levels : withoutFalseFriends(levels, text, taxonomy.levelFalseFriends);
}
