/** Stage 4: every role scored 0-100 from weighted components, then ranked best first. */
import type { Candidate } from '../extract-candidate/candidate-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Role, ScoringRules } from '../taxonomy/taxonomy-schema.js';
import { assessReadiness, experienceAgainstMinimum } from './assess-readiness.js';
import { candidateFacts, type CandidateFacts } from './candidate-facts.js';
import { rolePlan, rolePlans, type RolePlan } from './role-plan.js';
import { languagesBelowMinimum, missingLanguages, screeningRequirements, typingBelowMinimum } from './screening-requirements.js';
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
  let total = 0;
  let credited = 0;
  for (const { weight, credit } of requirements) {
    total += weight;
    credited += weight * credit;
  }
  return total === 0 ? 0 : credited / total;
}

export function bandOf(score: number, scoring: ScoringRules): string {
  return (scoring.bands.find((band) => score >= band.min) ?? scoring.bands.at(-1))?.id ?? 'weak';
}

/**
 * The score's band, no higher than a cap: a must-have certification missing, a language the role asks for that the
 * resume never names, relevant experience short of the role's minimum, or a typing speed or language level stated
 * below it. Each decides eligibility, which a few points of one component cannot: a strong fit meets the role's
 * minimums. A file of several people's resumes is no one candidate, and is capped too.
 */
function cappedBandOf(score: number, components: readonly ScoreComponent[], role: Role, scoring: ScoringRules, resumesInFile: number): string {
  const rank = (id: string): number => scoring.bands.findIndex((b) => b.id === id);
  const certifications = components.find((c) => c.id === 'certifications')?.requirements ?? [];
  const screening = components.find((c) => c.id === 'screening')?.requirements ?? [];
  const experience = components.find((c) => c.id === 'experience')?.requirements[0];
  const shortOfExperience = experience !== undefined && experienceAgainstMinimum(experience.credit, role, scoring) < 1;
  const caps = [
    certifications.some((r) => r.importance === 'must-have' && r.status === 'missing') ? scoring.missingMustHaveCertificationMaxBand : undefined,
    missingLanguages(screening, role).length > 0 ? scoring.missingLanguageMaxBand : undefined,
    shortOfExperience ? scoring.experienceBelowMinimumMaxBand : undefined,
    typingBelowMinimum(screening) !== undefined || languagesBelowMinimum(screening, role).length > 0 ? scoring.screeningBelowMinimumMaxBand : undefined,
    resumesInFile > 1 ? scoring.severalResumesMaxBand : undefined,
  ].filter((cap): cap is string => cap !== undefined);
  return caps.reduce((band, cap) => (rank(band) < rank(cap) ? cap : band), bandOf(score, scoring));
}

export function scoreRole(
  role: Role,
  candidate: Candidate | CandidateFacts,
  taxonomy: CompiledTaxonomy,
  plans?: WeakMap<Role, RolePlan>,
): RoleScore {
  const facts = 'servedBy' in candidate ? candidate : candidateFacts(candidate, taxonomy);
  const plan = rolePlan(role, taxonomy, plans);
  const { scoring } = taxonomy.source;
  const parts: [ComponentId, Requirement[]][] = [
    ['mustHaveSkills', skillRequirements(plan, 'must-have', facts, taxonomy)],
    ['importantSkills', skillRequirements(plan, 'important', facts, taxonomy)],
    ['niceToHaveSkills', skillRequirements(plan, 'nice-to-have', facts, taxonomy)],
    // A posting that waives experience asks for none: the component drops out.
    ['experience', role.experience.waived ? [] : [experienceRequirement(role, plan, facts, taxonomy)]],
    ['education', educationRequirements(role, plan, facts, taxonomy)],
    ['certifications', certificationRequirements(plan, facts)],
    ['title', [titleRequirement(role, plan, facts, taxonomy)]],
    ['screening', screeningRequirements(role, facts, taxonomy)],
  ];
  // A component with nothing to require (a role listing no certifications) drops out; the others share its weight.
  let totalWeight = 0;
  for (const [id, requirements] of parts) if (requirements.length > 0) totalWeight += scoring.components[id];
  const components: ScoreComponent[] = [];
  let points = 0;
  for (const [id, requirements] of parts) {
    if (requirements.length === 0) continue;
    const weight = scoring.components[id];
    const share = totalWeight === 0 ? 0 : weight / totalWeight;
    const value = weightedCredit(requirements);
    const component: ScoreComponent = {
      id,
      weight,
      share: round(share, valueDecimals),
      value: round(value, valueDecimals),
      contribution: round(share * value * 100, 1),
      requirements,
    };
    components.push(component);
    // The score adds up the rounded shares and values the components show.
    points += component.share * component.value * 100;
  }
  const score = Math.round(points);
  const readiness = assessReadiness(score, components, role, scoring);
  return { roleId: role.id, title: role.title, score, band: cappedBandOf(score, components, role, scoring, facts.candidate.resumesInFile), readiness, components };
}

/** Scores for the given roles (all when none are named), best first; ties by role id so output is stable. */
export function scoreRoles(candidate: Candidate, taxonomy: CompiledTaxonomy, roleIds?: readonly string[]): RoleScore[] {
  const roles = roleIds ? roleIds.flatMap((id) => taxonomy.rolesById.get(id) ?? []) : taxonomy.source.roles;
  const facts = candidateFacts(candidate, taxonomy);
  const plans = rolePlans(taxonomy);
  return roles
    .map((role) => scoreRole(role, facts, taxonomy, plans))
    .sort((a, b) => b.score - a.score || a.roleId.localeCompare(b.roleId));
}
