/**
 * The queue worker's processor: validate the payload, load the document, run the same pipeline as the CLI.
 * Bad input fails at once (UnrecoverableError, never retried) with its code; anything else is thrown plainly so
 * BullMQ's retries apply to transient faults.
 */
import { unknownRolesMessage } from '../taxonomy/unknown-roles.js';
import { UnrecoverableError } from 'bullmq';
import type { ZodError } from 'zod';
import type { AnalysisResult, SuccessResult } from '../contracts/result-schema.js';
import { RolefitError, type ErrorCode } from '../errors.js';
import { defaultReadOptions } from '../read-document/document-types.js';
import { overSizeLimit } from '../text/megabytes.js';
import { loadDocument } from '../io/load-document.js';
import { analyseResume, type PipelineContext, type PipelineStage } from '../pipeline.js';
import { parseReferenceDate } from '../reference-date.js';
import { createJobProfileCache } from '../build-job-profile/job-profile-cache.js';
import { blindMessage, blindSource, isBlindSource } from '../build-reports/blind-source.js';
import { documentPathUnder } from './document-path.js';
import { analyseJobName, base64Bytes, jobPayloadSchema, maxWrappedBase64Length } from './job-contract.js';
import type { YearMonth } from '../extract-candidate/candidate-types.js';

const withCachedJobProfile = createJobProfileCache();

/**
 * Faults outside the document (storage gone, Redis lost): thrown as plain errors, so BullMQ retries them. A timeout or
 * a memory limit is most often the document's own doing, so retrying at once would spend the limit again: they fail
 * at once, and `rolefit failed --retry` retries them with the others when an operator judges the machine was busy.
 */
const retriedCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['internal_error']);

/** Codes worth a manual retry (`rolefit failed --retry`); every other code is bad input that fails the same way. */
export const transientCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['internal_error', 'timeout', 'resource_limit']);

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
  /** The reference date of jobs that give none; null: `today`'s month. */
  readonly referenceDate?: YearMonth | null;
}

/** Jobs of another name were sent to the wrong queue: failed at once rather than read as resumes. */
export function checkJobName(name: string): void {
  if (name !== analyseJobName) {
    throw new UnrecoverableError(encodeFailure('invalid_job', `Jobs on this queue are named ${analyseJobName}; this one is named ${name}.`));
  }
}

/** A payload that fails its schema: final, with every problem and where it is. */
export function invalidPayload(what: 'job' | 'batch', error: ZodError): UnrecoverableError {
  const problems = error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
  return new UnrecoverableError(encodeFailure('invalid_job', `The ${what} payload is invalid: ${problems}`));
}

/** The failure for a code: retried when it may pass, at once final when it is the input's. */
function failure(code: ErrorCode, message: string, cause?: unknown): Error {
  const reason = encodeFailure(code, message);
  return retriedCodes.has(code) ? new Error(reason, { cause }) : new UnrecoverableError(reason);
}

/**
 * Why a payload's document is too large for a reader allowing `maxBytes`, or null: found before anything is decoded or
 * validated, whatever its size, so that it fails as file_too_large and not as a payload the schema refuses.
 */
export function documentTooLarge(data: unknown, maxBytes: number): string | null {
  if (typeof data !== 'object' || data === null || !('document' in data)) return null;
  const { document } = data;
  if (typeof document !== 'object' || document === null || !('contentBase64' in document)) return null;
  const encoded = document.contentBase64;
  if (typeof encoded !== 'string') return null;
  const limit = Math.min(maxBytes, defaultReadOptions.maxBytes);
  const bytes = base64Bytes(encoded);
  if (encoded.length <= maxWrappedBase64Length && bytes <= limit) return null;
  return overSizeLimit('The document', bytes, limit);
}

function checkEncodedSize(data: unknown, maxBytes: number): void {
  const tooLarge = documentTooLarge(data, maxBytes);
  if (tooLarge !== null) throw failure('file_too_large', tooLarge);
}

/**
 * A blind job whose sender named it blind already (`enqueue --redact`) keeps that name, not one hashed from it: the
 * result, and a failure's message, name the file as `match --redact` does, and as `rolefit failed` lists it.
 */
function underBlindSource(result: AnalysisResult, source: string): AnalysisResult {
  if (result.ok) return { ...result, source };
  return { ...result, source, error: { ...result.error, message: blindMessage(result.error.message, [result.source], source) } };
}

export async function processJob(data: unknown, base: PipelineContext, today: Date, settings: JobSettings = {}): Promise<SuccessResult> {
  const { onStage, documentRoot = null } = settings;
  checkEncodedSize(data, base.read.maxBytes);
  const parsed = jobPayloadSchema.safeParse(data);
  if (!parsed.success) {
    throw invalidPayload('job', parsed.error);
  }
  const { source, document, options } = parsed.data;
  const unknownRoles = unknownRolesMessage(options.roles ?? [], base.taxonomy);
  if (unknownRoles !== null) throw new UnrecoverableError(encodeFailure('invalid_job', unknownRoles));
  const version = base.taxonomy.source.manifest.version;
  if (options.taxonomyVersion !== undefined && options.taxonomyVersion !== version) {
    throw new UnrecoverableError(
      encodeFailure('invalid_job', `The job expects taxonomy ${options.taxonomyVersion}; this worker has ${version}.`),
    );
  }
  const plain: PipelineContext = {
    ...base,
    referenceDate: options.referenceDate === undefined && settings.referenceDate ? settings.referenceDate : parseReferenceDate(options.referenceDate, today),
    ...(options.roles ? { roles: options.roles } : {}),
    ...(options.topN ? { topN: options.topN } : {}),
    ...(options.redact === true ? { redact: true } : {}),
    ...(onStage ? { onStage } : {}),
  };
  let result: AnalysisResult;
  try {
    const context = options.jobDescription ? withCachedJobProfile(plain, options.jobDescription) : plain;
    // The file's own name is checked against its bytes and named in messages; the result goes by the job's source.
    const input =
      'path' in document
        ? { ...(await loadDocument(await documentPathUnder(documentRoot, document.path), context.read, document.path)), source }
        : { name: document.fileName, source, bytes: Buffer.from(document.contentBase64, 'base64') };
    const analysed = await analyseResume(input, context);
    result = options.redact === true && isBlindSource(source) ? underBlindSource(analysed, source) : analysed;
  } catch (error) {
    if (error instanceof RolefitError) {
      // A document that could not be loaded never reached the pipeline, which blinds the messages of the rest.
      const names = [source, 'path' in document ? document.path : document.fileName];
      const blindName = isBlindSource(source) ? source : blindSource(source, undefined, 'path' in document ? document.path : document.fileName);
      throw failure(error.code, options.redact === true ? blindMessage(error.message, names, blindName) : error.message);
    }
    // Anything else (storage gone, Redis lost) may pass: retried, and coded like every other failure.
    throw failure('internal_error', error instanceof Error ? error.message : String(error), error);
  }
  if (result.ok) return result;
  throw failure(result.error.code, result.error.message);
}
