/** One function per score component: each turns what the resume holds into requirements with credits. */
import type { CandidateFacts } from './candidate-facts.js';
import { mergedMonths, rolesOfTitle, titlesOf } from '../extract-candidate/sum-experience.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { EducationLevel, Importance, Role, ScoringRules } from '../taxonomy/taxonomy-schema.js';
import type { Requirement, RequirementStatus } from './match-types.js';
import type { RolePlan, RoleSkill } from './role-plan.js';

export function statusOf(credit: number): RequirementStatus {
  return credit >= 1 ? 'met' : credit > 0 ? 'partial' : 'missing';
}

export function skillRequirements(
  plan: RolePlan,
  importance: Importance,
  facts: CandidateFacts,
  taxonomy: CompiledTaxonomy,
): Requirement[] {
  const held = facts.skills;
  const relatedCredit = taxonomy.source.scoring.relatedSkillCredit;
  const requirements: Requirement[] = [];
  for (const skill of plan.skills[importance]) {
    // "Zendesk or Salesforce": an alternative held meets the requirement in the skill's place.
    const alternative = skill.alternatives.length === 0 || held.has(skill.id) ? undefined : skill.alternatives.map((a) => held.get(a.id)).find((a) => a !== undefined);
    if (alternative) {
      const { id, label, weight } = skill;
      const detail = `alternative: ${alternative.name}`;
      requirements.push({ kind: 'skill', id, label, importance, status: 'met', credit: 1, weight, detail, evidence: alternative.evidence });
      continue;
    }
    if (facts.heldOrRelated[skill.number] === 0) {
      requirements.push(skill.missing);
      continue;
    }
    const { id, label, weight } = skill;
    const found = held.get(id);
    // Partial credit when the resume holds a skill related either way (Freshdesk for Zendesk and back).
    const related = found ? undefined : facts.relatedHeld.get(id);
    if (!found && !related) {
      requirements.push(skill.missing);
      continue;
    }
    const credit = found ? 1 : related ? relatedCredit : 0;
    // A skill held only through a certification is shown by the certification's own mention, and so is a related
    // skill held so ("related: Microsoft PowerPoint", through the MOS Associate).
    const shown = found ?? related;
    const via = shown && shown.evidence.length === 0 ? shown.viaCertifications.flatMap((c) => facts.certifications.get(c) ?? []) : [];
    requirements.push({
      kind: 'skill',
      id,
      label,
      importance,
      status: statusOf(credit),
      credit,
      weight,
      detail: related ? `related: ${related.name}${via.length > 0 ? ` (through ${via.map((c) => c.name).join(', ')})` : ''}` : via.length > 0 ? `through ${via.map((c) => c.name).join(', ')}` : null,
      evidence: via.length > 0 ? via.flatMap((c) => c.evidence) : (found?.evidence ?? related?.evidence ?? []),
    });
  }
  return requirements;
}

export function certificationRequirements(plan: RolePlan, facts: CandidateFacts): Requirement[] {
  const held = facts.certifications;
  const requirements: Requirement[] = [];
  for (const certification of plan.certifications) {
    const { id, label, importance } = certification;
    const own = held.get(id);
    // A certification that covers this one, or one the posting accepts in its place ("A+ (or Google IT Support)").
    const covering = own ? undefined : facts.coveringCertifications.get(id);
    const alternative = own ?? covering ? undefined : certification.alternatives.map((a) => held.get(a.id)).find((a) => a !== undefined);
    const found = own ?? covering ?? alternative;
    if (!found) {
      requirements.push(certification.missing);
      continue;
    }
    requirements.push({
      kind: 'certification',
      id,
      label,
      importance,
      status: 'met',
      credit: 1,
      weight: 1,
      detail: covering ? `through ${covering.name}` : alternative ? `alternative: ${alternative.name}` : null,
      evidence: found.evidence,
    });
  }
  return requirements;
}

export function experienceRequirement(role: Role, plan: RolePlan, { candidate, servedBy, dutySkills, undatedServing }: CandidateFacts, taxonomy: CompiledTaxonomy): Requirement {
  const { otherExperienceCredit, otherExperienceMaxCredit, dutyExperience } = taxonomy.source.scoring;
  const relevant = candidate.experience.relevantMonths[role.id] ?? 0;
  const titled = candidate.positions.filter((_, index) => servedBy[index]?.has(role.id));
  // Time asked for in a title ("2 years as a Team Leader") is not met by other jobs' duties, however close their work.
  const shown = role.experience.titledOnly ? [] : candidate.positions.filter((_, index) => !servedBy[index]?.has(role.id) && dutiesShowRole(dutySkills[index], plan, dutyExperience));
  // Months in jobs whose lines show the role's work, beyond those already counted under its titles.
  const fromDuties = shown.length === 0 ? 0 : mergedMonths([...titled, ...shown]) - mergedMonths(titled);
  const other = Math.max(0, candidate.experience.totalMonths - relevant - fromDuties);
  const target = plan.experienceTarget;
  // Years of unrelated work show a working life, not this role's skills: their credit is capped.
  const otherCredit = Math.min(otherExperienceMaxCredit, (other * otherExperienceCredit) / target);
  const dutyCredit = (fromDuties * dutyExperience.credit) / target;
  const credit = Math.min(1, relevant / target + dutyCredit + otherCredit);
  const evidence: Requirement['evidence'] = [];
  candidate.positions.forEach((position, index) => {
    if (servedBy[index]?.has(role.id) || shown.includes(position)) evidence.push(position.evidence);
  });
  // An undated job that states its duration counts too, and shows it.
  for (const { job, roles } of undatedServing) if (roles.has(role.id)) evidence.push(job.evidence);
  const duties = fromDuties > 0 ? `, ${fromDuties} in other jobs doing its work (counting as ${Math.floor(dutyCredit * target)})` : '';
  return {
    kind: 'experience',
    id: 'experience',
    label: plan.experienceLabel,
    importance: null,
    status: statusOf(credit),
    credit,
    weight: 1,
    detail: `${relevant} relevant${duties} and ${other} other months ${measure(role.experience.minimumMonths, target, Math.floor(otherCredit * target))}${candidate.positions.length === 0 ? undatedNote(undatedJobs(candidate).length) : ''}`,
    evidence,
  };
}

/** Whether a job's own lines state enough of the role's must-have and important skills (an alternative counts). */
function dutiesShowRole(stated: ReadonlySet<string> | undefined, plan: RolePlan, rule: ScoringRules['dutyExperience']): boolean {
  if (stated === undefined || stated.size < rule.minSkills) return false;
  const shows = (skill: RoleSkill): boolean => stated.has(skill.id) || skill.alternatives.some((a) => stated.has(a.id));
  const mustHave = plan.skills['must-have'].filter(shows).length;
  return mustHave >= rule.minMustHaveSkills && mustHave + plan.skills.important.filter(shows).length >= rule.minSkills;
}

/**
 * What the months are measured against: the minimum, and the months for full credit where they are more. What the
 * other months count as is said too, since they may meet a minimum alone ("0 relevant … 6 needed" and ready now); in
 * whole months, rounded down, so that 5.5 shown as 6 never meets a minimum of 6 that readiness finds unmet.
 */
function measure(minimum: number, target: number, otherCountAs: number): string {
  const others = otherCountAs > 0 ? `; the other months count as ${otherCountAs}` : '';
  if (target <= minimum) return `against ${target}${others}`;
  return `(${minimum === 0 ? 'none' : minimum} needed, ${target} for full credit${others})`;
}

/** Jobs listed without dates or a duration under an experience heading: not a headline or an objective. */
function undatedJobs(candidate: CandidateFacts['candidate']): CandidateFacts['candidate']['undatedPositions'] {
  return candidate.undatedPositions.filter((p) => p.evidence.section === 'experience' && p.months === null);
}

/**
 * In a resume that dates no job, the jobs it lists add no months: the detail says so, so that the person can date
 * them. (Where jobs are dated, an undated "job" is mostly the resume's headline.)
 */
function undatedNote(undated: number): string {
  if (undated === 0) return '';
  return `; ${undated} job${undated === 1 ? '' : 's'} listed without dates, which count${undated === 1 ? 's' : ''} for no months`;
}

/** The detail of an education level requirement when the resume names no level at all. */
export const noEducationLevelFound = 'no education level found';

/** "highest found: Bachelor's Degree", with a degree still under way when there is one above it. */
function levelDetail(highest: EducationLevel | undefined, unfinished: CandidateFacts['unfinished']): string {
  if (!unfinished) return highest ? `highest found: ${highest.name}` : noEducationLevelFound;
  return `${highest ? `highest finished: ${highest.name}` : 'no finished degree found'}; ${unfinished.level.name} not finished`;
}

/** Education as two requirements: the level (against the role's minimum) and, where the role prefers some, the field. */
export function educationRequirements(role: Role, plan: RolePlan, facts: CandidateFacts, taxonomy: CompiledTaxonomy): Requirement[] {
  const { educationRankPenalty, educationFieldWeight, unfinishedDegreeCredit } = taxonomy.source.scoring;
  const required = plan.requiredLevel;
  const { highestLevel: highest, highestEntry: entry } = facts;
  const shortBy = required && highest ? Math.max(0, required.rank - highest.rank) : null;
  // No level found counts as missing, unless the role asks for none at all.
  const attainedCredit = shortBy === null ? (required?.rank === 0 ? 1 : 0) : Math.max(0, 1 - shortBy * educationRankPenalty);
  // A degree under way that would meet the minimum is partly met, never more.
  const unfinished = facts.unfinished;
  const underWay = unfinished && required && unfinished.level.rank >= required.rank ? unfinishedDegreeCredit : 0;
  const levelCredit = Math.max(attainedCredit, underWay);
  const preferred = role.education.preferredFields;
  const level: Requirement = {
    kind: 'education',
    id: 'education-level',
    label: plan.educationLevelLabel,
    importance: null,
    status: statusOf(levelCredit),
    credit: levelCredit,
    weight: preferred.length > 0 ? 1 - educationFieldWeight : 1,
    detail: levelDetail(highest, unfinished),
    evidence: entry ? [entry.evidence] : [],
  };
  if (plan.educationFieldLabel === null) return [level];
  const fitting = facts.candidate.education.entries.find((e) => e.field !== null && preferred.includes(e.field));
  const field: Requirement = {
    kind: 'education',
    id: 'education-field',
    label: plan.educationFieldLabel,
    importance: null,
    status: fitting ? 'met' : 'missing',
    credit: fitting ? 1 : 0,
    weight: educationFieldWeight,
    detail: fitting?.field ? (taxonomy.fieldsById.get(fitting.field)?.name ?? fitting.field) : null,
    evidence: fitting ? [fitting.evidence] : [],
  };
  return [level, field];
}

export function titleRequirement(role: Role, plan: RolePlan, { candidate, servedBy }: CandidateFacts, taxonomy: CompiledTaxonomy): Requirement {
  const { relatedTitleCredit } = taxonomy.source.scoring;
  const named = candidate.positions.find((p) => p.titleRoles.includes(role.id));
  // A title of a related role, or one the role counts as relevant ("Billing Specialist" for a medical biller).
  const related = named ? undefined : candidate.positions.find((_, index) => servedBy[index]?.has(role.id));
  // In a resume that dates no job, a job listed without dates under an experience heading still shows the title was
  // held, though not for how long (experience says that). Elsewhere, or where other jobs are dated, an undated title
  // is mostly a headline or an objective ("To work as a Customer Service Representative"), unless it states how long
  // it was held ("Medical Coder – Omega Healthcare (3 yrs)").
  const undated = candidate.undatedPositions.find(
    (p) => p.evidence.section === 'experience' && p.titleRoles.includes(role.id) && (candidate.positions.length === 0 || p.months !== null),
  );
  const credit = named || undated ? 1 : related ? relatedTitleCredit : 0;
  const position = named ?? related;
  // The title that names the role, or counts for it, when the job's header names two.
  const shown = position && position.otherTitles.length > 0
    ? (titlesOf(position).find((title) => rolesOfTitle(title, taxonomy).includes(role.id)) ?? position.title)
    : (position?.title ?? undated?.title ?? null);
  const evidence = position ? [position.evidence] : undated ? [undated.evidence] : [];
  return {
    kind: 'title',
    id: 'title',
    label: plan.titleLabel,
    importance: null,
    status: statusOf(credit),
    credit,
    weight: 1,
    detail: shown,
    evidence,
  };
}
