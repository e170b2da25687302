/** Skills named in the resume (by name or alias), plus skills its certifications evidence. */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { TermHit } from '../text/term-matcher.js';
import { sharedHeadHits } from '../text/shared-head-hits.js';
import type { Token } from '../text/tokenize.js';
import type { Evidence, FoundCertification, FoundSkill } from './candidate-types.js';
import type { EvidenceLocator } from './locate-evidence.js';

/** Enough places to prove a finding; a skill named twenty times needs no twenty quotes. */
export const maxEvidencePerFinding = 3;

export function groupHitsById(hits: readonly TermHit<string>[], locate: EvidenceLocator): Map<string, Evidence[]> {
  const grouped = new Map<string, Evidence[]>();
  for (const hit of hits) {
    const list = grouped.get(hit.value) ?? [];
    // The same words found twice (by an alias and by a phrasing) are one piece of evidence.
    const again = list.some((evidence) => evidence.start === hit.start && evidence.end === hit.end);
    if (!again && list.length < maxEvidencePerFinding) list.push(locate(hit.start, hit.end));
    grouped.set(hit.value, list);
  }
  return grouped;
}

/**
 * Every place the text names a skill, in order: by a name or an alias (a longer phrase also proves the skills it
 * starts with: "Excel pivot tables" is Excel too), through the words a list's items share ("chat and email support"),
 * or by a verb and its object ("supervised a seasonal staff").
 */
export function findSkillHits(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): TermHit<string>[] {
  const named = taxonomy.skills.findAll(text, tokens, true);
  const listed = sharedHeadHits(taxonomy.skills, text, tokens, taxonomy.listJoiners, named);
  const phrased = taxonomy.skillPhrasings.findAll(text, tokens);
  if (phrased.length === 0 && listed.hits.length === 0) return named;
  const kept = listed.superseded.size === 0 ? named : named.filter((hit) => !listed.superseded.has(hit));
  return [...kept, ...listed.hits, ...phrased].sort((a, b) => a.start - b.start);
}

/**
 * A skill that is a kind of a broader one shows both: "Salesforce" is evidence of CRM software too. The broader skill
 * gets the narrower one's evidence, after its own.
 */
function withImpliedSkills(stated: Map<string, Evidence[]>, taxonomy: CompiledTaxonomy): Map<string, Evidence[]> {
  const implied = new Map(stated);
  for (const [id, evidence] of stated) {
    for (const broader of taxonomy.skillsById.get(id)?.implies ?? []) {
      implied.set(broader, [...(implied.get(broader) ?? []), ...evidence].slice(0, maxEvidencePerFinding));
    }
  }
  return implied;
}

export function findSkills(
  hits: readonly TermHit<string>[],
  certifications: readonly FoundCertification[],
  taxonomy: CompiledTaxonomy,
  locate: EvidenceLocator,
): FoundSkill[] {
  const stated = withImpliedSkills(groupHitsById(hits, locate), taxonomy);
  const viaCertifications = new Map<string, string[]>();
  for (const found of certifications) {
    for (const skill of taxonomy.certificationsById.get(found.id)?.skills ?? []) {
      viaCertifications.set(skill, [...(viaCertifications.get(skill) ?? []), found.id]);
    }
  }
  const ids = [...new Set([...stated.keys(), ...viaCertifications.keys()])];
  return ids.flatMap((id) => {
    const skill = taxonomy.skillsById.get(id);
    if (!skill) return [];
    return [{ id, name: skill.name, evidence: stated.get(id) ?? [], viaCertifications: viaCertifications.get(id) ?? [] }];
  });
}
