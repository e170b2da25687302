/**
 * A skill the candidate says they lack is no skill of theirs: "No experience with Salesforce or Zendesk", "never done
 * outbound sales or cold calling", "not familiar with SQL, Python or medical coding". A denial phrase reaches over the
 * rest of its sentence, within its line, unless a dash or a word such as "but" ends it first ("no SAP experience, but
 * fluent in Excel" keeps Excel). A sentence wrapped onto the next line is read on: a phrase may run across the break
 * ("I have no⏎experience with Salesforce"), and one that ends its line reaches into the next. A denial right after "who" or "that" is someone else's ("trained agents who had no
 * experience with Zendesk"). The phrases and words are data (`skillDenials` in vocabulary.yaml).
 */
import { bulletClass } from '../text/bullets.js';
import { countStartingBefore } from '../text/count-starting-before.js';
import type { Token } from '../text/tokenize.js';
import { hitsOutside, type HitFilter, type Span } from './hits-outside.js';
import type { LineIndex } from './locate-evidence.js';

// A full stop ends a sentence only before a space (".NET" goes on); a colon does not ("Not familiar with: SQL"). A dash
// between words starts another thought ("no exposure to cold calling — handled Zendesk").
const sentenceEnd = new RegExp(`\\.\\s|[;!?—–${bulletClass()}]|\\s-\\s`, 'u');
/** Tokens before a denial looked at for a word that makes it someone else's ("who had no experience"). */
const othersWindow = 3;
/**
 * The farthest a denial reaches, in characters: longer than a sentence listing what someone has not done, and short
 * enough that a line repeating denials is not read once per denial to its end (time growing with its square).
 */
const maxReachChars = 300;

export const dropDeniedSkills: HitFilter = (hits, text, tokens, lines, taxonomy) => {
  const { phrases, ends, othersBefore } = taxonomy.skillDenials;
  if (hits.length === 0 || phrases.size === 0) return [...hits];
  const denied = phrases.findAll(text, tokens).flatMap((denial) => {
    if (saidOfOthers(denial, tokens, othersBefore)) return [];
    const reach = deniedReach(denial, text, tokens, lines, ends);
    return reach === null ? [] : [reach];
  });
  return hitsOutside(hits, denied);
};

/** Whether a word just before the denial makes it someone else's: "trained new hires who had no experience with". */
function saidOfOthers(denial: Span, tokens: readonly Token[], othersBefore: ReadonlySet<string>): boolean {
  const first = countStartingBefore(tokens, denial.start, (token) => token.start);
  for (let i = Math.max(0, first - othersWindow); i < first; i++) {
    const token = tokens[i];
    if (token !== undefined && othersBefore.has(token.norm)) return true;
  }
  return false;
}

/**
 * The text a denial speaks of: from its end to its sentence's end, its line's end or an ending word. Its line is the
 * one its last word stands on; when nothing follows there, the next line's.
 */
function deniedReach(denial: Span, text: string, tokens: readonly Token[], lines: LineIndex, ends: ReadonlySet<string>): Span | null {
  let located = lines.at(denial.end - 1);
  if (located === null || denial.end > located.line.end) return null;
  if (text.slice(denial.end, located.line.end).trim() === '') located = lines.at(located.line.end + 1) ?? located;
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
