import type { Candidate } from '../../src/extract-candidate/candidate-types.js';
import { extractCandidate } from '../../src/extract-candidate/extract-candidate.js';
import { segmentSections } from '../../src/segment-sections/group-lines-into-sections.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';

/** The candidate a resume's text gives through sections and extraction, with open ranges ending in November 2026. */
export function extractText(text: string, taxonomy: CompiledTaxonomy): Candidate {
  return extractCandidate(segmentSections(text, taxonomy), { taxonomy, referenceDate: { year: 2026, month: 11 } });
}
