/** Certifications named in the resume by name or alias. */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { TermHit } from '../text/term-matcher.js';
import type { FoundCertification } from './candidate-types.js';
import { groupHitsById } from './find-skills.js';
import type { EvidenceLocator } from './locate-evidence.js';

/**
 * An alias of one letter and its sign ("A+") is also how a grade ("Computer Networks — A+", "A+ in Mathematics") or a
 * blood group ("Blood Group: A+") is written: it names the certification only in the certifications section, whose
 * items are certifications ("A+, Network+, Security+", "A+ (2021)").
 */
const writtenLikeAGrade = /^\p{L}[+-]+$/u;
const certificationsSection = 'certifications';

export function findCertifications(
  hits: readonly TermHit<string>[],
  taxonomy: CompiledTaxonomy,
  locate: EvidenceLocator,
): FoundCertification[] {
  const named = hits.filter((hit) => !writtenLikeAGrade.test(hit.phrase) || locate(hit.start, hit.end).section === certificationsSection);
  return [...groupHitsById(named, locate)].flatMap(([id, evidence]) => {
    const certification = taxonomy.certificationsById.get(id);
    return certification ? [{ id, name: certification.name, evidence }] : [];
  });
}
