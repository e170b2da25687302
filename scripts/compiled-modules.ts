/**
 * The pipeline's modules as built into dist/, typed by their sources: benchmarks time the JavaScript the CLI and the
 * queue worker run (`node dist/…`), not the sources as a development loader transforms them on the fly, which adds
 * work of its own (tsx keeps every inner function's name with a call per function made).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const distRoot = fileURLToPath(new URL('../dist/', import.meta.url));

/** `modulePath` as under src/ (`src/cli/match-command.js`); its exports, typed as the caller says they are. */
export async function compiledModule<T>(modulePath: string): Promise<T> {
  const file = `${distRoot}${modulePath}`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  return (await import(pathToFileURL(file).href)) as T;
}
