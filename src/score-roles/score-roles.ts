/** Stage 4: every role scored 0-100 from weighted components, then ranked best first. */
import type { Candidate } from '../extract-candidate/candidate-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Role, ScoringRules } from '../taxonomy/taxonomy-schema.js';
import { assessReadiness } from './assess-readiness.js';
import { candidateFacts, type CandidateFacts } from './candidate-facts.js';
import { screeningRequirements } from './screening-requirements.js';
import type { ComponentId, Requirement, RoleScore, ScoreComponent } from './match-types.js';
import {
  certificationRequirements,
  educationRequirements,
  experienceRequirement,
  skillRequirements,
  titleRequirement,
} from './score-components.js';

/** Components' values are kept to this many decimals, scores are whole points: no false precision in outputs. */
const valueDecimals = 3;

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function weightedCredit(requirements: readonly Requirement[]): number {
  const total = requirements.reduce((sum, r) => sum + r.weight, 0);
  return total === 0 ? 0 : requirements.reduce((sum, r) => sum + r.weight * r.credit, 0) / total;
}

export function bandOf(score: number, scoring: ScoringRules): string {
  return (scoring.bands.find((band) => score >= band.min) ?? scoring.bands.at(-1))?.id ?? 'weak';
}

export function scoreRole(role: Role, candidate: Candidate | CandidateFacts, taxonomy: CompiledTaxonomy): RoleScore {
  const facts = 'servedBy' in candidate ? candidate : candidateFacts(candidate, taxonomy);
  const { scoring } = taxonomy.source;
  const parts: [ComponentId, Requirement[]][] = [
    ['mustHaveSkills', skillRequirements(role, 'must-have', facts, taxonomy)],
    ['importantSkills', skillRequirements(role, 'important', facts, taxonomy)],
    ['niceToHaveSkills', skillRequirements(role, 'nice-to-have', facts, taxonomy)],
    ['experience', [experienceRequirement(role, facts, taxonomy)]],
    ['education', educationRequirements(role, facts, taxonomy)],
    ['certifications', certificationRequirements(role, facts, taxonomy)],
    ['title', [titleRequirement(role, facts, taxonomy)]],
    ['screening', screeningRequirements(role, facts, taxonomy)],
  ];
  // A component with nothing to require (a role listing no certifications) drops out; the others share its weight.
  const applicable = parts.filter(([, requirements]) => requirements.length > 0);
  const totalWeight = applicable.reduce((sum, [id]) => sum + scoring.components[id], 0);
  const components: ScoreComponent[] = applicable.map(([id, requirements]) => {
    const weight = scoring.components[id];
    const share = totalWeight === 0 ? 0 : weight / totalWeight;
    const value = weightedCredit(requirements);
    return {
      id,
      weight,
      share: round(share, valueDecimals),
      value: round(value, valueDecimals),
      contribution: round(share * value * 100, 1),
      requirements,
    };
  });
  const score = Math.round(components.reduce((sum, c) => sum + c.share * c.value * 100, 0));
  const readiness = assessReadiness(score, components, role, scoring);
  return { roleId: role.id, title: role.title, score, band: bandOf(score, scoring), readiness, components };
}

/** Scores for the given roles (all when none are named), best first; ties by role id so output is stable. */
export function scoreRoles(candidate: Candidate, taxonomy: CompiledTaxonomy, roleIds?: readonly string[]): RoleScore[] {
  const roles = roleIds ? roleIds.flatMap((id) => taxonomy.rolesById.get(id) ?? []) : taxonomy.source.roles;
  const facts = candidateFacts(candidate, taxonomy);
  return roles
    .map((role) => scoreRole(role, facts, taxonomy))
    .sort((a, b) => b.score - a.score || a.roleId.localeCompare(b.roleId));
}
