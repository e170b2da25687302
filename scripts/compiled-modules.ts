/**
 * The pipeline's modules as built into dist/, typed by their sources: benchmarks time the JavaScript the CLI and the
 * queue worker run (`node dist/…`), not the sources as a development loader transforms them on the fly, which adds
 * work of its own (tsx keeps every inner function's name with a call per function made).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * `modulePath` as under src/ (`src/cli/match-command.js`); its exports, typed as the caller says they are. From this
 * checkout's dist/, or another's (`root`) when two builds are compared.
 */
export async function compiledModule<T>(modulePath: string, root = projectRoot): Promise<T> {
  const file = join(root, 'dist', modulePath);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  return (await import(pathToFileURL(file).href)) as T;
}
