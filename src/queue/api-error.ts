/**
 * The job API's errors: an HTTP status, a stable `code` for programs and a `message` for people, answered as
 * `{"error": {code, message}}`. The codes are the API's own (a route, a token, a key), apart from the document codes
 * of src/errors.ts that a failed job carries.
 */
export const apiErrorCodes = [
  'unauthorized',
  'not_found',
  'invalid_job',
  'file_too_large',
  'unsupported_media_type',
  'idempotency_conflict',
  'not_failed',
  'busy',
  'internal_error',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export interface ApiIssue {
  readonly code: string;
  readonly path: readonly string[];
  readonly message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: readonly ApiIssue[],
  ) {
    super(message);
  }

  toJSON(): { error: { code: ApiErrorCode; message: string; issues?: readonly ApiIssue[] } } {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}
