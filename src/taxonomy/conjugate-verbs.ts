/**
 * The written forms of a verb, from compromise's conjugation model: a phrasing lists "supervise" once and matches
 * "supervised", "supervises", "supervising" and irregular forms ("oversee" → "oversaw", "lead" → "led"). This runs
 * when a taxonomy is compiled, never per resume: full compromise on a resume costs as much as parsing it, a
 * conjugation table once costs nothing per resume.
 */
import nlp from 'compromise/two';
import { z } from 'zod';

type Conjugate = (verb: string, model: object) => unknown;

// compromise types its internals as `object`: the one method used is checked here, so a change upstream fails loudly.
const methodsSchema = z.object({
  two: z.object({
    transform: z.object({
      verb: z.object({ conjugate: z.custom<Conjugate>((value) => typeof value === 'function', 'a conjugate function') }),
    }),
  }),
});
const formsSchema = z.record(z.string(), z.string());

/** The forms a resume writes a verb in; the future ("will supervise") adds nothing to match. */
const usedForms = ['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle'] as const;

let conjugate: ((verb: string) => Record<string, string>) | null = null;

function conjugator(): (verb: string) => Record<string, string> {
  if (conjugate === null) {
    const method = methodsSchema.parse(nlp.methods()).two.transform.verb.conjugate;
    const model = nlp.model();
    conjugate = (verb) => formsSchema.parse(method(verb, model));
  }
  return conjugate;
}

/** The verb as listed, then each other form, lower-cased and without repeats. */
export function verbForms(verb: string): string[] {
  const base = verb.trim().toLowerCase();
  const forms = conjugator()(base);
  return [...new Set([base, ...usedForms.flatMap((form) => forms[form]?.toLowerCase() ?? [])])];
}
