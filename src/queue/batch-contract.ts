/**
 * A recruiter's bulk upload as one batch: a BullMQ flow whose parent job (on the batches queue) completes when every
 * child analyse-resume job has finished, failed children included, and produces the batch shortlist.
 */
import { z } from 'zod';
import { errorCodes } from '../errors.js';

export const batchJobName = 'shortlist-batch';

export const batchPayloadSchema = z.strictObject({
  batchId: z.string().min(1),
  /** Child job id → the document's name, in submission order. */
  children: z.array(z.strictObject({ jobId: z.string().min(1), source: z.string().min(1) })),
  /** Files that could not even be read for submission (missing, too large), listed as failures of the batch. */
  unreadable: z.array(z.strictObject({ source: z.string(), code: z.enum(errorCodes), message: z.string() })).default([]),
});
export type BatchPayload = z.input<typeof batchPayloadSchema>;

export const batchEntrySchema = z.object({
  source: z.string(),
  jobId: z.string(),
  ok: z.boolean(),
  best: z.object({ roleId: z.string(), score: z.number(), band: z.string() }).nullable(),
  error: z.object({ code: z.enum(errorCodes), message: z.string() }).nullable(),
});

/**
 * The batch result's own contract version, apart from the per-document result's: a minor version only adds fields.
 * 1.0.0 had none; 1.1.0 added `schemaVersion` itself.
 */
export const batchResultSchemaVersion = '1.1.0';

export const batchResultSchema = z.object({
  schemaVersion: z.literal(batchResultSchemaVersion),
  batchId: z.string(),
  total: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
  /** One row per resume and role, ranked within each role; failed files listed with their error (see README). */
  shortlistCsv: z.string(),
  entries: z.array(batchEntrySchema),
});
export type BatchResult = z.infer<typeof batchResultSchema>;
