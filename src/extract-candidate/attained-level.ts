/** The level a degree attests: its own when finished; none while it is not (its line says so, or it ends later). */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { EducationLevel } from '../taxonomy/taxonomy-schema.js';
import type { EducationEntry } from './candidate-types.js';

export function attainedLevel(entry: Pick<EducationEntry, 'level' | 'completed'>, taxonomy: CompiledTaxonomy): EducationLevel | undefined {
  return entry.level === null || !entry.completed ? undefined : taxonomy.levelsById.get(entry.level);
}
