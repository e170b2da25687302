/**
 * A resume that states a typing speed shows the typing skill, however it words it: "Marunong mag-type (45 wpm)" names
 * no alias of the skill, but the speed is the proof. The skill is data (`typing.skill` in screening.yaml); the speed's
 * mentions are its evidence.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { FoundSkill, Screening } from './candidate-types.js';
import { maxEvidencePerFinding } from './find-skills.js';

export function withTypingSkill(skills: readonly FoundSkill[], screening: Screening, taxonomy: CompiledTaxonomy): FoundSkill[] {
  const id = taxonomy.source.screening.typing.skill;
  const skill = id === undefined ? undefined : taxonomy.skillsById.get(id);
  const speed = screening.typingSpeed;
  if (skill === undefined || speed === null || speed.evidence.length === 0 || skills.some((found) => found.id === skill.id)) return [...skills];
  return [...skills, { id: skill.id, name: skill.name, evidence: speed.evidence.slice(0, maxEvidencePerFinding), viaCertifications: [] }];
}
