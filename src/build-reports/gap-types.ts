/** The gap analysis published for a resume's best roles. */
import { z } from 'zod';
import { importanceSchema } from '../taxonomy/taxonomy-schema.js';
import { readinessSchema, requirementStatusSchema } from '../score-roles/match-types.js';

export const gapSchema = z.object({
  kind: z.enum(['skill', 'certification', 'experience', 'education', 'title', 'screening']),
  id: z.string(),
  label: z.string(),
  importance: importanceSchema.nullable(),
  status: requirementStatusSchema,
  /** What the resume shows towards it, when anything: "related: English Language Proficiency", "28 WPM stated". */
  detail: z.string().nullable(),
  /** Points the score would gain if this requirement were fully met. */
  gain: z.number().min(0),
  /** What to do about it. */
  action: z.string(),
});
export type Gap = z.infer<typeof gapSchema>;

/**
 * Why a gap the score counts is left out of the advice: a credential not offered in the candidate's country, a language
 * test or skill or the typing skill that the role's own screening requirement covers, or a language test of a language
 * the resume shows.
 */
export const setAsideReasonSchema = z.enum(['not_offered_in_country', 'not_used_in_country', 'covered_by_requirement', 'requirement_met', 'language_shown']);
export type SetAsideReason = z.infer<typeof setAsideReasonSchema>;

export const setAsideGapSchema = gapSchema.extend({
  reason: setAsideReasonSchema,
  /** The countries that offer it (by name), the label of the requirement that covers it, or the skill shown. */
  because: z.string(),
});
export type SetAsideGap = z.infer<typeof setAsideGapSchema>;

export const salaryBandSchema = z.object({
  country: z.string(),
  currency: z.string(),
  period: z.string(),
  p25: z.number(),
  median: z.number(),
  p75: z.number(),
  source: z.string(),
  year: z.number().int(),
});

export const gapAnalysisSchema = z.object({
  roleId: z.string(),
  title: z.string(),
  score: z.number().int(),
  band: z.string(),
  readiness: readinessSchema,
  /** Requirements already met, by label; with what the resume states for a screening, experience or education one. */
  strengths: z.array(z.string()),
  /** Missing or partly met requirements, most valuable first. */
  gaps: z.array(gapSchema),
  /** Gaps the score counts but the advice leaves out, with the reason (added in result schema 1.2.0). */
  setAside: z.array(setAsideGapSchema),
  nextRoles: z.array(z.object({ roleId: z.string(), title: z.string(), requires: z.string() })),
  salaryBands: z.array(salaryBandSchema),
});
export type GapAnalysis = z.infer<typeof gapAnalysisSchema>;
