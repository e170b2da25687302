/** What a caller is told of role ids the taxonomy does not have: which, and the ids it has, so the fix is at hand. */
import type { CompiledTaxonomy } from './compile-taxonomy.js';

export function unknownRolesMessage(ids: readonly string[], taxonomy: CompiledTaxonomy): string | null {
  const unknown = ids.filter((id) => !taxonomy.rolesById.has(id));
  if (unknown.length === 0) return null;
  const known = [...taxonomy.rolesById.keys()].sort();
  return `Unknown role ids: ${unknown.join(', ')}. The taxonomy's role ids are: ${known.join(', ')}.`;
}
