/**
 * The queue contract over HTTP, for HR systems without a BullMQ client (Java, .NET, PHP): a job posted here is the
 * same `analyse-resume` job `rolefit enqueue` adds, validated by the same schema, processed by the same workers.
 * Mounted at /api/jobs:
 *   POST /api/jobs            body: a job payload (schemas/job-payload.schema.json) → 202 {"jobId", "created"}
 *   GET  /api/jobs/:id        → {"jobId", "state", "result"} once completed, {"jobId", "state", "error": {code, message}}
 *                               once failed for good, {"jobId", "state"} before; 404 for an unknown id
 *   POST /api/jobs/:id/retry  runs a failed job again → 202 {"jobId", "retried": true}; 409 when it has not failed
 * With ROLEFIT_API_TOKEN set, every one wants `Authorization: Bearer <token>` (or basic auth with the token as password).
 * Errors answer {"error": {code, message}}.
 * With Redis away, a route answers 503 `busy` at once, or after redisWaitMs when Redis goes away mid-request.
 */
import type { Queue } from 'bullmq';
import express from 'express';
import { ApiError } from './api-error.js';
import { carriesToken } from './api-token.js';
import type { Retention } from './enqueue-files.js';
import { isValidJobId, jobIdRule, mayNameJob } from './job-id-rule.js';
import { JobInFluxError, readJobOutcome } from './job-outcome.js';
import { jobPayloadSchema, maxJobDescriptionChars, maxNameChars, maxRoleIdChars, maxRoleIds, maxWrappedBase64Length } from './job-contract.js';
import { decodeFailure, documentTooLarge } from './process-job.js';
import { payloadHash, submitJob } from './submit-job.js';
import { defaultReadOptions } from '../read-document/document-types.js';
import { megabytes } from '../text/megabytes.js';

export interface HttpApiSettings {
  readonly queue: Queue;
  /** Required as a bearer token when set. */
  readonly token?: string;
  /** How long finished jobs stay in Redis; jobDefaults' when absent. */
  readonly retention?: Retention;
  /** Whether the queue's Redis connection is up, or comes up soon; when not, routes answer 503 instead of waiting for Redis. */
  readonly redisReady?: () => Promise<boolean>;
  /** How long a route may wait on Redis before answering 503 (its commands wait for a reconnection otherwise). */
  readonly redisWaitMs?: number;
}

/** How long a route waits on Redis by default: longer than a healthy Redis takes to store a 10 MB document. */
const defaultRedisWaitMs = 5000;

/** Bytes JSON may spend on one character: "\\u0915", as serialisers that escape all but ASCII write it. */
const maxJsonBytesPerChar = 6;
/** Room for the JSON around the values: keys, quotes, options that are numbers or booleans. */
const jsonFrameBytes = 16 * 1024;
/**
 * The largest body a valid job can take: a document at the size limit in wrapped base64, and every text the contract
 * bounds at its longest, each character escaped. A larger body is refused before it is read.
 */
const maxBodyBytes = maxWrappedBase64Length
  + maxJsonBytesPerChar * (maxJobDescriptionChars + 4 * maxNameChars + maxRoleIds * maxRoleIdChars)
  + jsonFrameBytes;

/** Runs an async route, handing its failure to the error handler. */
function route(handle: (request: express.Request, response: express.Response) => Promise<void>): express.RequestHandler {
  return (request, response, next) => {
    handle(request, response).catch(next);
  };
}

/** The job id of a route: one no job can have is no job. */
/** The job a route names: any id a job may have been added under, whatever the Idempotency-Key rule for new ones. */
function jobIdOf(request: express.Request): string {
  const jobId = String(request.params.id);
  if (!mayNameJob(jobId)) throw notFound(jobId);
  return jobId;
}

function notFound(jobId: string): ApiError {
  return new ApiError(404, 'not_found', `No job ${jobId} (never added, or removed after its retention).`);
}

/** An error of express.json() or of a route, in the API's shape. */
function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof JobInFluxError) return new ApiError(503, 'busy', error.message);
  const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 500;
  const message = error instanceof Error ? error.message : String(error);
  // Only a document over its limit makes a body longer than any valid job (see maxBodyBytes).
  if (status === 413) {
    return new ApiError(413, 'file_too_large', `The request is over the ${megabytes(maxBodyBytes)} a job may take: its document may be ${megabytes(defaultReadOptions.maxBytes)} at most.`);
  }
  if (status === 415) return new ApiError(415, 'unsupported_media_type', message);
  return status < 500 ? new ApiError(status, 'invalid_job', message) : new ApiError(500, 'internal_error', message);
}

function redisUnavailable(detail: string): ApiError {
  return new ApiError(503, 'busy', `Redis is unavailable (${detail}); ask again shortly.`);
}

/** Answers an error in the API's shape, unless an answer has already gone (a route that finished after its deadline). */
function sendApiError(response: express.Response, error: ApiError): void {
  if (response.headersSent) return;
  if (error.code === 'busy') response.set('retry-after', '1');
  response.status(error.status).json(error.toJSON());
}

/**
 * Keeps a route from hanging while Redis is away: refused at once when the connection is down, answered 503 when
 * Redis does not answer within waitMs (BullMQ's commands wait for a reconnection, however long it takes).
 */
function redisGuard(ready: () => Promise<boolean>, waitMs: number): express.RequestHandler {
  return (_request, response, next) => {
    ready().then((connected) => {
      if (!connected) {
        sendApiError(response, redisUnavailable('not connected'));
        return;
      }
      const timer = setTimeout(() => sendApiError(response, redisUnavailable(`no answer within ${waitMs} ms`)), waitMs);
      response.once('close', () => clearTimeout(timer));
      next();
    }, next);
  };
}

/** Answers a request no route took, in the API's error shape rather than Express's HTML page. */
export function jsonNotFound(request: express.Request, response: express.Response): void {
  const error = new ApiError(404, 'not_found', `No route ${request.method} ${request.originalUrl}.`);
  response.status(error.status).json(error.toJSON());
}

export function httpApi(settings: HttpApiSettings): express.Router {
  const { queue } = settings;
  const router = express.Router();
  const guard = redisGuard(settings.redisReady ?? (() => Promise.resolve(true)), settings.redisWaitMs ?? defaultRedisWaitMs);
  router.use((request, _response, next) => {
    if (carriesToken(request.get('authorization'), settings.token)) next();
    else next(new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <ROLEFIT_API_TOKEN>.'));
  });
  router.use(express.json({ limit: maxBodyBytes }));

  router.post('/', guard, route(async (request, response) => {
    // Without this, a JSON body sent as text/plain is left unread and reported as a missing payload.
    if (!request.is('application/json')) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the job as JSON, with Content-Type: application/json.');
    }
    // A document over the limit is too large, as a worker would say, not a payload the schema refuses.
    const tooLarge = documentTooLarge(request.body, defaultReadOptions.maxBytes);
    if (tooLarge !== null) throw new ApiError(413, 'file_too_large', tooLarge);
    const parsed = jobPayloadSchema.safeParse(request.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ code: issue.code, path: issue.path.map(String), message: issue.message }));
      throw new ApiError(400, 'invalid_job', 'The job payload is invalid.', issues);
    }
    const key = request.get('idempotency-key');
    if (key !== undefined && !isValidJobId(key)) throw new ApiError(400, 'invalid_job', `Idempotency-Key holds ${jobIdRule}.`);
    // Without a key, the payload names the job, so the same payload posted twice (keys in any order) runs once.
    const jobId = key ?? payloadHash(parsed.data);
    const { created } = await submitJob(queue, parsed.data, jobId, settings.retention);
    response.status(202).location(`${request.baseUrl}/${jobId}`).json({ jobId, created });
  }));

  router.get('/:id', guard, route(async (request, response) => {
    const jobId = jobIdOf(request);
    const outcome = await readJobOutcome(queue, jobId);
    if (outcome === null) throw notFound(jobId);
    if (outcome.state === 'completed') response.json({ jobId, state: outcome.state, result: outcome.result });
    else if (outcome.state === 'failed') response.json({ jobId, state: outcome.state, error: decodeFailure(outcome.reason) });
    else response.json({ jobId, state: outcome.state });
  }));

  router.post('/:id/retry', guard, route(async (request, response) => {
    const jobId = jobIdOf(request);
    const state = await queue.getJobState(jobId);
    const job = state === 'unknown' ? undefined : await queue.getJob(jobId);
    if (!job) throw notFound(jobId);
    const notFailed = (now: string): ApiError =>
      new ApiError(409, 'not_failed', `Job ${jobId} is ${now}: only a failed job can be retried.`);
    if (state !== 'failed') throw notFailed(state);
    try {
      // A retry by hand gets every attempt again, as a new submission would.
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    } catch (error) {
      // Retried (or removed) by someone else meanwhile: BullMQ refuses a job no longer failed.
      const now = await queue.getJobState(jobId);
      if (now === 'unknown') throw notFound(jobId);
      if (now !== 'failed') throw notFailed(now);
      throw error;
    }
    response.status(202).location(`${request.baseUrl}/${jobId}`).json({ jobId, retried: true });
  }));

  router.use(jsonNotFound);
  // Express knows an error handler by its four parameters, so the last stays though unused.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  router.use((error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) => {
    sendApiError(response, asApiError(error));
  });
  return router;
}
