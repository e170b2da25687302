/**
 * A skill hit by an alias too ambiguous to stand alone is kept only when its line also holds one of the alias's
 * context words: "collections of overdue accounts" is debt collection, "the men's collection" and "collection of lab
 * samples" are not. Hits by the skill's other names and aliases ("debt recovery", "collection calls") are not asked,
 * nor hits in a skills section, whose lists name skills and nothing else. A line holding one of the rule's `unless`
 * words keeps no such hit, in a skills section too: "150+ calls per day" on an outbound dialer's line is no inbound
 * call handling.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { TermHit } from '../text/term-matcher.js';
import { normalizePhrase } from '../text/tokenize.js';
import type { LineIndex } from './locate-evidence.js';

export function keepAmbiguousAliasesInContext(
  hits: readonly TermHit<string>[],
  lines: LineIndex,
  taxonomy: CompiledTaxonomy,
): TermHit<string>[] {
  // Each rule reads a line once, however many of its hits the line holds: a resume flattened into one long line holds
  // them all, and reading the line again for each took time in the square of its length.
  const read = new Map<string, Map<object, boolean>>();
  const holds = (matcher: { findAll(text: string): readonly unknown[] }, text: string): boolean => {
    let byMatcher = read.get(text);
    if (!byMatcher) read.set(text, (byMatcher = new Map<object, boolean>()));
    let found = byMatcher.get(matcher);
    if (found === undefined) byMatcher.set(matcher, (found = matcher.findAll(text).length > 0));
    return found;
  };
  return hits.filter((hit) => {
    const rule = taxonomy.skillAliasContexts.get(hit.value);
    if (!rule || !rule.aliases.has(normalizePhrase(hit.phrase))) return true;
    const located = lines.at(hit.start);
    if (located === null || holds(rule.unless, located.line.text)) return false;
    return rule.context === null || taxonomy.sectionsListingSkills.has(located.section) || holds(rule.context, located.line.text);
  });
}
