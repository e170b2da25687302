/**
 * Entry point of a producer: submits the files and folders given as arguments and prints one JSON result per
 * document, like `rolefit enqueue`. Exit code 1 when any document failed, 2 when a setting is wrong.
 */
import { analysisOptionsSchema } from '../src/cli/analysis-options.js';
import { runEnqueue } from '../src/cli/queue-commands.js';
import { readEnv } from '../src/config.js';
import { runEntryPoint } from './run-entry-point.js';

const defaultTimeoutMs = 300_000;
await runEntryPoint(() => runEnqueue(process.argv.slice(2), analysisOptionsSchema.parse({}), readEnv(), defaultTimeoutMs));
