/**
 * Skills a resume shows without naming them (through a screening figure, a job's title), added with the text that
 * shows them. A skill the resume names keeps its own evidence; the others are added in the order first shown.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Evidence, FoundSkill } from './candidate-types.js';
import { maxEvidencePerFinding } from './find-skills.js';

/** Skill id → the evidence that shows it, gathered by `show`. */
export type ShownSkills = Map<string, Evidence[]>;

export function show(shown: ShownSkills, id: string | undefined, evidence: readonly Evidence[]): void {
  if (id === undefined || evidence.length === 0) return;
  shown.set(id, [...(shown.get(id) ?? []), ...evidence]);
}

export function withShownSkills(skills: readonly FoundSkill[], shown: ShownSkills, taxonomy: CompiledTaxonomy): FoundSkill[] {
  const held = new Set(skills.map((found) => found.id));
  const added: FoundSkill[] = [];
  for (const [id, evidence] of shown) {
    const skill = taxonomy.skillsById.get(id);
    if (skill === undefined || held.has(id)) continue;
    added.push({ id, name: skill.name, evidence: evidence.slice(0, maxEvidencePerFinding), viaCertifications: [] });
  }
  return [...skills, ...added];
}
