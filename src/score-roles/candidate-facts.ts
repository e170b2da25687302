/** What scoring asks of a candidate for every role, worked out once per candidate rather than once per role. */
import type { Candidate, FoundCertification, FoundSkill } from '../extract-candidate/candidate-types.js';
import { rolesServedBy } from '../extract-candidate/sum-experience.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';

export interface CandidateFacts {
  readonly candidate: Candidate;
  readonly skills: ReadonlyMap<string, FoundSkill>;
  readonly certifications: ReadonlyMap<string, FoundCertification>;
  /** For each position, in order: the roles its experience counts for (by its title or a related title). */
  readonly servedBy: readonly ReadonlySet<string>[];
}

export function candidateFacts(candidate: Candidate, taxonomy: CompiledTaxonomy): CandidateFacts {
  return {
    candidate,
    skills: new Map(candidate.skills.map((s) => [s.id, s])),
    certifications: new Map(candidate.certifications.map((c) => [c.id, c])),
    servedBy: candidate.positions.map((p) => rolesServedBy(p, taxonomy)),
  };
}
