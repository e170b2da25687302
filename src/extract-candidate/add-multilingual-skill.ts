/**
 * A resume that lists several languages shows the skill of speaking them, whether or not it says "bilingual": "English
 * (fluent), Hindi (native), Marathi (native)" is multilingual. The skill and the count are data (`multilingual` in
 * screening.yaml); the languages' mentions are its evidence.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { FoundSkill, Screening } from './candidate-types.js';
import { maxEvidencePerFinding } from './find-skills.js';

export function withMultilingualSkill(skills: readonly FoundSkill[], screening: Screening, taxonomy: CompiledTaxonomy): FoundSkill[] {
  const rule = taxonomy.source.screening.multilingual;
  const skill = rule === undefined ? undefined : taxonomy.skillsById.get(rule.skill);
  if (rule === undefined || skill === undefined || screening.languages.length < rule.minLanguages) return [...skills];
  const evidence = screening.languages.flatMap((language) => language.evidence.slice(0, 1)).slice(0, maxEvidencePerFinding);
  const stated = skills.find((found) => found.id === skill.id);
  if (stated) return skills.map((found) => (found === stated && found.evidence.length === 0 ? { ...found, evidence } : found));
  return [...skills, { id: skill.id, name: skill.name, evidence, viaCertifications: [] }];
}
