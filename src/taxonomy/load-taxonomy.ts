/** Loads the built-in taxonomy, with any customer directories layered over it, ready for the pipeline. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RolefitError } from '../errors.js';
import { buildTaxonomy, type BuildResult } from './build-taxonomy.js';
import { compileTaxonomy, type CompiledTaxonomy } from './compile-taxonomy.js';
import { readTaxonomyDirectory } from './read-taxonomy-directory.js';

/** The taxonomy/ folder shipped with the package, found from this file whether it runs from src/ or dist/. */
export function builtInTaxonomyDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'taxonomy', 'taxonomy.yaml'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new RolefitError('taxonomy_invalid', 'The built-in taxonomy/ folder is missing.');
    directory = parent;
  }
  return join(directory, 'taxonomy');
}

/** Validates the built-in taxonomy with `overlays` merged over it, in order; reports every problem found. */
export async function checkTaxonomy(overlays: readonly string[] = [], includeBuiltIn = true): Promise<BuildResult> {
  const directories = includeBuiltIn ? [builtInTaxonomyDirectory(), ...overlays] : [...overlays];
  return buildTaxonomy(await Promise.all(directories.map(readTaxonomyDirectory)));
}

export async function loadTaxonomy(overlays: readonly string[] = []): Promise<CompiledTaxonomy> {
  const result = await checkTaxonomy(overlays);
  if (!result.ok) {
    const listed = result.issues.slice(0, 20).map((issue) => `  ${issue.path}: ${issue.message}`);
    const more = result.issues.length > 20 ? [`  … and ${result.issues.length - 20} more`] : [];
    throw new RolefitError('taxonomy_invalid', ['The taxonomy is invalid:', ...listed, ...more].join('\n'));
  }
  return compileTaxonomy(result.taxonomy);
}
