/**
 * What scoring gives: per role, a score built from components, each from requirements with their evidence.
 * The zod schemas are the published contract; the TypeScript types are inferred from them.
 */
import { z } from 'zod';
import { evidenceSchema } from '../extract-candidate/candidate-types.js';
import { importanceSchema } from '../taxonomy/taxonomy-schema.js';

export const componentIdSchema = z.enum([
  'mustHaveSkills',
  'importantSkills',
  'niceToHaveSkills',
  'experience',
  'education',
  'certifications',
  'title',
  'screening',
]);
export type ComponentId = z.infer<typeof componentIdSchema>;

export const requirementStatusSchema = z.enum(['met', 'partial', 'missing']);
export type RequirementStatus = z.infer<typeof requirementStatusSchema>;

export const requirementSchema = z.object({
  kind: z.enum(['skill', 'certification', 'experience', 'education', 'title', 'screening']),
  /** The skill or certification id; the component id for the others. */
  id: z.string(),
  label: z.string(),
  importance: importanceSchema.nullable(),
  status: requirementStatusSchema,
  /** 0-1: how much of this requirement the resume meets. */
  credit: z.number().min(0).max(1),
  /** Weight within its component. */
  weight: z.number().min(0),
  /** Why: e.g. "related: Freshdesk", "14 relevant and 10 other months against 24", "3 relevant and 0 other months (6 needed, 12 for full credit)". */
  detail: z.string().nullable(),
  evidence: z.array(evidenceSchema),
});
export type Requirement = z.infer<typeof requirementSchema>;

export const scoreComponentSchema = z.object({
  id: componentIdSchema,
  /** The component's weight from the taxonomy. */
  weight: z.number().min(0),
  /** 0-1: the component's part of the whole score (its weight over the weights of the components that apply). */
  share: z.number().min(0).max(1),
  /** 0-1: how well the resume meets the component. */
  value: z.number().min(0).max(1),
  /** Points this component adds to the 0-100 score (share × value × 100). */
  contribution: z.number().min(0).max(100),
  requirements: z.array(requirementSchema),
});
export type ScoreComponent = z.infer<typeof scoreComponentSchema>;

export const readinessSchema = z.object({
  level: z.enum(['ready-now', 'ready-with-training', 'longer-path']),
  label: z.string(),
  /** What stands between the resume and the next level up; empty when ready now. */
  reasons: z.array(z.string()),
});
export type Readiness = z.infer<typeof readinessSchema>;

export const roleScoreSchema = z.object({
  roleId: z.string(),
  title: z.string(),
  /** 0-100, the sum of the components' contributions, rounded. */
  score: z.number().int().min(0).max(100),
  band: z.string(),
  /** Ready now, ready with training, or a longer path, and why. */
  readiness: readinessSchema,
  components: z.array(scoreComponentSchema),
});
export type RoleScore = z.infer<typeof roleScoreSchema>;
