/**
 * A skill the candidate says they lack is no skill of theirs: "No experience with Salesforce or Zendesk", "never done
 * outbound sales or cold calling", "not familiar with SQL, Python or medical coding". A denial phrase reaches over the
 * rest of its sentence, within its line, unless a word such as "but" ends it first ("no SAP experience, but fluent in
 * Excel" keeps Excel). The phrases and words are data (`skillDenials` in vocabulary.yaml).
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { bulletClass } from '../text/bullets.js';
import { countStartingBefore } from '../text/count-starting-before.js';
import type { Token } from '../text/tokenize.js';
import type { LineIndex } from './locate-evidence.js';

// A full stop ends a sentence only before a space (".NET" goes on); a colon does not ("Not familiar with: SQL").
const sentenceEnd = new RegExp(`\\.\\s|[;!?${bulletClass()}]`, 'u');
/**
 * The farthest a denial reaches, in characters: longer than a sentence listing what someone has not done, and short
 * enough that a line repeating denials is not read once per denial to its end (time growing with its square).
 */
const maxReachChars = 300;

interface Span {
  readonly start: number;
  readonly end: number;
}

export function dropDeniedSkills<T extends Span>(
  hits: readonly T[],
  text: string,
  tokens: readonly Token[],
  lines: LineIndex,
  taxonomy: CompiledTaxonomy,
): T[] {
  const { phrases, ends } = taxonomy.skillDenials;
  if (hits.length === 0 || phrases.size === 0) return [...hits];
  const denied = phrases.findAll(text, tokens).flatMap((denial) => {
    const reach = deniedReach(denial, text, tokens, lines, ends);
    return reach === null ? [] : [reach];
  });
  if (denied.length === 0) return [...hits];
  return hits.filter((hit) => !denied.some((span) => hit.start >= span.start && hit.start < span.end));
}

/** The text a denial speaks of: from its end to its sentence's end, its line's end or an ending word. */
function deniedReach(denial: Span, text: string, tokens: readonly Token[], lines: LineIndex, ends: ReadonlySet<string>): Span | null {
  const located = lines.at(denial.start);
  if (located === null || denial.end > located.line.end) return null;
  let end = Math.min(located.line.end, denial.end + maxReachChars);
  const stop = sentenceEnd.exec(text.slice(denial.end, end));
  if (stop) end = denial.end + stop.index;
  for (let i = countStartingBefore(tokens, denial.end, (token) => token.start); i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.start >= end) break;
    if (ends.has(token.norm)) {
      end = token.start;
      break;
    }
  }
  return { start: denial.end, end };
}
