/**
 * Customer taxonomies are layered over the built-in one. An entity (role, skill, …) with a known id is merged into
 * the existing one rather than replacing it, so a customer file can add one alias or change one weight:
 * objects merge key by key, lists of names are united, lists of keyed objects merge by key, anything else replaces.
 */
const listKeys = ['id', 'skill', 'certification', 'role', 'month'] as const;

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mergeValue(base: unknown, over: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(over)) return mergeLists(base, over);
  if (isRecord(base) && isRecord(over)) {
    const merged: JsonRecord = { ...base };
    for (const [key, value] of Object.entries(over)) merged[key] = key in base ? mergeValue(base[key], value) : value;
    return merged;
  }
  return over;
}

function mergeLists(base: unknown[], over: unknown[]): unknown[] {
  if (base.every((item) => typeof item === 'string') && over.every((item) => typeof item === 'string')) {
    return [...new Set([...base, ...over])];
  }
  const key = listKeys.find((candidate) => [...base, ...over].every((item) => isRecord(item) && candidate in item));
  if (!key) return over;
  const merged = new Map<unknown, unknown>();
  for (const item of base) if (isRecord(item)) merged.set(item[key], item);
  for (const item of over) {
    if (!isRecord(item)) continue;
    const existing = merged.get(item[key]);
    merged.set(item[key], existing === undefined ? item : mergeValue(existing, item));
  }
  return [...merged.values()];
}
