/**
 * The table of relations that scoring can use: for each skill, the skills related to it that some role requires,
 * in the taxonomy's order, and no others; each with the related skills worth looking at for the first one held.
 */
import { describe, expect, it } from 'vitest';
import { relatedRoleSkills } from '../../src/score-roles/candidate-facts.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();
const required = new Set(taxonomy.source.roles.flatMap((role) => role.skills.map((s) => s.skill)));
const { languages, multilingual } = taxonomy.source.screening;
const languageSkills = new Set(languages.flatMap((language) => language.skill ?? []));
const speaking = new Set([...languageSkills, multilingual?.skill ?? '']);
/** Whether holding one skill may stand in for another: no language, nor speaking several, for a language. */
const standsIn = (held: string, other: string): boolean => !(speaking.has(held) && languageSkills.has(other));

describe('relatedRoleSkills', () => {
  it('keeps, in order, exactly the related skills some role requires', () => {
    const table = relatedRoleSkills(taxonomy);
    for (const [id, related] of taxonomy.relatedSkills) {
      const wanted = related.filter((other) => required.has(other) && standsIn(id, other));
      expect((table.get(id) ?? []).map((other) => other.id), id).toEqual(wanted);
    }
  });

  it('looks for the first held among the related skills up to the one held, which is the first held of all', () => {
    for (const [id, others] of relatedRoleSkills(taxonomy)) {
      for (const other of others) {
        const all = (taxonomy.relatedSkills.get(other.id) ?? []).filter((held) => standsIn(held, other.id));
        expect(other.firstHeldAmong.at(-1), `${id} → ${other.id}`).toBe(id);
        expect(all.slice(0, other.firstHeldAmong.length)).toEqual(other.firstHeldAmong);
      }
    }
  });

  it('lets no language, nor the skill of speaking several, stand in for a language', () => {
    const table = relatedRoleSkills(taxonomy);
    expect(taxonomy.relatedSkills.get('english-proficiency')).toContain('hindi');
    expect((table.get('english-proficiency') ?? []).map((other) => other.id)).not.toContain('hindi');
    expect((table.get('bilingual') ?? []).map((other) => other.id)).not.toContain('spanish');
    // A language still shows the skill of speaking several.
    expect((table.get('spanish') ?? []).map((other) => other.id)).toContain('bilingual');
  });

  it('leaves out relations that lead only to skills no role requires', () => {
    const unused = [...taxonomy.relatedSkills].filter(([, related]) => related.every((other) => !required.has(other)));
    expect(unused.length).toBeGreaterThan(0);
    for (const [id] of unused) expect(relatedRoleSkills(taxonomy).has(id), id).toBe(false);
  });

  it('is built once per taxonomy', () => {
    expect(relatedRoleSkills(taxonomy)).toBe(relatedRoleSkills(taxonomy));
  });
});
