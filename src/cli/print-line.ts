/** Output a program reads line by line (`--format jsonl`, `enqueue`). */
import { once } from 'node:events';

/**
 * Writes one line to stdout and, when the reader is slower than we are (a pipe to a busy consumer), waits for it to
 * drain: the next results are then held back, not buffered in memory.
 */
export async function printLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}
