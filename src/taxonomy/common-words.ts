/**
 * Whether a word is a common English word and no person's name, from compromise's lexicon ("merchant", "senior",
 * "engineering" are; "grace", "santos", "maria" are names). A line whose every word is one reads as a headline, not
 * a name ("ASSOCIATE MERCHANT", "TEST ENGINEERING"). The lexicon is read once, when a taxonomy is compiled: a lookup
 * per word of a line that may be a name costs nothing per resume.
 */
import nlp from 'compromise/two';
import { z } from 'zod';

// compromise types its model as `object`: the one table used is checked here, so a change upstream fails loudly.
const modelSchema = z.object({
  one: z.object({ lexicon: z.record(z.string(), z.union([z.string(), z.array(z.string())])) }),
});

/** The lexicon's tags that mark a word as a person's name, or as a word that may be one. */
const nameTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

let commonWords: ReadonlySet<string> | null = null;

/** The lexicon's single words (lower case) that no tag marks as a name. */
export function englishCommonWords(): ReadonlySet<string> {
  if (commonWords === null) {
    const { lexicon } = modelSchema.parse(nlp.model()).one;
    const words = new Set<string>();
    for (const [word, tags] of Object.entries(lexicon)) {
      if (word.includes(' ')) continue;
      const list = typeof tags === 'string' ? [tags] : tags;
      if (!list.some((tag) => nameTags.has(tag))) words.add(word);
    }
    commonWords = words;
  }
  return commonWords;
}
