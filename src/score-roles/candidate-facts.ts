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
  /** Skill id → the first skill related to it that the candidate holds (Freshdesk for Zendesk), where there is one. */
  readonly relatedHeld: ReadonlyMap<string, FoundSkill>;
}

export function candidateFacts(candidate: Candidate, taxonomy: CompiledTaxonomy): CandidateFacts {
  const skills = new Map(candidate.skills.map((s) => [s.id, s]));
  return {
    candidate,
    skills,
    certifications: new Map(candidate.certifications.map((c) => [c.id, c])),
    servedBy: candidate.positions.map((p) => rolesServedBy(p, taxonomy)),
    relatedHeld: relatedHeld(skills, taxonomy),
  };
}

/**
 * Relations run either way, so the skills with a related skill held are those related to a held one: a few dozen,
 * looked up once here instead of once per role that requires them.
 */
function relatedHeld(held: ReadonlyMap<string, FoundSkill>, taxonomy: CompiledTaxonomy): Map<string, FoundSkill> {
  const found = new Map<string, FoundSkill>();
  for (const id of held.keys()) {
    for (const other of taxonomy.relatedSkills.get(id) ?? []) {
      if (found.has(other)) continue;
      const first = taxonomy.relatedSkills.get(other)?.find((candidate) => held.has(candidate));
      const skill = first === undefined ? undefined : held.get(first);
      if (skill) found.set(other, skill);
    }
  }
  return found;
}
