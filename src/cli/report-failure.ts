/**
 * How `rolefit` and the worker entry points end on a failure: a wrong setting or a misused command is one line on
 * stderr and exit code 2 (a container restarting the process shows the reason in its log, not a stack trace); a
 * document or Redis failure is one line and exit code 1; anything else is a bug, whose stack a report needs.
 */
import { ConfigurationError } from '../config.js';
import { RolefitError } from '../errors.js';
import { RedisUnavailableError } from '../queue/redis-connection.js';
import { UsageError } from './usage-error.js';

/** The exit code of a wrong setting or a misused command. */
export const exitUsage = 2;
const exitFailure = 1;

/** Writes what failed to stderr; returns the exit code. */
export function reportFailure(error: unknown): number {
  if (error instanceof ConfigurationError || error instanceof UsageError) {
    process.stderr.write(`rolefit: ${error.message}\n`);
    return exitUsage;
  }
  if (error instanceof RolefitError || error instanceof RedisUnavailableError) {
    process.stderr.write(`rolefit: ${error.message}\n`);
    return exitFailure;
  }
  process.stderr.write(`rolefit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return exitFailure;
}
