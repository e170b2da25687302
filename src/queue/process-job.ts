/**
 * The queue worker's processor: validate the payload, load the document, run the same pipeline as the CLI.
 * Bad input fails at once (UnrecoverableError, never retried) with its code; anything else is thrown plainly so
 * BullMQ's retries apply to transient faults.
 */
import { UnrecoverableError } from 'bullmq';
import type { AnalysisResult, SuccessResult } from '../contracts/result-schema.js';
import { RolefitError } from '../errors.js';
import { loadDocument } from '../io/load-document.js';
import { analyseResume, type PipelineContext, type PipelineStage } from '../pipeline.js';
import { parseReferenceDate } from '../reference-date.js';
import { createJobProfileCache } from '../build-job-profile/job-profile-cache.js';
import { documentPathUnder } from './document-path.js';
import { jobPayloadSchema } from './job-contract.js';

const withCachedJobProfile = createJobProfileCache();

/** Failure reasons read "code: message", so callers can recover the code from BullMQ's failedReason. */
export function encodeFailure(code: string, message: string): string {
  return `${code}: ${message}`;
}

export function decodeFailure(reason: string): { code: string; message: string } {
  const match = /^([a-z_]+): ([\s\S]*)$/.exec(reason);
  return match ? { code: match[1] ?? 'internal_error', message: match[2] ?? reason } : { code: 'internal_error', message: reason };
}

export interface JobSettings {
  /** Told each stage as it starts, for the job's progress. */
  readonly onStage?: (stage: PipelineStage) => void;
  /** The folder path documents must lie under (ROLEFIT_DOCUMENT_ROOT); null: path documents are refused. */
  readonly documentRoot?: string | null;
}

export async function processJob(data: unknown, base: PipelineContext, today: Date, settings: JobSettings = {}): Promise<SuccessResult> {
  const { onStage, documentRoot = null } = settings;
  const parsed = jobPayloadSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
    throw new UnrecoverableError(encodeFailure('invalid_job', `The job payload is invalid: ${problems}`));
  }
  const { source, document, options } = parsed.data;
  const unknownRoles = (options.roles ?? []).filter((id) => !base.taxonomy.rolesById.has(id));
  if (unknownRoles.length > 0) {
    throw new UnrecoverableError(encodeFailure('invalid_job', `Unknown role ids: ${unknownRoles.join(', ')}.`));
  }
  const version = base.taxonomy.source.manifest.version;
  if (options.taxonomyVersion !== undefined && options.taxonomyVersion !== version) {
    throw new UnrecoverableError(
      encodeFailure('invalid_job', `The job expects taxonomy ${options.taxonomyVersion}; this worker has ${version}.`),
    );
  }
  if (options.jobDescription && options.roles) {
    throw new UnrecoverableError(encodeFailure('invalid_job', 'Give either roles or a jobDescription, not both.'));
  }
  const plain: PipelineContext = {
    ...base,
    referenceDate: parseReferenceDate(options.referenceDate, today),
    ...(options.roles ? { roles: options.roles } : {}),
    ...(options.topN ? { topN: options.topN } : {}),
    ...(options.redact === true ? { redact: true } : {}),
    ...(onStage ? { onStage } : {}),
  };
  let result: AnalysisResult;
  try {
    const context = options.jobDescription ? withCachedJobProfile(plain, options.jobDescription) : plain;
    const input =
      'path' in document
        ? await loadDocument(await documentPathUnder(documentRoot, document.path), context.read, source)
        : { name: source, bytes: Buffer.from(document.contentBase64, 'base64') };
    result = await analyseResume(input, context);
  } catch (error) {
    if (error instanceof RolefitError) throw new UnrecoverableError(encodeFailure(error.code, error.message));
    throw error;
  }
  if (result.ok) return result;
  if (result.error.code === 'internal_error') throw new Error(result.error.message);
  throw new UnrecoverableError(encodeFailure(result.error.code, result.error.message));
}
