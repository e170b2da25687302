/**
 * Entry point of a queue worker process (the container's command): `rolefit worker` with settings from the
 * environment (REDIS_URL, ROLEFIT_QUEUE, ROLEFIT_CONCURRENCY). A wrong setting exits 2 with a one-line message.
 */
import { analysisOptionsSchema } from '../src/cli/analysis-options.js';
import { runWorker } from '../src/cli/queue-commands.js';
import { readEnv } from '../src/config.js';
import { runEntryPoint } from './run-entry-point.js';

await runEntryPoint(() => runWorker(analysisOptionsSchema.parse({}), readEnv()));
