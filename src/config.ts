/** Settings from the environment, validated once at start-up so a typo fails loudly instead of half-working. */
import { isAbsolute } from 'node:path';
import { z } from 'zod';

/** About how many events a queue's event stream keeps unless ROLEFIT_EVENTS_KEPT says otherwise. */
export const defaultEventsKept = 1000;

/** How long a stopping worker lets running jobs finish before it force-closes, unless ROLEFIT_SHUTDOWN_GRACE_MS says otherwise. */
export const defaultShutdownGraceMs = 30_000;

/** Jobs one worker runs at once; the same rule for ROLEFIT_CONCURRENCY and `worker --concurrency`. */
const concurrencyRule = 'must be a whole number from 1 to 64';
const concurrencySchema = z.coerce.number({ error: concurrencyRule }).int(concurrencyRule).min(1, concurrencyRule).max(64, concurrencyRule);

const graceRule = 'must be a whole number of milliseconds from 0 to 3600000';
const graceSchema = z.coerce.number({ error: graceRule }).int(graceRule).min(0, graceRule).max(3_600_000, graceRule);

export const envSchema = z.object({
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  ROLEFIT_QUEUE: z.string().regex(/^[\w-]+$/).default('rolefit'),
  ROLEFIT_CONCURRENCY: concurrencySchema.default(1),
  /** How long a worker holds a job before others may take it over if the worker died (BullMQ lockDuration). */
  ROLEFIT_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How often workers look for jobs whose worker died (BullMQ stalledInterval). */
  ROLEFIT_STALLED_CHECK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How long a worker stopped by SIGTERM/SIGINT lets running jobs finish before it force-closes and exits. */
  ROLEFIT_SHUTDOWN_GRACE_MS: graceSchema.default(defaultShutdownGraceMs),
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
});
export type Env = z.infer<typeof envSchema>;

/** A setting of the environment is wrong: reported as a message, like a misused option, not as a crash. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  // A value may break one rule twice (-3.5: a fraction, and below 1): each problem is said once.
  const problems = [...new Set(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`))].join('; ');
  throw new ConfigurationError(`Invalid environment: ${problems}`);
}

/**
 * The bearer token the dashboard's job API (/api/jobs) wants; unset or empty, the API is as open as the dashboard.
 * Read only by the dashboard, so a worker or a producer never refuses to start over a variable it does not use.
 */
const apiTokenSchema = z.preprocess((value) => (value === '' ? undefined : value), z.string().min(16, 'use a token of 16 characters or more').optional());

export function readApiToken(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const result = apiTokenSchema.safeParse(env.ROLEFIT_API_TOKEN);
  if (result.success) return result.data;
  throw new ConfigurationError(`Invalid environment: ROLEFIT_API_TOKEN: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
}

/** `worker --concurrency`, held to the rule of ROLEFIT_CONCURRENCY; the message names the option. */
export function parseConcurrencyOption(raw: unknown): number | { problem: string } {
  const result = concurrencySchema.safeParse(raw);
  return result.success ? result.data : { problem: [...new Set(result.error.issues.map((issue) => issue.message))].join('; ') };
}

/** Job retention from the environment, in BullMQ's terms. */
export function retentionFrom(env: Env): { removeOnComplete: { age: number; count: number }; removeOnFail: { age: number } } {
  const hour = 3600;
  return {
    removeOnComplete: { age: Math.round(env.ROLEFIT_KEEP_COMPLETED_HOURS * hour), count: env.ROLEFIT_KEEP_COMPLETED_COUNT },
    removeOnFail: { age: Math.round(env.ROLEFIT_KEEP_FAILED_HOURS * hour) },
  };
}
