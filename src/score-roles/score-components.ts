/** One function per score component: each turns what the resume holds into requirements with credits. */
import type { CandidateFacts } from './candidate-facts.js';
import { rolesOfTitle, titlesOf } from '../extract-candidate/sum-experience.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Importance, Role } from '../taxonomy/taxonomy-schema.js';
import type { Requirement, RequirementStatus } from './match-types.js';

export function statusOf(credit: number): RequirementStatus {
  return credit >= 1 ? 'met' : credit > 0 ? 'partial' : 'missing';
}

interface RoleSkill {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
}

/**
 * A role's skills of each importance, with their names: sorted out once per role and taxonomy (both are immutable)
 * rather than once per resume, which would look up every one of them again.
 */
const roleSkillsSeen = new WeakMap<CompiledTaxonomy, WeakMap<Role, ReadonlyMap<Importance, readonly RoleSkill[]>>>();

function roleSkillsOf(role: Role, importance: Importance, taxonomy: CompiledTaxonomy): readonly RoleSkill[] {
  let roles = roleSkillsSeen.get(taxonomy);
  if (!roles) {
    roles = new WeakMap();
    roleSkillsSeen.set(taxonomy, roles);
  }
  let byImportance = roles.get(role);
  if (!byImportance) {
    const grouped = new Map<Importance, RoleSkill[]>();
    for (const { skill: id, importance: of, weight } of role.skills) {
      const list = grouped.get(of) ?? [];
      list.push({ id, label: taxonomy.skillsById.get(id)?.name ?? id, weight });
      grouped.set(of, list);
    }
    byImportance = grouped;
    roles.set(role, byImportance);
  }
  return byImportance.get(importance) ?? [];
}

export function skillRequirements(
  role: Role,
  importance: Importance,
  facts: CandidateFacts,
  taxonomy: CompiledTaxonomy,
): Requirement[] {
  const held = facts.skills;
  const relatedCredit = taxonomy.source.scoring.relatedSkillCredit;
  return roleSkillsOf(role, importance, taxonomy).map(({ id, label, weight }) => {
    const found = held.get(id);
    // Partial credit when the resume holds a skill related either way (Freshdesk for Zendesk and back).
    const related = found ? undefined : facts.relatedHeld.get(id);
    const credit = found ? 1 : related ? relatedCredit : 0;
    const via = found && found.evidence.length === 0 && found.viaCertifications.length > 0;
    return {
      kind: 'skill' as const,
      id,
      label,
      importance,
      status: statusOf(credit),
      credit,
      weight,
      detail: related ? `related: ${related.name}` : via ? `through ${found.viaCertifications.join(', ')}` : null,
      evidence: found?.evidence ?? related?.evidence ?? [],
    };
  });
}

export function certificationRequirements(role: Role, facts: CandidateFacts, taxonomy: CompiledTaxonomy): Requirement[] {
  const held = facts.certifications;
  return role.certifications.map(({ certification: id, importance }) => {
    const found = held.get(id);
    return {
      kind: 'certification' as const,
      id,
      label: taxonomy.certificationsById.get(id)?.name ?? id,
      importance,
      status: found ? ('met' as const) : ('missing' as const),
      credit: found ? 1 : 0,
      weight: 1,
      detail: null,
      evidence: found?.evidence ?? [],
    };
  });
}

export function experienceRequirement(role: Role, { candidate, servedBy }: CandidateFacts, taxonomy: CompiledTaxonomy): Requirement {
  const { otherExperienceCredit, otherExperienceMaxCredit, experienceFloorMonths } = taxonomy.source.scoring;
  const relevant = candidate.experience.relevantMonths[role.id] ?? 0;
  const other = Math.max(0, candidate.experience.totalMonths - relevant);
  const target = Math.max(role.experience.minimumMonths, experienceFloorMonths);
  // Years of unrelated work show a working life, not this role's skills: their credit is capped.
  const otherCredit = Math.min(otherExperienceMaxCredit, (other * otherExperienceCredit) / target);
  const credit = Math.min(1, relevant / target + otherCredit);
  const counted = candidate.positions.filter((_, index) => servedBy[index]?.has(role.id));
  return {
    kind: 'experience',
    id: 'experience',
    label: `Relevant experience (${role.experience.minimumMonths} months minimum)`,
    importance: null,
    status: statusOf(credit),
    credit,
    weight: 1,
    detail: `${relevant} relevant and ${other} other months against ${target}`,
    evidence: counted.map((p) => p.evidence),
  };
}

/** Education as two requirements: the level (against the role's minimum) and, where the role prefers some, the field. */
export function educationRequirements(role: Role, { candidate }: CandidateFacts, taxonomy: CompiledTaxonomy): Requirement[] {
  const { educationRankPenalty, educationFieldWeight } = taxonomy.source.scoring;
  const required = taxonomy.levelsById.get(role.education.minimumLevel);
  const highest = candidate.education.highestLevel ? taxonomy.levelsById.get(candidate.education.highestLevel) : undefined;
  const shortBy = required && highest ? Math.max(0, required.rank - highest.rank) : null;
  // No level found counts as missing, unless the role asks for none at all.
  const levelCredit = shortBy === null ? (required?.rank === 0 ? 1 : 0) : Math.max(0, 1 - shortBy * educationRankPenalty);
  const entry = candidate.education.entries.find((e) => e.level === highest?.id);
  const preferred = role.education.preferredFields;
  const level: Requirement = {
    kind: 'education',
    id: 'education-level',
    label: `${required?.name ?? role.education.minimumLevel} or higher`,
    importance: null,
    status: statusOf(levelCredit),
    credit: levelCredit,
    weight: preferred.length > 0 ? 1 - educationFieldWeight : 1,
    detail: highest ? `highest found: ${highest.name}` : 'no education level found',
    evidence: entry ? [entry.evidence] : [],
  };
  if (preferred.length === 0) return [level];
  const fitting = candidate.education.entries.find((e) => e.field !== null && preferred.includes(e.field));
  const fieldNames = preferred.map((id) => taxonomy.fieldsById.get(id)?.name ?? id);
  const field: Requirement = {
    kind: 'education',
    id: 'education-field',
    label: `Studies in ${fieldNames.slice(0, 3).join(', ')}${fieldNames.length > 3 ? ' or a related field' : ''}`,
    importance: null,
    status: fitting ? 'met' : 'missing',
    credit: fitting ? 1 : 0,
    weight: educationFieldWeight,
    detail: fitting?.field ? (taxonomy.fieldsById.get(fitting.field)?.name ?? fitting.field) : null,
    evidence: fitting ? [fitting.evidence] : [],
  };
  return [level, field];
}

export function titleRequirement(role: Role, { candidate, servedBy }: CandidateFacts, taxonomy: CompiledTaxonomy): Requirement {
  const { relatedTitleCredit } = taxonomy.source.scoring;
  const named = candidate.positions.find((p) => p.titleRoles.includes(role.id));
  // A title of a related role, or one the role counts as relevant ("Billing Specialist" for a medical biller).
  const related = named ? undefined : candidate.positions.find((_, index) => servedBy[index]?.has(role.id));
  const credit = named ? 1 : related ? relatedTitleCredit : 0;
  const position = named ?? related;
  // The title that names the role, or counts for it, when the job's header names two.
  const names = (title: string): boolean => rolesOfTitle(title, taxonomy).includes(role.id);
  const shown = position && position.otherTitles.length > 0 ? (titlesOf(position).find(names) ?? position.title) : (position?.title ?? null);
  return {
    kind: 'title',
    id: 'title',
    label: `Has held the title ${role.title}`,
    importance: null,
    status: statusOf(credit),
    credit,
    weight: 1,
    detail: shown,
    evidence: position ? [position.evidence] : [],
  };
}
