/**
 * Gaps the advice leaves out although the score counts them, each with its reason: a credential the candidate cannot
 * take where they live, or may not (where the resume does not say), and language tests and skills (and the typing skill) that only repeat the role's own screening
 * requirement. One gap per need, so that a job seeker is not told three times to prove the same English.
 */
import type { Candidate } from '../extract-candidate/candidate-types.js';
import type { Requirement, RoleScore } from '../score-roles/match-types.js';
import { languageRequirementId, typingRequirementId } from '../score-roles/screening-requirements.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { SetAsideReason } from './gap-types.js';

/** What the advice may depend on besides the score: never the score itself. */
export interface AdviceContext {
  /** ISO code of the candidate's country, or null when unknown or withheld (blind screening). */
  readonly country: string | null;
  /** Ids of the skills the resume shows. */
  readonly skillsShown: ReadonlySet<string>;
}

/** Blind screening gives the same advice wherever the candidate lives, so that the advice does not betray it. */
export function adviceContextOf(candidate: Candidate, blind: boolean): AdviceContext {
  return { country: blind ? null : candidate.contact.country, skillsShown: new Set(candidate.skills.map((skill) => skill.id)) };
}

export interface SetAside {
  readonly reason: SetAsideReason;
  /** The countries offering it (by name), the requirement that covers it, or the skill the resume shows. */
  readonly because: string;
}

export function setAsideReason(
  requirement: Requirement,
  score: RoleScore,
  taxonomy: CompiledTaxonomy,
  context: AdviceContext,
): SetAside | null {
  const { languages } = taxonomy.source.screening;
  const screeningRequirement = (id: string): Requirement | undefined =>
    score.components.flatMap((c) => c.requirements).find((r) => r.kind === 'screening' && r.id === id);
  const languageRequirement = (language: string): Requirement | undefined => screeningRequirement(languageRequirementId(language));
  if (requirement.kind === 'certification') {
    const certification = taxonomy.certificationsById.get(requirement.id);
    const offeredIn = certification?.offeredIn;
    // Offered in some countries only, it is advised only to a candidate known to live in one: a Manchester resume
    // whose town the taxonomy does not know was told to take a TESDA course.
    if (offeredIn !== undefined && (context.country === null || !offeredIn.includes(context.country))) {
      return { reason: 'not_offered_in_country', because: offeredIn.map((code) => taxonomy.countryNames.get(code) ?? code).join(', ') };
    }
    const tested = certification?.testsLanguage;
    if (tested === undefined) return null;
    const covering = languageRequirement(tested);
    // A test of a language the resume already shows at the level asked proves nothing more: it is no step to take.
    if (covering?.status === 'met') return { reason: 'requirement_met', because: covering.label };
    if (covering) return { reason: 'covered_by_requirement', because: covering.label };
    const skill = languages.find((l) => l.id === tested)?.skill;
    if (skill !== undefined && context.skillsShown.has(skill)) {
      return { reason: 'language_shown', because: taxonomy.skillsById.get(skill)?.name ?? skill };
    }
    return null;
  }
  // A country's own tax is advised only to a candidate known to live there: a Kenyan accountant needs no GST course.
  const usedIn = requirement.kind === 'skill' ? taxonomy.skillsById.get(requirement.id)?.usedIn : undefined;
  if (usedIn !== undefined && (context.country === null || !usedIn.includes(context.country))) {
    return { reason: 'not_used_in_country', because: usedIn.map((code) => taxonomy.countryNames.get(code) ?? code).join(', ') };
  }
  const covering = coveringScreening(requirement, score, taxonomy);
  if (covering?.status === 'met') return { reason: 'requirement_met', because: covering.label };
  if (covering) return { reason: 'covered_by_requirement', because: covering.label };
  return null;
}

/**
 * The role's screening requirement that a skill requirement repeats: a language's skill and its level, the typing
 * skill and the speed. Undefined when none does.
 */
export function coveringScreening(requirement: Requirement, score: RoleScore, taxonomy: CompiledTaxonomy): Requirement | undefined {
  if (requirement.kind !== 'skill') return undefined;
  const { languages, typing } = taxonomy.source.screening;
  const screening = score.components.find((c) => c.id === 'screening')?.requirements ?? [];
  const screeningRequirement = (id: string): Requirement | undefined => screening.find((r) => r.id === id);
  // Several languages may share one skill (Tamil and Telugu are Indian regional languages): any asked for covers it.
  const spoken = languages.filter((l) => l.skill === requirement.id).flatMap((l) => screeningRequirement(languageRequirementId(l.id)) ?? []);
  return spoken[0] ?? (requirement.id === typing.skill ? screeningRequirement(typingRequirementId) : undefined);
}
