/** A finished job's result, named as this caller named the document. */
import type { AnalysisResult } from '../contracts/result-schema.js';

/** A redacted result keeps its own, redacted source: the caller's file name may hold the candidate's name. */
export function keepsOwnSource(result: AnalysisResult): boolean {
  return result.ok && result.redacted === true;
}

/** The same bytes may have been sent before under another name, so the result is reported under this caller's name. */
export function resultUnderSource(result: AnalysisResult, source: string): AnalysisResult {
  return keepsOwnSource(result) ? result : { ...result, source };
}
