/** What a result says about the job posting it was ranked against: what was read from it, so a ranking can be checked. */
import { z } from 'zod';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { importanceSchema, type Role } from '../taxonomy/taxonomy-schema.js';

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
});
export type JobProfile = z.infer<typeof jobProfileSchema>;

export function describeJobProfile(role: Role, source: string, closestRole: string, taxonomy: CompiledTaxonomy): JobProfile {
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
  };
}
