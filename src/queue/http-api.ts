/**
 * The queue contract over HTTP, for HR systems without a BullMQ client (Java, .NET, PHP): a job posted here is the
 * same `analyse-resume` job `rolefit enqueue` adds, validated by the same schema, processed by the same workers.
 *   POST /api/jobs       body: a job payload (schemas/job-payload.schema.json) → 202 {"jobId", "created"}
 *   GET  /api/jobs/:id   → {"jobId", "state", "result"} once completed, {"jobId", "state", "error": {code, message}}
 *                          once failed for good, {"jobId", "state"} before; 404 for an unknown id
 * With ROLEFIT_API_TOKEN set, both want `Authorization: Bearer <token>`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Queue } from 'bullmq';
import express from 'express';
import { jobDefaults, type Retention } from './enqueue-files.js';
import { analyseJobName, jobPayloadSchema, maxBase64Length } from './job-contract.js';
import { decodeFailure } from './process-job.js';

export interface HttpApiSettings {
  readonly queue: Queue;
  /** Required as a bearer token when set. */
  readonly token?: string;
  /** How long finished jobs stay in Redis; jobDefaults' when absent. */
  readonly retention?: Retention;
}

/** A job id names one job for ever: letters, digits, "-", "_" and ".", as BullMQ keys take them. */
const jobIdPattern = /^[\w.-]{1,128}$/;
/** The largest body: a document at the worker's size limit, base64-encoded, with room for the options and a posting. */
const maxBodyBytes = maxBase64Length + 256 * 1024;

function sameToken(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The job's id: the caller's `Idempotency-Key`, else a hash of the payload, so a job posted twice runs once. */
function jobIdOf(request: express.Request, payload: unknown): string | null {
  const key = request.get('idempotency-key');
  if (key !== undefined) return jobIdPattern.test(key) ? key : null;
  return createHash('sha256').update(JSON.stringify(payload)).digest('hex');
}

export function httpApi(settings: HttpApiSettings): express.Router {
  const router = express.Router();
  router.use((request, response, next) => {
    const given = /^Bearer (.+)$/.exec(request.get('authorization') ?? '')?.[1];
    if (settings.token === undefined || (given !== undefined && sameToken(given, settings.token))) {
      next();
      return;
    }
    response.status(401).json({ error: { code: 'unauthorized', message: 'Send Authorization: Bearer <ROLEFIT_API_TOKEN>.' } });
  });
  router.use(express.json({ limit: maxBodyBytes }));

  router.post('/jobs', (request, response, next) => {
    const parsed = jobPayloadSchema.safeParse(request.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ code: issue.code, path: issue.path.map(String), message: issue.message }));
      response.status(400).json({ error: { code: 'invalid_job', message: 'The job payload is invalid.', issues } });
      return;
    }
    const jobId = jobIdOf(request, request.body);
    if (jobId === null) {
      response.status(400).json({ error: { code: 'invalid_job', message: 'Idempotency-Key holds 1 to 128 letters, digits, "-", "_" or ".".' } });
      return;
    }
    const { removeOnComplete, removeOnFail } = settings.retention ?? jobDefaults;
    const run = async (): Promise<void> => {
      const existing = await settings.queue.getJob(jobId);
      if (!existing) {
        await settings.queue.add(analyseJobName, request.body, { ...jobDefaults, removeOnComplete, removeOnFail, jobId });
      }
      response.status(202).location(`jobs/${jobId}`).json({ jobId, created: !existing });
    };
    run().catch(next);
  });

  router.get('/jobs/:id', (request, response, next) => {
    const run = async (): Promise<void> => {
      const job = await settings.queue.getJob(request.params.id);
      if (!job) {
        response.status(404).json({ error: { code: 'not_found', message: `No job ${request.params.id} (never added, or removed after its retention).` } });
        return;
      }
      const state = await job.getState();
      if (state === 'completed') response.json({ jobId: job.id, state, result: job.returnvalue as unknown });
      else if (state === 'failed') response.json({ jobId: job.id, state, error: decodeFailure(job.failedReason) });
      else response.json({ jobId: job.id, state });
    };
    run().catch(next);
  });

  // A body too large or not JSON, and Redis trouble, answer in the same shape as the rest. Express knows an error
  // handler by its four parameters, so the last stays though unused.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  router.use((error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) => {
    const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 500;
    const message = error instanceof Error ? error.message : String(error);
    const code = status === 413 ? 'file_too_large' : status < 500 ? 'invalid_job' : 'internal_error';
    response.status(status).json({ error: { code, message } });
  });
  return router;
}
