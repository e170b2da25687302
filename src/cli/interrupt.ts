/** Ctrl-C (SIGINT) or SIGTERM during a run: stop it, say what was done, and keep what was finished. */
import { constants } from 'node:os';

export interface Interruption {
  /** Aborts on the first signal. */
  readonly signal: AbortSignal;
  /** The signal received, if any. */
  received(): NodeJS.Signals | undefined;
  /** Stops listening: a signal then meets Node's default handler again. */
  dispose(): void;
}

const stopSignals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Listens for Ctrl-C and SIGTERM while a run lasts. Only the first is caught: a second one, from a user who will not
 * wait for the outputs to be written, ends the process at once as Node's default handler does.
 */
export function listenForInterrupt(): Interruption {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const dispose = (): void => {
    for (const name of stopSignals) process.removeListener(name, stop);
  };
  const stop = (name: NodeJS.Signals): void => {
    received = name;
    dispose();
    controller.abort();
  };
  for (const name of stopSignals) process.on(name, stop);
  return { signal: controller.signal, received: () => received, dispose };
}

/** The exit code of a process ended by `signal`, as a shell reports it: 130 for SIGINT, 143 for SIGTERM. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}
