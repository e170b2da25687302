/**
 * The level a degree attests: its own when finished. One not finished (its line says so, or it ends later) attests
 * the level it is entered from, when the taxonomy names one: a student who left a bachelor's had finished school.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { EducationLevel } from '../taxonomy/taxonomy-schema.js';
import type { EducationEntry } from './candidate-types.js';

export function attainedLevel(entry: Pick<EducationEntry, 'level' | 'completed'>, taxonomy: CompiledTaxonomy): EducationLevel | undefined {
  const level = entry.level === null ? undefined : taxonomy.levelsById.get(entry.level);
  if (level === undefined || entry.completed) return level;
  return level.entryLevel === undefined ? undefined : taxonomy.levelsById.get(level.entryLevel);
}
