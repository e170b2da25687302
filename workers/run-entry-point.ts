/** How the worker entry points end on a failure: as `rolefit` does (see report-failure.ts). */
import { reportFailure } from '../src/cli/report-failure.js';

/** Runs an entry point; a number it resolves to is the exit code. */
export async function runEntryPoint(run: () => Promise<unknown>): Promise<void> {
  try {
    const code = await run();
    if (typeof code === 'number') process.exitCode = code;
  } catch (error) {
    process.exitCode = reportFailure(error);
  }
}
