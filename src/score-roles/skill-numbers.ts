/**
 * The taxonomy's skills numbered, once per taxonomy (it is immutable): what a resume holds can then be marked in one
 * byte per skill, and every role's skills checked against those marks instead of looked up by id.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';

const numbersSeen = new WeakMap<CompiledTaxonomy, ReadonlyMap<string, number>>();

/** Skill id → its number, from 0 in the taxonomy's order. */
export function skillNumbers(taxonomy: CompiledTaxonomy): ReadonlyMap<string, number> {
  let numbers = numbersSeen.get(taxonomy);
  if (!numbers) {
    numbers = new Map(taxonomy.source.skills.map((skill, index) => [skill.id, index]));
    numbersSeen.set(taxonomy, numbers);
  }
  return numbers;
}

/** One byte per skill number, 1 for each of the ids given that the taxonomy knows. */
export function markSkills(
  ids: Iterable<string>,
  numbers: ReadonlyMap<string, number>,
  marks: Uint8Array = new Uint8Array(numbers.size),
): Uint8Array {
  for (const id of ids) {
    const number = numbers.get(id);
    if (number !== undefined) marks[number] = 1;
  }
  return marks;
}
