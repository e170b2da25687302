/**
 * Skills a resume shows through a screening figure, however it words them: a typing speed ("Marunong mag-type (45
 * wpm)") is the typing skill, and a metric achieved ("98% accuracy", "AHT of 6:10") the skill of working to it. The
 * skills are data (`typing.skill` and each metric's `skill` in screening.yaml); the figures are their evidence.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Evidence, FoundSkill, Screening } from './candidate-types.js';
import { maxEvidencePerFinding } from './find-skills.js';

export function withScreenedSkills(skills: readonly FoundSkill[], screening: Screening, taxonomy: CompiledTaxonomy): FoundSkill[] {
  const { typing, metrics } = taxonomy.source.screening;
  const shown = new Map<string, Evidence[]>();
  const show = (id: string | undefined, evidence: readonly Evidence[]): void => {
    if (id === undefined || evidence.length === 0) return;
    shown.set(id, [...(shown.get(id) ?? []), ...evidence]);
  };
  show(typing.skill, screening.typingSpeed?.evidence ?? []);
  for (const metric of screening.metrics) show(metrics.find((m) => m.id === metric.id)?.skill, [metric.evidence]);
  const held = new Set(skills.map((found) => found.id));
  const added: FoundSkill[] = [];
  for (const [id, evidence] of shown) {
    const skill = taxonomy.skillsById.get(id);
    if (skill === undefined || held.has(id)) continue;
    added.push({ id, name: skill.name, evidence: evidence.slice(0, maxEvidencePerFinding), viaCertifications: [] });
  }
  return [...skills, ...added];
}
