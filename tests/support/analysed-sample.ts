import { join } from 'node:path';
import { analyseFile } from '../../src/cli/match-command.js';
import type { SuccessResult } from '../../src/contracts/result-schema.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { sampleReferenceDate, samplesDirectory } from './samples.js';
import { builtInTaxonomy } from './taxonomy.js';

/** One good sample through the whole pipeline, as the renderers' tests start from; `redact` for blind screening. */
export async function analysedSample(name: string, redact = false): Promise<SuccessResult> {
  const taxonomy = await builtInTaxonomy();
  const context = { taxonomy, referenceDate: sampleReferenceDate, read: defaultReadOptions, redact };
  const analysed = await analyseFile(join(samplesDirectory, name), context);
  if (!analysed.ok) throw new Error(`the sample ${name} failed: ${analysed.error.message}`);
  return analysed;
}
