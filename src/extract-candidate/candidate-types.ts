/**
 * What extraction finds in one resume. Every finding keeps the text that proves it. The zod schemas are the
 * published contract of this part of the result; the TypeScript types are inferred from them.
 */
import { z } from 'zod';
import { cefrLevels } from '../text/cefr-levels.js';

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
  /** Further titles the job's header names for the same job: a promotion or a second role ("Campus Director"). */
  otherTitles: z.array(z.string()),
  employer: z.string().nullable(),
  start: yearMonthSchema,
  end: yearMonthSchema,
  /** True when the range ends in "Present", "Current", "to date", … and was closed at the reference date. */
  ongoing: z.boolean(),
  months: z.number().int().min(1),
  /** Roles whose titles the job's titles name. */
  titleRoles: z.array(z.string()),
  /**
   * Ids of the skills the job's own lines state, from its header to the next job (added in 1.7.0): the work it
   * involved, whatever it was called. Their evidence is in `skills`.
   */
  dutySkills: z.array(z.string()),
  evidence: evidenceSchema,
});
export type Position = z.infer<typeof positionSchema>;

export const undatedPositionSchema = z.object({
  title: z.string(),
  employer: z.string().nullable(),
  /** Roles whose titles the job title names. */
  titleRoles: z.array(z.string()),
  /**
   * Months the job's own line states as a duration in brackets ("Medical Coder – Omega Healthcare (3 yrs)"), or a line
   * of a duration alone below it; null when none is stated (added in 1.4.0). They count towards experience.
   */
  months: z.number().int().min(1).nullable(),
  evidence: evidenceSchema,
});
export type UndatedPosition = z.infer<typeof undatedPositionSchema>;

export const educationEntrySchema = z.object({
  level: z.string().nullable(),
  field: z.string().nullable(),
  institution: z.string().nullable(),
  graduationYear: z.number().int().nullable(),
  /** False for a degree its line says is not finished ("pursuing", "3 years completed") or that ends after the reference date. */
  completed: z.boolean(),
  evidence: evidenceSchema,
});
export type EducationEntry = z.infer<typeof educationEntrySchema>;

export const educationSchema = z.object({
  /** The highest level attained, by the taxonomy's rank: of finished degrees only. */
  highestLevel: z.string().nullable(),
  fields: z.array(z.string()),
  entries: z.array(educationEntrySchema),
});
export type Education = z.infer<typeof educationSchema>;

export const statedExperienceSchema = z.object({
  /** The total the resume states ("Total experience: 3 years 6 months", "8+ years of experience"), in months. */
  months: z.number().int().min(0),
  /** True when the statement calls itself the total ("total", "overall"); otherwise it is the largest figure stated. */
  total: z.boolean(),
  evidence: evidenceSchema,
});
export type StatedExperience = z.infer<typeof statedExperienceSchema>;

export const experienceSchema = z.object({
  /** Months worked, overlapping jobs counted once. */
  totalMonths: z.number().int().min(0),
  /** Months in jobs relevant to each role (overlaps counted once), for roles with any. */
  relevantMonths: z.record(z.string(), z.number().int().min(0)),
  /** The experience the resume states in words, when it does; null when it states none. */
  stated: statedExperienceSchema.nullable(),
});
export type Experience = z.infer<typeof experienceSchema>;

export const contactSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** City, state or country from the header or contact lines ("Bengaluru, Karnataka"). */
  location: z.string().nullable(),
  /**
   * ISO 3166-1 alpha-2 code of the country the location (else the phone's calling code) places the candidate in. It
   * only keeps credentials offered elsewhere out of the advice; no score depends on it.
   */
  country: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

export const proficiencyLevelSchema = z.enum(['native', 'fluent', 'professional', 'intermediate', 'basic']);

export const languageSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The level stated beside it (native, fluent, professional, intermediate, basic); null when none is. */
  proficiency: proficiencyLevelSchema.nullable(),
  /** A CEFR level stated beside it (A1 to C2). */
  cefr: z.enum(cefrLevels).nullable(),
  /**
   * True when `proficiency` is the level work or a credential shows ("English teacher", "AB English"), the resume
   * stating none (added in 1.8.0; absent otherwise).
   */
  levelShown: z.boolean().optional(),
  evidence: z.array(evidenceSchema),
});
export type Language = z.infer<typeof languageSchema>;

export const languageTestScoreSchema = z.object({
  /** The test's id in the taxonomy ("versant", "ielts"). */
  test: z.string(),
  name: z.string(),
  /** The language the test measures. */
  language: z.string(),
  score: z.number(),
  evidence: evidenceSchema,
});

export const typingSpeedSchema = z.object({
  /** The fastest speed stated, in words per minute. */
  wordsPerMinute: z.number().nullable(),
  keystrokesPerHour: z.number().nullable(),
  /** Accuracy stated on the same line, in percent. */
  accuracyPercent: z.number().nullable(),
  evidence: z.array(evidenceSchema),
});

export const mentionSchema = z.object({
  id: z.string(),
  /** Stated as something the candidate asks for ("looking for a chat process", "willing to work night shifts"). */
  preferred: z.boolean(),
  /** False when the resume denies it ("not available for night shifts"). */
  available: z.boolean(),
  evidence: z.array(evidenceSchema),
});
export type Mention = z.infer<typeof mentionSchema>;

export const metricSchema = z.object({
  /** The metric's id in the taxonomy ("aht", "csat", "fcr", "qa-score"). */
  id: z.string(),
  name: z.string(),
  /** Seconds for durations, percent for rates, the number itself otherwise. */
  value: z.number(),
  unit: z.enum(['seconds', 'percent', 'number']),
  evidence: evidenceSchema,
});
export type Metric = z.infer<typeof metricSchema>;

export const teamLeadershipSchema = z.object({
  /** The largest team the resume says the candidate led. */
  largestTeam: z.number().int().min(1),
  evidence: z.array(evidenceSchema),
});

/** What BPO recruiters screen on besides skills. Every finding quotes the resume. */
export const screeningSchema = z.object({
  languages: z.array(languageSchema),
  languageTests: z.array(languageTestScoreSchema),
  typingSpeed: typingSpeedSchema.nullable(),
  /** Voice, non-voice, chat, email. */
  channels: z.array(mentionSchema),
  /** Inbound, outbound. */
  callDirections: z.array(mentionSchema),
  /** Night, rotational, weekend, day. */
  shifts: z.array(mentionSchema),
  metrics: z.array(metricSchema),
  teamLeadership: teamLeadershipSchema.nullable(),
});
export type Screening = z.infer<typeof screeningSchema>;

export const candidateSchema = z.object({
  contact: contactSchema,
  sections: z.array(z.object({ id: z.string(), heading: z.string().nullable() })),
  skills: z.array(foundSkillSchema),
  certifications: z.array(foundCertificationSchema),
  education: educationSchema,
  positions: z.array(positionSchema),
  /** Jobs the resume lists with a title but no dates: they count toward no experience. */
  undatedPositions: z.array(undatedPositionSchema),
  experience: experienceSchema,
  screening: screeningSchema,
  /**
   * Ids of the roles the candidate says they seek ("Seeking a Team Leader position", "Position desired: …"), in the
   * order the resume names them (added in 1.8.0). The gap analyses cover them too, wherever they rank.
   */
  rolesSought: z.array(z.string()),
  /**
   * False when the resume seems to be in another language (other languages' function words outnumber English ones):
   * the dictionaries are English, so its scores say little.
   */
  readsAsEnglish: z.boolean(),
  /**
   * How many people's resumes the file seems to hold (added in 1.2.0): more than 1 when it repeats its work history or
   * schooling with as many different emails and phone numbers. It is still read as one candidate.
   */
  resumesInFile: z.number().int().min(1),
  /**
   * How many of `skills` the resume shows only in a skills list, in no job, summary or sentence (added in 1.3.0): a
   * resume of keywords lists them all there, and its skills are claims to check.
   */
  skillsOnlyListed: z.number().int().min(0),
});
export type Candidate = z.infer<typeof candidateSchema>;
