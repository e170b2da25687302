/**
 * The result of analysing one document: one JSON object per line of `rolefit match --format jsonl`, the value of a
 * finished queue job, and the file written per resume. Public contract: fields may be added, never changed or removed.
 */
import { z } from 'zod';
import { jobProfileSchema } from '../build-job-profile/job-profile-types.js';
import { gapAnalysisSchema } from '../build-reports/gap-types.js';
import { errorCodes } from '../errors.js';
import { candidateSchema } from '../extract-candidate/candidate-types.js';
import { roleScoreSchema } from '../score-roles/match-types.js';
import { yearMonthPattern } from '../reference-date.js';

export const resultSchemaVersion = '1.8.0';

export const documentInfoSchema = z.object({
  format: z.enum(['pdf', 'docx', 'doc', 'rtf', 'odt', 'html', 'text', 'image']),
  pages: z.number().int().nullable(),
  /**
   * Pages whose text was read: all of them, or the first --max-pages of a longer PDF, which is then flagged
   * pages_truncated (added in 1.6.0).
   */
  pagesRead: z.number().int().nullable(),
  /**
   * How the document was read: extension_mismatch, two_column, repaired_encoding, ocr_used, truncated,
   * pages_truncated, low_text, …
   */
  flags: z.array(z.string()),
  /** Milliseconds spent reading the document (the costly part). */
  parseMs: z.number().min(0),
  /** Milliseconds for everything after reading: sections, extraction, scoring, gap analysis. */
  analyseMs: z.number().min(0),
  words: z.number().int().min(0),
});

export const taxonomyStampSchema = z.object({ name: z.string(), version: z.string(), hash: z.string() });

const common = {
  schemaVersion: z.literal(resultSchemaVersion),
  /** The file as the user named it (path as given, or the file name sent with a queue job). */
  source: z.string(),
};

export const successResultSchema = z.object({
  ...common,
  ok: z.literal(true),
  document: documentInfoSchema,
  taxonomy: taxonomyStampSchema,
  /** "YYYY-MM": the date open ranges ("2019 – Present") were closed at. */
  referenceDate: z.string().regex(yearMonthPattern),
  candidate: candidateSchema,
  /** Every role scored, best first. */
  matches: z.array(roleScoreSchema),
  /** Gap analyses for the best roles. */
  gapAnalysis: z.array(gapAnalysisSchema),
  /** Present when ranked against a job posting (`--job`, or the job option `jobDescription`): what was read from it. */
  jobProfile: jobProfileSchema.optional(),
  /**
   * True for blind screening (`--redact`, job option `redact`): the contact is empty, and the candidate's name, email,
   * phone and location are replaced by "[redacted]" in every quote of the resume and in `source`. Absent otherwise.
   */
  redacted: z.boolean().optional(),
});
export type SuccessResult = z.infer<typeof successResultSchema>;

export const failureResultSchema = z.object({
  ...common,
  ok: z.literal(false),
  error: z.object({ code: z.enum(errorCodes), message: z.string() }),
});
export type FailureResult = z.infer<typeof failureResultSchema>;

export const resultSchema = z.discriminatedUnion('ok', [successResultSchema, failureResultSchema]);
export type AnalysisResult = z.infer<typeof resultSchema>;
