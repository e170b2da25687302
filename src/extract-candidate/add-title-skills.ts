/**
 * A job held under a role's title shows the one skill that defines the role: a "Collections Agent" collected debts, a
 * "Call Center Agent" served customers, whether or not a bullet says so in the taxonomy's words. Only roles that one
 * skill defines alone lend theirs (see skillDefiningRole); the title is the evidence.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Evidence, FoundSkill, Position, UndatedPosition } from './candidate-types.js';
import { maxEvidencePerFinding } from './find-skills.js';

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
  const shown = new Map<string, Evidence[]>();
  for (const job of jobs) {
    if (job.title === null) continue;
    for (const role of job.titleRoles) {
      const skill = taxonomy.skillDefiningRole.get(role);
      if (skill !== undefined) shown.set(skill, [...(shown.get(skill) ?? []), titleEvidence(job.title, job.evidence)]);
    }
  }
  const held = new Set(skills.map((found) => found.id));
  const added: FoundSkill[] = [];
  for (const [id, evidence] of shown) {
    const skill = taxonomy.skillsById.get(id);
    if (skill === undefined || held.has(id)) continue;
    added.push({ id, name: skill.name, evidence: evidence.slice(0, maxEvidencePerFinding), viaCertifications: [] });
  }
  return [...skills, ...added];
}
