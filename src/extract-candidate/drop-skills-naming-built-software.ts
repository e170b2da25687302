/**
 * A skill named as what a piece of software does, in a sentence that says the candidate built it, is no skill of
 * theirs: who "developed the Order Entry system" or "programmed a Tool for Data Analysis" wrote code for order entry
 * or data analysis and did neither. The software is a noun such as "system", "module" or "app" right after the skill
 * (skills joined by "and" or commas share it: "Payables and Receivables sub-systems", but a preposition parts them:
 * "improvement to processes, systems"), or before it with a purpose word ("a schema module for legal citations");
 * the building is a verb such as "developed" or "programmed" earlier in the sentence. The word lists are data
 * (`builtSoftware` in vocabulary.yaml). Sections that list skills are not asked: their items name skills and nothing
 * else; nor are tool skills: who built an app in Excel or on Salesforce used it.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { TermHit } from '../text/term-matcher.js';
import { bulletClass } from '../text/bullets.js';
import { countStartingBefore } from '../text/count-starting-before.js';
import type { Token } from '../text/tokenize.js';
import type { LineIndex } from './locate-evidence.js';
import { allMatches } from '../text/all-matches.js';

/** Words that may stand between a skill and the software it names: "Payables and Receivables sub-systems". */
const maxWordsBetween = 3;
/** Characters that end a sentence, or a list item, within a line. */
// A full stop or colon ends one only before a space: ".NET" and "10:30" go on.
const sentenceEnd = new RegExp(`[.:]\\s|[;!?${bulletClass()}]`, 'u');
const sentenceEnds = new RegExp(sentenceEnd.source, 'gu');

export function dropSkillsNamingBuiltSoftware(
  hits: readonly TermHit<string>[],
  text: string,
  tokens: readonly Token[],
  lines: LineIndex,
  taxonomy: CompiledTaxonomy,
): TermHit<string>[] {
  const { verbs, nouns, purposeWords, breaks, keptCategories } = taxonomy.builtSoftware;
  if (verbs.size === 0 || nouns.size === 0) return [...hits];
  return hits.filter((hit) => {
    const category = taxonomy.skillsById.get(hit.value)?.category;
    if (category !== undefined && keptCategories.has(category)) return true;
    const located = lines.at(hit.start);
    if (located === null || taxonomy.sectionsListingSkills.has(located.section)) return true;
    const lineStart = located.line.start;
    const lineEnd = located.line.end;
    const first = firstTokenFrom(tokens, hit.end);
    const last = firstTokenFrom(tokens, hit.start) - 1;
    // The software after the skill: "the Order Entry system", "Payables and Receivables sub-systems".
    for (let i = first; i < tokens.length && i <= first + maxWordsBetween; i++) {
      const token = tokens[i];
      if (token === undefined || token.end > lineEnd || sentenceEnd.test(text.slice(hit.end, token.start))) break;
      if (nouns.has(token.norm)) return !builtInSentence(text, tokens, lineStart, hit.start, verbs);
      if (breaks.has(token.norm)) break;
    }
    // The software before it, joined by a purpose word: "a Tool for Data Processing and Data Analysis".
    for (let i = last; i >= 1 && i >= last - maxWordsBetween; i--) {
      const token = tokens[i];
      const before = tokens[i - 1];
      if (token === undefined || before === undefined || before.start < lineStart) break;
      if (sentenceEnd.test(text.slice(token.end, hit.start))) break;
      if (purposeWords.has(token.norm) && nouns.has(before.norm)) return !builtInSentence(text, tokens, lineStart, before.start, verbs);
    }
    return true;
  });
}

/** Whether a building verb stands in the sentence before `offset`, within its line. */
function builtInSentence(text: string, tokens: readonly Token[], lineStart: number, offset: number, verbs: ReadonlySet<string>): boolean {
  const before = text.slice(lineStart, offset);
  let sentenceStart = lineStart;
  for (const match of allMatches(sentenceEnds, before)) sentenceStart = lineStart + match.index + match[0].length;
  for (let i = firstTokenFrom(tokens, sentenceStart); i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.start >= offset) break;
    if (verbs.has(token.norm)) return true;
  }
  return false;
}

/** The index of the first token starting at or after `offset`. */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  return countStartingBefore(tokens, offset, (token) => token.start);
}
