/**
 * A job held under a role's title shows the one skill that defines the role: a "Collections Agent" collected debts, a
 * "Call Center Agent" served customers, whether or not a bullet says so in the taxonomy's words. Only roles that one
 * skill defines alone lend theirs (see skillDefiningRole). Some titles show skills of their own (vocabulary.yaml's
 * titleSkills): a "Registered Nurse" knows anatomy and medical terminology. The title is the evidence.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Evidence, FoundSkill, Position, UndatedPosition } from './candidate-types.js';
import { withoutFalseFriends } from '../text/false-friends.js';
import type { TermHit } from '../text/term-matcher.js';
import { show, withShownSkills, type ShownSkills } from './add-shown-skills.js';

/** The title's own words within the job's evidence, else the whole header. */
function titleEvidence(title: string, evidence: Evidence): Evidence {
  const at = evidence.text.indexOf(title);
  if (at < 0) return evidence;
  return { ...evidence, text: title, start: evidence.start + at, end: evidence.start + at + title.length };
}

export function withTitleSkills(
  skills: readonly FoundSkill[],
  jobs: readonly (Position | UndatedPosition)[],
  taxonomy: CompiledTaxonomy,
): FoundSkill[] {
  const shown: ShownSkills = new Map();
  for (const job of jobs) {
    if (job.title === null) continue;
    const evidence = [titleEvidence(job.title, job.evidence)];
    for (const role of job.titleRoles) show(shown, taxonomy.skillDefiningRole.get(role), evidence);
    // "Professional Nurse (Registered Nurse)" names two titles and one job: its skills are shown once.
    for (const skill of new Set(titleSkillHits(job.title, taxonomy).flatMap((hit) => hit.value))) show(shown, skill, evidence);
  }
  return withShownSkills(skills, shown, taxonomy);
}

/**
 * The titleSkills a title names, those standing inside a role's title false friend aside: a "Ticket Collector" or a
 * "Peer Recovery Specialist" makes no collection calls, though "Collector" and "Recovery Specialist" do.
 */
function titleSkillHits(title: string, taxonomy: CompiledTaxonomy): TermHit<readonly string[]>[] {
  const roles = [...taxonomy.titleFalseFriends.keys()];
  return taxonomy.titleSkills
    .findAll(title)
    .filter((hit) => roles.every((role) => withoutFalseFriends([{ ...hit, value: role }], title, taxonomy.titleFalseFriends).length > 0));
}
