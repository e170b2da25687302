import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { loadTaxonomy } from '../../src/taxonomy/load-taxonomy.js';

let cached: Promise<CompiledTaxonomy> | undefined;

/** The built-in taxonomy, loaded once per test file. */
export function builtInTaxonomy(): Promise<CompiledTaxonomy> {
  cached ??= loadTaxonomy();
  return cached;
}
