/** A role's plan: what scoring needs of it that no resume changes, worked out once per role and taxonomy. */
import { describe, expect, it } from 'vitest';
import { rolePlan, rolePlans } from '../../src/score-roles/role-plan.js';
import type { Role } from '../../src/taxonomy/taxonomy-schema.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();
const { roles } = taxonomy.source;

function roleWith(test: (role: Role) => boolean): Role {
  const found = roles.find(test);
  if (!found) throw new Error('no such role in the taxonomy');
  return found;
}

describe('rolePlan', () => {
  it('lists the role\'s skills of each importance in the role\'s order, with their names and weights', () => {
    for (const role of roles) {
      const plan = rolePlan(role, taxonomy);
      for (const importance of ['must-have', 'important', 'nice-to-have'] as const) {
        const expected = role.skills
          .filter((s) => s.importance === importance)
          .map((s) => ({ id: s.skill, label: taxonomy.skillsById.get(s.skill)?.name, weight: s.weight }));
        const listed = plan.skills[importance].map(({ id, label, weight }) => ({ id, label, weight }));
        expect(listed, `${role.id} ${importance}`).toEqual(expected);
      }
    }
  });

  it('names certifications and measures experience against the floor when the minimum is lower', () => {
    const role = roleWith((r) => r.experience.minimumMonths < taxonomy.source.scoring.experienceFloorMonths && r.certifications.length > 0);
    const plan = rolePlan(role, taxonomy);
    expect(plan.experienceTarget).toBe(taxonomy.source.scoring.experienceFloorMonths);
    const floor = taxonomy.source.scoring.experienceFloorMonths;
    const asked = role.experience.minimumMonths === 0 ? 'none required' : `${role.experience.minimumMonths} months minimum`;
    expect(plan.experienceLabel).toBe(`Relevant experience (${asked}; ${floor} months earn full credit)`);
    const senior = roleWith((r) => r.experience.minimumMonths > floor);
    expect(rolePlan(senior, taxonomy).experienceLabel).toBe(`Relevant experience (${senior.experience.minimumMonths} months minimum)`);
    expect(plan.certifications.map((c) => c.label)).toEqual(role.certifications.map((c) => taxonomy.certificationsById.get(c.certification)?.name));
  });

  it('names at most three preferred fields, and none when the role prefers none', () => {
    const many = roleWith((r) => r.education.preferredFields.length > 3);
    const label = rolePlan(many, taxonomy).educationFieldLabel;
    expect(label).toMatch(/^Studies in [^,]+, [^,]+, [^,]+ or a related field$/);
    const none = roles.find((r) => r.education.preferredFields.length === 0);
    if (none) expect(rolePlan(none, taxonomy).educationFieldLabel).toBeNull();
  });

  it('holds, for each skill and certification, the requirement a resume without it meets not at all, frozen', () => {
    const role = roleWith((r) => r.certifications.length > 0);
    const plan = rolePlan(role, taxonomy);
    const skill = plan.skills['must-have'][0];
    expect(skill?.missing).toEqual({
      kind: 'skill', id: skill?.id, label: skill?.label, importance: 'must-have', status: 'missing', credit: 0, weight: skill?.weight, detail: null, evidence: [],
    });
    const certification = plan.certifications[0];
    expect(certification?.missing).toMatchObject({ kind: 'certification', id: certification?.id, status: 'missing', credit: 0, weight: 1, evidence: [] });
    for (const shared of [skill?.missing, certification?.missing]) {
      expect(Object.isFrozen(shared)).toBe(true);
      expect(Object.isFrozen(shared?.evidence)).toBe(true);
    }
  });

  it('is worked out once per role and taxonomy', () => {
    const role = roleWith(() => true);
    expect(rolePlan(role, taxonomy)).toBe(rolePlan(role, taxonomy, rolePlans(taxonomy)));
  });
});
