/**
 * One error shape for everything a user can cause: a stable `code` for programs and a `message` for people.
 * Codes are a public contract (they appear in JSONL output and failed queue jobs); messages may change.
 */
export const errorCodes = [
  'empty_file',
  'file_too_large',
  // No longer raised: a PDF over --max-pages is read up to it and flagged pages_truncated. Kept, as codes are a contract.
  'too_many_pages',
  'unzipped_too_large',
  'unsupported_format',
  'extension_mismatch',
  'corrupt_document',
  'encrypted_document',
  'ocr_required',
  'no_text',
  'read_failed',
  'timeout',
  'resource_limit',
  'invalid_job',
  'taxonomy_invalid',
  'internal_error',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface RolefitErrorInfo {
  code: ErrorCode;
  message: string;
}

export class RolefitError extends Error implements RolefitErrorInfo {
  override readonly name = 'RolefitError';
  /**
   * File names the message gives besides the document's own (an e-mail's attachments): blind screening hides them
   * too, as they often hold the candidate's name.
   */
  readonly mentionedNames: readonly string[];
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; mentionedNames?: readonly string[] },
  ) {
    super(message, options);
    this.mentionedNames = options?.mentionedNames ?? [];
  }

  toJSON(): RolefitErrorInfo {
    return { code: this.code, message: this.message };
  }
}

/** Anything thrown while processing one document becomes a typed error; unknown failures stay visible as such. */
export function toErrorInfo(error: unknown): RolefitErrorInfo {
  if (error instanceof RolefitError) return error.toJSON();
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal_error', message: `Unexpected failure: ${detail}` };
}
