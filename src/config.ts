/** Settings from the environment, validated once at start-up so a typo fails loudly instead of half-working. */
import { isAbsolute } from 'node:path';
import { z } from 'zod';

/** About how many events a queue's event stream keeps unless ROLEFIT_EVENTS_KEPT says otherwise. */
export const defaultEventsKept = 1000;

export const envSchema = z.object({
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  ROLEFIT_QUEUE: z.string().regex(/^[\w-]+$/).default('rolefit'),
  ROLEFIT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /** How long a worker holds a job before others may take it over if the worker died (BullMQ lockDuration). */
  ROLEFIT_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How often workers look for jobs whose worker died (BullMQ stalledInterval). */
  ROLEFIT_STALLED_CHECK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How long finished jobs (and their results) stay in Redis: completed by age and count, failed by age. */
  ROLEFIT_KEEP_COMPLETED_HOURS: z.coerce.number().positive().default(24),
  ROLEFIT_KEEP_COMPLETED_COUNT: z.coerce.number().int().positive().default(10_000),
  ROLEFIT_KEEP_FAILED_HOURS: z.coerce.number().positive().default(7 * 24),
  /**
   * About how many events each queue's event stream keeps (BullMQ's maxLenEvents; 10,000 by default). A completed
   * event carries the whole result (100-250 KB), so the stream would hold gigabytes that retention never removes.
   */
  ROLEFIT_EVENTS_KEPT: z.coerce.number().int().min(100).default(defaultEventsKept),
  ROLEFIT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The folder jobs given by `document.path` must lie under; unset, workers refuse such jobs. */
  ROLEFIT_DOCUMENT_ROOT: z.string().refine((path) => isAbsolute(path), 'must be an absolute path').optional(),
  /** The bearer token the dashboard's job API (/api) wants; unset or empty, the API is as open as the dashboard. */
  ROLEFIT_API_TOKEN: z.preprocess((value) => (value === '' ? undefined : value), z.string().min(16, 'use a token of 16 characters or more').optional()),
});
export type Env = z.infer<typeof envSchema>;

/** A setting of the environment is wrong: reported as a message, like a misused option, not as a crash. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new ConfigurationError(`Invalid environment: ${problems}`);
}

/** Job retention from the environment, in BullMQ's terms. */
export function retentionFrom(env: Env): { removeOnComplete: { age: number; count: number }; removeOnFail: { age: number } } {
  const hour = 3600;
  return {
    removeOnComplete: { age: Math.round(env.ROLEFIT_KEEP_COMPLETED_HOURS * hour), count: env.ROLEFIT_KEEP_COMPLETED_COUNT },
    removeOnFail: { age: Math.round(env.ROLEFIT_KEEP_FAILED_HOURS * hour) },
  };
}
