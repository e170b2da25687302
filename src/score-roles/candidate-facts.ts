/** What scoring asks of a candidate for every role, worked out once per candidate rather than once per role. */
import type { Candidate, EducationEntry, FoundCertification, FoundSkill, UndatedPosition } from '../extract-candidate/candidate-types.js';
import { rolesServedBy, rolesServedByUndated } from '../extract-candidate/sum-experience.js';
import { attainedLevel } from '../extract-candidate/attained-level.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { EducationLevel } from '../taxonomy/taxonomy-schema.js';
import { markSkills, skillNumbers } from './skill-numbers.js';

export interface CandidateFacts {
  readonly candidate: Candidate;
  readonly skills: ReadonlyMap<string, FoundSkill>;
  readonly certifications: ReadonlyMap<string, FoundCertification>;
  /** Certification id → a held certification that covers it (a Green Belt for a Yellow Belt), when it is not held. */
  readonly coveringCertifications: ReadonlyMap<string, FoundCertification>;
  /** For each position, in order: the roles its experience counts for (by its title or a related title). */
  readonly servedBy: readonly ReadonlySet<string>[];
  /** For each position, in order: the skills its own lines state, as a set (see find-duty-skills.ts). */
  readonly dutySkills: readonly ReadonlySet<string>[];
  /** For each undated job that states its months, in order: the job and the roles its months count for. */
  readonly undatedServing: readonly { readonly job: UndatedPosition; readonly roles: ReadonlySet<string> }[];
  /**
   * Skill id → the first skill related to it that the candidate holds (Freshdesk for Zendesk), for the skills some
   * role requires and the candidate does not hold, where there is one: only those are ever scored through a relation.
   */
  readonly relatedHeld: ReadonlyMap<string, FoundSkill>;
  /**
   * By skill number: 1 where the candidate holds the skill or one related to it. A role skill marked 0 is simply
   * missing, which is most of them; only the others need the look-ups above.
   */
  readonly heldOrRelated: Uint8Array;
  /** The highest education level found, and the entry that shows it. */
  readonly highestLevel: EducationLevel | undefined;
  readonly highestEntry: EducationEntry | undefined;
  /** The unfinished degree of the highest level, when it is above every finished one. */
  readonly unfinished: { readonly entry: EducationEntry; readonly level: EducationLevel } | undefined;
}

export function candidateFacts(candidate: Candidate, taxonomy: CompiledTaxonomy): CandidateFacts {
  const skills = new Map<string, FoundSkill>();
  for (const skill of candidate.skills) skills.set(skill.id, skill);
  const certifications = new Map<string, FoundCertification>();
  for (const certification of candidate.certifications) certifications.set(certification.id, certification);
  const covering = new Map<string, FoundCertification>();
  for (const certification of candidate.certifications) {
    for (const covered of taxonomy.certificationsById.get(certification.id)?.covers ?? []) {
      if (!certifications.has(covered) && !covering.has(covered)) covering.set(covered, certification);
    }
  }
  const { education } = candidate;
  const highestLevel = education.highestLevel ? taxonomy.levelsById.get(education.highestLevel) : undefined;
  const related = relatedHeld(skills, taxonomy);
  const numbers = skillNumbers(taxonomy);
  return {
    candidate,
    skills,
    certifications,
    coveringCertifications: covering,
    servedBy: candidate.positions.map((p) => rolesServedBy(p, taxonomy)),
    dutySkills: candidate.positions.map((p) => new Set(p.dutySkills)),
    undatedServing: candidate.undatedPositions.flatMap((job) => (job.months === null ? [] : [{ job, roles: rolesServedByUndated(job, taxonomy) }])),
    relatedHeld: related,
    heldOrRelated: markSkills(related.keys(), numbers, markSkills(skills.keys(), numbers)),
    highestLevel,
    highestEntry: education.entries.find((e) => attainedLevel(e, taxonomy)?.id === highestLevel?.id),
    unfinished: highestUnfinished(education.entries, highestLevel, taxonomy),
  };
}

function highestUnfinished(
  entries: readonly EducationEntry[],
  attained: EducationLevel | undefined,
  taxonomy: CompiledTaxonomy,
): CandidateFacts['unfinished'] {
  let best: CandidateFacts['unfinished'];
  for (const entry of entries) {
    const level = entry.completed || entry.level === null ? undefined : taxonomy.levelsById.get(entry.level);
    if (level && level.rank > (attained?.rank ?? -1) && (!best || level.rank > best.level.rank)) best = { entry, level };
  }
  return best;
}

/** A skill some role requires, related to a given skill. */
export interface RelatedRoleSkill {
  readonly id: string;
  /**
   * Its own related skills in the taxonomy's order, up to and including the given skill: when that one is held, the
   * first held of these is the first held of all, and the rest need not be looked at.
   */
  readonly firstHeldAmong: readonly string[];
}

/**
 * Skill id → the skills related to it that some role requires. Built once per taxonomy (it is immutable): most
 * relations lead to skills no role asks for, which need not be looked at for every resume.
 */
const relatedRoleSkillsSeen = new WeakMap<CompiledTaxonomy, ReadonlyMap<string, readonly RelatedRoleSkill[]>>();

export function relatedRoleSkills(taxonomy: CompiledTaxonomy): ReadonlyMap<string, readonly RelatedRoleSkill[]> {
  let table = relatedRoleSkillsSeen.get(taxonomy);
  if (!table) {
    const required = new Set(taxonomy.source.roles.flatMap((role) => role.skills.map((s) => s.skill)));
    const { languages, multilingual } = taxonomy.source.screening;
    const languageSkills = new Set(languages.flatMap((language) => language.skill ?? []));
    const speaking = new Set([...languageSkills, ...(multilingual ? [multilingual.skill] : [])]);
    // One language never stands in for another: a speaker of English and Filipino has no Hindi.
    const standsIn = (held: string, other: string): boolean => !(speaking.has(held) && languageSkills.has(other));
    const built = new Map<string, readonly RelatedRoleSkill[]>();
    for (const [id, related] of taxonomy.relatedSkills) {
      const wanted = related.filter((other) => required.has(other) && standsIn(id, other)).map((other) => {
        const ofOther = (taxonomy.relatedSkills.get(other) ?? []).filter((held) => standsIn(held, other));
        const at = ofOther.indexOf(id);
        return { id: other, firstHeldAmong: at < 0 ? ofOther : ofOther.slice(0, at + 1) };
      });
      if (wanted.length > 0) built.set(id, wanted);
    }
    table = built;
    relatedRoleSkillsSeen.set(taxonomy, table);
  }
  return table;
}

/**
 * Relations run either way, so the skills with a related skill held are those related to a held one: a few dozen,
 * looked up once here instead of once per role that requires them.
 */
function relatedHeld(held: ReadonlyMap<string, FoundSkill>, taxonomy: CompiledTaxonomy): Map<string, FoundSkill> {
  const found = new Map<string, FoundSkill>();
  const table = relatedRoleSkills(taxonomy);
  for (const id of held.keys()) {
    const others = table.get(id);
    if (others === undefined) continue;
    for (const other of others) {
      if (held.has(other.id) || found.has(other.id)) continue;
      const skill = firstHeld(other.firstHeldAmong, held);
      if (skill) found.set(other.id, skill);
    }
  }
  return found;
}

/** The first of the skills, in the taxonomy's order, that the candidate holds. */
function firstHeld(ids: readonly string[], held: ReadonlyMap<string, FoundSkill>): FoundSkill | undefined {
  for (const id of ids) {
    const skill = held.get(id);
    if (skill) return skill;
  }
  return undefined;
}
