import { RolefitError } from '../../src/errors.js';

/** What a failure says to a program: its typed code, or "untyped: …" when it is not a RolefitError (a bug). */
function codeOfError(error: unknown): string {
  return error instanceof RolefitError ? error.code : `untyped: ${String(error)}`;
}

/** The code `run` fails with, or "none" when it succeeds. */
export function codeOfCall(run: () => unknown): string {
  try {
    run();
    return 'none';
  } catch (error) {
    return codeOfError(error);
  }
}

/** The code `work` rejects with, or "none" when it resolves. */
export async function codeOfPromise(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'none';
  } catch (error) {
    return codeOfError(error);
  }
}
