/** A batch's outputs written from results already held, as `match` writes them while it runs. */
import type { AnalysisResult } from '../../src/contracts/result-schema.js';
import { createOutputWriter, type WrittenOutputs } from '../../src/cli/write-outputs.js';

export async function writeAllOutputs(directory: string, results: readonly AnalysisResult[]): Promise<WrittenOutputs> {
  const writer = await createOutputWriter(directory);
  for (const result of results) await writer.write(result);
  return writer.finish();
}
