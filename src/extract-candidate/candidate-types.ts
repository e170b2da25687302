/**
 * What extraction finds in one resume. Every finding keeps the text that proves it. The zod schemas are the
 * published contract of this part of the result; the TypeScript types are inferred from them.
 */
import { z } from 'zod';

export const evidenceSchema = z.object({
  /** The words matched, as written in the resume. */
  text: z.string(),
  /** The section they were found in (`header` before the first heading). */
  section: z.string(),
  /** The whole line around them, for a reader to judge the finding. */
  context: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const foundSkillSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Where the resume states the skill; empty when only a certification evidences it. */
  evidence: z.array(evidenceSchema),
  /** Certifications held that evidence this skill. */
  viaCertifications: z.array(z.string()),
});
export type FoundSkill = z.infer<typeof foundSkillSchema>;

export const foundCertificationSchema = z.object({ id: z.string(), name: z.string(), evidence: z.array(evidenceSchema) });
export type FoundCertification = z.infer<typeof foundCertificationSchema>;

export const yearMonthSchema = z.object({ year: z.number().int(), month: z.number().int().min(1).max(12) });
export type YearMonth = z.infer<typeof yearMonthSchema>;

export const positionSchema = z.object({
  title: z.string().nullable(),
  employer: z.string().nullable(),
  start: yearMonthSchema,
  end: yearMonthSchema,
  /** True when the range ends in "Present", "Current", "to date", … and was closed at the reference date. */
  ongoing: z.boolean(),
  months: z.number().int().min(1),
  /** Roles whose titles the job title names. */
  titleRoles: z.array(z.string()),
  evidence: evidenceSchema,
});
export type Position = z.infer<typeof positionSchema>;

export const educationEntrySchema = z.object({
  level: z.string().nullable(),
  field: z.string().nullable(),
  institution: z.string().nullable(),
  graduationYear: z.number().int().nullable(),
  evidence: evidenceSchema,
});
export type EducationEntry = z.infer<typeof educationEntrySchema>;

export const educationSchema = z.object({
  /** The highest level found, by the taxonomy's rank. */
  highestLevel: z.string().nullable(),
  fields: z.array(z.string()),
  entries: z.array(educationEntrySchema),
});
export type Education = z.infer<typeof educationSchema>;

export const experienceSchema = z.object({
  /** Months worked, overlapping jobs counted once. */
  totalMonths: z.number().int().min(0),
  /** Months in jobs relevant to each role (overlaps counted once), for roles with any. */
  relevantMonths: z.record(z.string(), z.number().int().min(0)),
});
export type Experience = z.infer<typeof experienceSchema>;

export const contactSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

export const candidateSchema = z.object({
  contact: contactSchema,
  sections: z.array(z.object({ id: z.string(), heading: z.string().nullable() })),
  skills: z.array(foundSkillSchema),
  certifications: z.array(foundCertificationSchema),
  education: educationSchema,
  positions: z.array(positionSchema),
  experience: experienceSchema,
});
export type Candidate = z.infer<typeof candidateSchema>;
