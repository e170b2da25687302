/**
 * How the entry points end on a failure, as `rolefit` does: a wrong setting is one line on stderr and exit code 2, so
 * a container restarting the process (restart: unless-stopped) shows the reason in its log instead of a stack trace.
 */
import { UsageError } from '../src/cli/usage-error.js';
import { ConfigurationError } from '../src/config.js';
import { RolefitError } from '../src/errors.js';
import { RedisUnavailableError } from '../src/queue/redis-connection.js';

const exitUsage = 2;

/** Runs an entry point; a number it resolves to is the exit code. */
export async function runEntryPoint(run: () => Promise<unknown>): Promise<void> {
  try {
    const code = await run();
    if (typeof code === 'number') process.exitCode = code;
  } catch (error) {
    if (error instanceof ConfigurationError || error instanceof UsageError) {
      process.stderr.write(`rolefit: ${error.message}\n`);
      process.exitCode = exitUsage;
    } else if (error instanceof RolefitError || error instanceof RedisUnavailableError) {
      process.stderr.write(`rolefit: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      // Anything else is a bug: its stack is what a report needs.
      process.stderr.write(`rolefit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    }
  }
}
