import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectInputs } from '../../src/cli/collect-inputs.js';
import { projectRoot } from './run-cli.js';

export const samplesDirectory = join(projectRoot, 'samples');
export const brokenDirectory = join(samplesDirectory, 'broken');
export const sampleReferenceDate = { year: 2026, month: 11 } as const;

/** The good samples with the role each was written for, from the generator's manifest. */
export async function intendedRoles(): Promise<Map<string, string>> {
  const manifest = JSON.parse(await readFile(join(projectRoot, 'scripts/samples/sources/manifest.json'), 'utf8')) as {
    outputs: string[];
    intendedRole: string;
  }[];
  return new Map(manifest.flatMap((entry) => entry.outputs.map((output) => [join(samplesDirectory, output), entry.intendedRole] as const)));
}

export async function allSampleFiles(): Promise<string[]> {
  return collectInputs([samplesDirectory]);
}

/** The error code each broken sample must end with. */
export const brokenSampleCodes: Record<string, string> = {
  'empty.pdf': 'empty_file',
  'corrupt.pdf': 'corrupt_document',
  'corrupt.docx': 'corrupt_document',
  'archive-named-as.docx': 'extension_mismatch',
  'binary-named-as.txt': 'extension_mismatch',
  'scanned-image.pdf': 'no_text', // OCR finds no words in its grey bars
};
