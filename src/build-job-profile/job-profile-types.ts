/** What a result says about the job posting it was ranked against: what was read from it, so a ranking can be checked. */
import { z } from 'zod';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { importanceSchema } from '../taxonomy/taxonomy-schema.js';
import type { BuiltProfile } from './build-job-profile.js';

const namedRequirement = z.object({ id: z.string(), name: z.string(), importance: importanceSchema });

export const jobProfileSchema = z.object({
  /** The role id the profile is scored under in `matches`. */
  id: z.string(),
  title: z.string(),
  /** Where the posting came from (its file name). */
  source: z.string(),
  /** The taxonomy role the posting is closest to: it lends the occupation codes, pay band and career paths. */
  closestRole: z.string(),
  skills: z.array(namedRequirement),
  certifications: z.array(namedRequirement),
  minimumMonths: z.number().int().min(0),
  minimumEducationLevel: z.string(),
  /**
   * What the posting asks of typing speed and languages (added in 1.3.0): scored in the screening component as a
   * taxonomy role's screening is. Null and empty when it asks nothing.
   */
  screening: z.object({
    typingWordsPerMinute: z.number().int().nullable(),
    languages: z.array(z.object({ id: z.string(), name: z.string(), minimumLevel: z.string() })),
  }),
  /** What makes the profile doubtful, e.g. a posting naming too few skills: scores against it rest on little. */
  warnings: z.array(z.string()),
  /**
   * The pay the posting states, as written ("PHP 20,000 - 25,000 monthly"), null when it states none (added in 1.5.0).
   * Where it states one, the reports show it and no pay band of the closest role.
   */
  pay: z.string().nullable(),
});
export type JobProfile = z.infer<typeof jobProfileSchema>;

export function describeJobProfile(built: BuiltProfile, source: string, taxonomy: CompiledTaxonomy): JobProfile {
  const { role, closestRole, warnings } = built;
  return {
    id: role.id,
    title: role.title,
    source,
    closestRole,
    skills: role.skills.map(({ skill, importance }) => ({ id: skill, name: taxonomy.skillsById.get(skill)?.name ?? skill, importance })),
    certifications: role.certifications.map(({ certification, importance }) => ({
      id: certification,
      name: taxonomy.certificationsById.get(certification)?.name ?? certification,
      importance,
    })),
    minimumMonths: role.experience.minimumMonths,
    minimumEducationLevel: role.education.minimumLevel,
    screening: {
      typingWordsPerMinute: role.screening.typingWordsPerMinute ?? null,
      languages: role.screening.languages.map(({ language, minimumLevel }) => ({
        id: language,
        name: taxonomy.screening.languageNames.get(language) ?? language,
        minimumLevel,
      })),
    },
    warnings: [...warnings],
    pay: built.pay,
  };
}
