/** The batch parent's processor: gathers every child's result or failure into the batch shortlist. */
import type { Job } from 'bullmq';
import { renderShortlistCsv, shortlistEntry, type ShortlistEntry } from '../build-reports/render-csv.js';
import { resultSchemaVersion, type AnalysisResult } from '../contracts/result-schema.js';
import { errorCodes, type ErrorCode } from '../errors.js';
import { batchPayloadSchema, batchResultSchemaVersion, type BatchResult } from './batch-contract.js';
import { decodeFailure, invalidPayload } from './process-job.js';

/** Child keys read "<prefix>:<queue>:<job id>"; job ids hold no colon. */
function jobIdOfKey(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

function asCode(code: string): ErrorCode {
  return (errorCodes as readonly string[]).includes(code) ? (code as ErrorCode) : 'internal_error';
}

/** Finished children's results read this many at a time, so that a batch of thousands is never all in memory. */
const childrenPerPage = 100;

/**
 * Each finished child's result, a page at a time (HSCAN through BullMQ), as its job id and value. The same child may
 * come twice while Redis resizes the hash; the caller keys by job id.
 */
async function* finishedChildren(job: Job): AsyncGenerator<[string, AnalysisResult]> {
  let cursor = 0;
  do {
    const page = await job.getDependencies({ processed: { cursor, count: childrenPerPage } });
    for (const [key, value] of Object.entries(page.processed ?? {})) yield [jobIdOfKey(key), value as AnalysisResult];
    cursor = page.nextProcessedCursor ?? 0;
  } while (cursor !== 0);
}

function failedEntry(source: string, code: string, message: string): ShortlistEntry {
  return shortlistEntry({ schemaVersion: resultSchemaVersion, source, ok: false, error: { code: asCode(code), message } });
}

export async function processBatch(job: Job, bandOrder: readonly string[] = []): Promise<BatchResult> {
  const parsed = batchPayloadSchema.safeParse(job.data);
  if (!parsed.success) throw invalidPayload('batch', parsed.error);
  const { batchId, children, unreadable } = parsed.data;
  // Only each child's shortlist entry is kept: a result holds every role's requirements and evidence. One child may
  // stand for several files with the same content; each file is listed under the name the batch gave it, which in a
  // blind batch is already the blind name of that file.
  const analysed = new Map<string, ShortlistEntry>();
  for await (const [jobId, value] of finishedChildren(job)) analysed.set(jobId, shortlistEntry(value));
  const failures = new Map(Object.entries(await job.getIgnoredChildrenFailures()).map(([key, reason]) => [jobIdOfKey(key), reason]));
  const shortlist = children.map(({ jobId, source }) => {
    const found = analysed.get(jobId);
    if (found) return { ...found, source };
    const { code, message } = decodeFailure(failures.get(jobId) ?? 'internal_error: no result was recorded for this document');
    return failedEntry(source, code, message);
  });
  shortlist.push(...unreadable.map(({ source, code, message }) => failedEntry(source, code, message)));
  const entries = shortlist.map((entry, index) => {
    const best = entry.roles[0];
    return {
      source: entry.source,
      jobId: children[index]?.jobId ?? '',
      ok: entry.error === null,
      best: best ? { roleId: best.roleId, score: best.score, band: best.band } : null,
      error: entry.error === null ? null : { code: asCode(entry.error.code), message: entry.error.message },
    };
  });
  const succeeded = entries.filter((e) => e.ok).length;
  return { schemaVersion: batchResultSchemaVersion, batchId, total: entries.length, succeeded, failed: entries.length - succeeded, shortlistCsv: renderShortlistCsv(shortlist, bandOrder), entries };
}
