/** Certifications named in the resume by name or alias. */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { TermHit } from '../text/term-matcher.js';
import type { FoundCertification } from './candidate-types.js';
import { groupHitsById } from './find-skills.js';
import type { EvidenceLocator } from './locate-evidence.js';

export function findCertifications(
  hits: readonly TermHit<string>[],
  taxonomy: CompiledTaxonomy,
  locate: EvidenceLocator,
): FoundCertification[] {
  return [...groupHitsById(hits, locate)].flatMap(([id, evidence]) => {
    const certification = taxonomy.certificationsById.get(id);
    return certification ? [{ id, name: certification.name, evidence }] : [];
  });
}
