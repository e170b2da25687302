/**
 * What scoring needs of a role that no resume changes (its skills with their names, its labels, its experience
 * target): worked out once per role and taxonomy, both immutable, rather than once per resume.
 */
import type { Evidence } from '../extract-candidate/candidate-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { EducationLevel, Importance, Role } from '../taxonomy/taxonomy-schema.js';
import type { Requirement } from './match-types.js';
import { skillNumbers } from './skill-numbers.js';

export interface RoleSkill {
  readonly id: string;
  /** Its number in the taxonomy (see skill-numbers.ts); -1 for a skill the taxonomy does not list. */
  readonly number: number;
  readonly label: string;
  readonly weight: number;
  /** Skills that meet the requirement in its place ("Zendesk or Salesforce"), with their taxonomy numbers. */
  readonly alternatives: readonly { readonly id: string; readonly number: number }[];
  /** The requirement when the resume holds neither the skill nor a related one: most are, for most resumes. */
  readonly missing: Requirement;
}

export interface RoleCertification {
  readonly id: string;
  readonly label: string;
  readonly importance: Importance;
  /** Certifications that meet the requirement in its place, by id and name. */
  readonly alternatives: readonly { readonly id: string; readonly label: string }[];
  /** The requirement when the resume does not hold the certification. */
  readonly missing: Requirement;
}

export interface RolePlan {
  readonly skills: Readonly<Record<Importance, readonly RoleSkill[]>>;
  readonly certifications: readonly RoleCertification[];
  readonly experienceLabel: string;
  /** Months the experience credit is measured against: the role's minimum, but never below the floor. */
  readonly experienceTarget: number;
  readonly requiredLevel: EducationLevel | undefined;
  readonly educationLevelLabel: string;
  /** The label of the preferred fields' requirement; null when the role prefers none. */
  readonly educationFieldLabel: string | null;
  readonly titleLabel: string;
}

/** Preferred fields named in a label before "or a related field". */
const namedFields = 3;

const plansSeen = new WeakMap<CompiledTaxonomy, WeakMap<Role, RolePlan>>();

/** The plans of one taxonomy: looked up once per resume, so that each role's plan is one lookup away. */
export function rolePlans(taxonomy: CompiledTaxonomy): WeakMap<Role, RolePlan> {
  let plans = plansSeen.get(taxonomy);
  if (!plans) {
    plans = new WeakMap();
    plansSeen.set(taxonomy, plans);
  }
  return plans;
}

export function rolePlan(role: Role, taxonomy: CompiledTaxonomy, plans = rolePlans(taxonomy)): RolePlan {
  let plan = plans.get(role);
  if (!plan) {
    plan = planOf(role, taxonomy);
    plans.set(role, plan);
  }
  return plan;
}

function planOf(role: Role, taxonomy: CompiledTaxonomy): RolePlan {
  const skills: Record<Importance, RoleSkill[]> = { 'must-have': [], important: [], 'nice-to-have': [] };
  const numbers = skillNumbers(taxonomy);
  for (const { skill: id, importance, weight, alternatives } of role.skills) {
    const label = taxonomy.skillsById.get(id)?.name ?? id;
    const number = numbers.get(id) ?? -1;
    const others = alternatives.map((other) => ({ id: other, number: numbers.get(other) ?? -1 }));
    skills[importance].push({ id, number, label, weight, alternatives: others, missing: missing('skill', id, label, importance, weight) });
  }
  const experienceTarget = Math.max(role.experience.minimumMonths, taxonomy.source.scoring.experienceFloorMonths);
  const requiredLevel = taxonomy.levelsById.get(role.education.minimumLevel);
  const fieldNames = role.education.preferredFields.map((id) => taxonomy.fieldsById.get(id)?.name ?? id);
  const more = fieldNames.length > namedFields ? ' or a related field' : '';
  return {
    skills,
    certifications: role.certifications.map(({ certification: id, importance, alternatives }) => {
      const label = taxonomy.certificationsById.get(id)?.name ?? id;
      const others = alternatives.map((other) => ({ id: other, label: taxonomy.certificationsById.get(other)?.name ?? other }));
      return { id, label, importance, alternatives: others, missing: missing('certification', id, label, importance, 1) };
    }),
    experienceLabel: experienceLabel(role.experience.minimumMonths, experienceTarget),
    experienceTarget,
    requiredLevel,
    educationLevelLabel: `${requiredLevel?.name ?? role.education.minimumLevel} or higher`,
    educationFieldLabel: fieldNames.length === 0 ? null : `Studies in ${fieldNames.slice(0, namedFields).join(', ')}${more}`,
    // The role's own name or one of its titles ("Accounts Assistant"), which the detail names.
    titleLabel: `Has held the title ${role.title} or one like it`,
  };
}

/**
 * "Relevant experience (24 months minimum)". Below the floor the label says what earns full credit, or a fresher
 * would read "0 months minimum" beside a gap in experience.
 */
function experienceLabel(minimum: number, target: number): string {
  if (target <= minimum) return `Relevant experience (${minimum} months minimum)`;
  const asked = minimum === 0 ? 'none required' : `${minimum} months minimum`;
  return `Relevant experience (${asked}; ${target} months earn full credit)`;
}

/**
 * A requirement the resume does not meet at all, the same for every resume: one object shared by all their scores,
 * frozen (its evidence list too) so that no reader of one score can change another.
 */
function missing(kind: 'skill' | 'certification', id: string, label: string, importance: Importance, weight: number): Requirement {
  const evidence: Evidence[] = [];
  Object.freeze(evidence);
  return Object.freeze({ kind, id, label, importance, status: 'missing', credit: 0, weight, detail: null, evidence });
}
