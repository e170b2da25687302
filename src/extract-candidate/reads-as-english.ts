/**
 * Whether a resume reads as English: rolefit's dictionaries are English, so a resume in another language comes out
 * weak on every role, and the reports say why instead of leaving a low score unexplained. It is not English when the
 * function words of other languages ("de", "la", "ng", "und") outnumber English ones ("the", "and", "with") and make a
 * real share of its words; terse English resumes hold few function words of either kind. Nor is a text written
 * mostly in another script (Devanagari, Han), however short. A short text in Latin letters is taken as English unless
 * it holds many function words of other languages, twice as many as English ones.
 * The words and shares are data (`functionWords` in vocabulary.yaml).
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Token } from '../text/tokenize.js';

// Letters of any script but Latin (set subtraction needs the "v" flag, which the compiler's target does not know).
const otherScriptLetter = new RegExp(String.raw`[\p{L}--\p{Script=Latin}]`, 'v');
const notLetters = /\P{L}+/gu;
const latinLetters = /\p{Script=Latin}+/gu;

/**
 * The share of a text's letters that are Latin; 1 for a text without letters. Most resumes hold no letter of another
 * script: one search tells, and only the others have their letters counted.
 */
function latinShare(text: string): number {
  if (!otherScriptLetter.test(text)) return 1;
  const letters = text.replace(notLetters, '');
  return letters.length === 0 ? 1 : 1 - letters.replace(latinLetters, '').length / letters.length;
}

export function readsAsEnglish(text: string, tokens: readonly Token[], functionWords: CompiledTaxonomy['functionWords']): boolean {
  if (latinShare(text) < functionWords.minLatinShare) return false;
  let english = 0;
  let other = 0;
  for (const token of tokens) {
    const language = functionWords.languageOf.get(token.norm);
    if (language === 'english') english += 1;
    else if (language === 'other') other += 1;
  }
  const share = other / tokens.length;
  if (tokens.length < functionWords.minWords) {
    // A short text says little: only plainly another language's function words, and many of them, tell.
    return !(other >= functionWords.shortTextMinOtherWords && other >= 2 * english && share >= functionWords.minOtherShare);
  }
  return other <= english || share < functionWords.minOtherShare;
}
