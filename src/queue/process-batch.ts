/** The batch parent's processor: gathers every child's result or failure into the batch shortlist. */
import type { Job } from 'bullmq';
import { renderShortlistCsv, shortlistEntry } from '../build-reports/render-csv.js';
import { resultSchemaVersion, type AnalysisResult } from '../contracts/result-schema.js';
import { errorCodes, type ErrorCode } from '../errors.js';
import { batchPayloadSchema, type BatchResult } from './batch-contract.js';
import { decodeFailure } from './process-job.js';
import { resultUnderSource } from './result-under-source.js';

/** Child keys read "<prefix>:<queue>:<job id>"; job ids hold no colon. */
function jobIdOfKey(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

function asCode(code: string): ErrorCode {
  return (errorCodes as readonly string[]).includes(code) ? (code as ErrorCode) : 'internal_error';
}

export async function processBatch(job: Job): Promise<BatchResult> {
  const { batchId, children, unreadable } = batchPayloadSchema.parse(job.data);
  const values = new Map(Object.entries(await job.getChildrenValues<AnalysisResult>()).map(([key, value]) => [jobIdOfKey(key), value]));
  const failures = new Map(Object.entries(await job.getIgnoredChildrenFailures()).map(([key, reason]) => [jobIdOfKey(key), reason]));
  const results: AnalysisResult[] = children.map(({ jobId, source }) => {
    const value = values.get(jobId);
    if (value) return resultUnderSource(value, source);
    const { code, message } = decodeFailure(failures.get(jobId) ?? 'internal_error: no result was recorded for this document');
    return { schemaVersion: resultSchemaVersion, source, ok: false, error: { code: asCode(code), message } };
  });
  for (const { source, code, message } of unreadable) {
    results.push({ schemaVersion: resultSchemaVersion, source, ok: false, error: { code, message } });
  }
  const entries = results.map((result, index) => {
    const best = result.ok ? result.matches[0] : undefined;
    return {
      source: result.source,
      jobId: children[index]?.jobId ?? '',
      ok: result.ok,
      best: best ? { roleId: best.roleId, score: best.score, band: best.band } : null,
      error: result.ok ? null : result.error,
    };
  });
  const succeeded = results.filter((r) => r.ok).length;
  return { batchId, total: results.length, succeeded, failed: results.length - succeeded, shortlistCsv: renderShortlistCsv(results.map(shortlistEntry)), entries };
}
