/** Whether a text is places and nothing else with a letter: "Nairobi", "Makati City, Metro Manila", "Mumbai". */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';

export function namesOnlyPlaces(text: string, taxonomy: CompiledTaxonomy): boolean {
  const places = taxonomy.places.findAll(text);
  let rest = '';
  let at = 0;
  for (const place of places) {
    rest += text.slice(at, place.start);
    at = place.end;
  }
  return places.length > 0 && !/\p{L}/u.test(rest + text.slice(at));
}
