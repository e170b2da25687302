import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/score-roles/assess-readiness.js';
import type { Requirement, ScoreComponent } from '../../src/score-roles/match-types.js';
import { noEducationLevelFound, statusOf } from '../../src/score-roles/score-components.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();
const { scoring } = taxonomy.source;

function requirement(id: string, kind: Requirement['kind'], credit: number): Requirement {
  return { kind, id, label: id, importance: null, status: statusOf(credit), credit, weight: 1, detail: `${id} detail`, evidence: [] };
}

function components(mustHave: Record<string, number>, experience: number, educationLevel: number): ScoreComponent[] {
  // A component's value is its requirements' credit, weighted, as scoring computes it.
  const component = (id: ScoreComponent['id'], requirements: Requirement[]): ScoreComponent => ({
    id, weight: 1, share: 0, value: requirements.reduce((sum, r) => sum + r.credit * r.weight, 0) / Math.max(1, requirements.length), contribution: 0, requirements,
  });
  return [
    component('mustHaveSkills', Object.entries(mustHave).map(([id, credit]) => requirement(id, 'skill', credit))),
    component('experience', [requirement('experience', 'experience', experience)]),
    component('education', [requirement('education-level', 'education', educationLevel)]),
  ];
}

function role(id: string) {
  const found = taxonomy.rolesById.get(id);
  if (!found) throw new Error(id);
  return found;
}

describe('assessReadiness', () => {
  const manager = role('operations-manager');
  const csr = role('customer-service-representative');

  it('is ready now when every must-have, the experience and the education are there', () => {
    expect(assessReadiness(85, components({ 'People Management': 1 }, 1, 1), manager, scoring)).toEqual({
      level: 'ready-now', label: scoring.readiness.readyNow.label, reasons: [],
    });
  });

  it('is ready with training when only skills are missing, and names them', () => {
    const readiness = assessReadiness(65, components({ 'People Management': 1, 'SLA Management': 0 }, 1, 1), manager, scoring);
    expect(readiness.level).toBe('ready-with-training');
    expect(readiness.reasons).toEqual(['must-have skills missing: SLA Management']);
  });

  it('says a score short of ready now in words a candidate reads: the score and what is needed', () => {
    const needed = scoring.readiness.readyNow.minScore;
    const readiness = assessReadiness(needed - 5, components({ 'People Management': 1, 'SLA Management': 1 }, 1, 1), manager, scoring);
    expect(readiness.reasons).toEqual([`a fit score of ${needed - 5} (${needed} is needed)`]);
  });

  it('counts a partly met skill as something to train, not as missing', () => {
    const readiness = assessReadiness(80, components({ 'People Management': 0.4 }, 1, 1), manager, scoring);
    expect(readiness.level).toBe('ready-with-training');
    expect(readiness.reasons).toEqual(['must-have skills only partly met, through related skills: People Management']);
  });

  it('is ready now with one must-have partly met when the others are met', () => {
    const mostly = { 'People Management': 1, 'SLA Management': 1, 'Escalation Management': 1, Reporting: 0.4 };
    expect(assessReadiness(80, components(mostly, 1, 1), manager, scoring).level).toBe('ready-now');
    const barely = { 'People Management': 1, 'SLA Management': 0.4, 'Escalation Management': 0.4, Reporting: 0.4 };
    expect(assessReadiness(80, components(barely, 1, 1), manager, scoring).level).toBe('ready-with-training');
  });

  it('is a longer path when years of experience are missing', () => {
    const readiness = assessReadiness(50, components({ 'People Management': 1 }, 0.1, 1), manager, scoring);
    expect(readiness.level).toBe('longer-path');
    expect(readiness.reasons.join(' ')).toContain('relevant experience short of the minimum');
  });

  it('is a longer path when the education level is below the minimum', () => {
    const below = assessReadiness(50, components({ 'People Management': 1 }, 1, 0), manager, scoring);
    expect(below.level).toBe('longer-path');
    expect(below.reasons).toContain("education below the role's minimum level");
  });

  it('says a resume lists no schooling, rather than schooling below the minimum', () => {
    const listed = components({ 'People Management': 1 }, 1, 0).map((component) => component.id !== 'education' ? component : {
      ...component,
      requirements: component.requirements.map((r) => ({ ...r, detail: noEducationLevelFound })),
    });
    expect(assessReadiness(50, listed, manager, scoring).reasons).toContain('no schooling listed on the resume');
  });

  it('does not hold someone who has held the title, with its experience, back for want of the degree', () => {
    const withTitle = (titleCredit: number, experience: number): ScoreComponent[] => [
      ...components({ 'People Management': 1 }, experience, 0),
      { id: 'title', weight: 1, share: 0, value: titleCredit, contribution: 0, requirements: [requirement('title', 'title', titleCredit)] },
    ];
    expect(scoring.readiness.titleWaivesEducation).toBe(true);
    const promoted = assessReadiness(72, withTitle(1, 1), manager, scoring);
    expect(promoted.level).toBe('ready-now');
    // The title without the experience, or the experience without the title, waives nothing.
    expect(assessReadiness(72, withTitle(1, 0.1), manager, scoring).level).toBe('longer-path');
    expect(assessReadiness(72, withTitle(0, 1), manager, scoring).level).toBe('longer-path');
  });

  it('does not hold a beginner back from a role that asks for no experience', () => {
    expect(csr.experience.minimumMonths).toBe(0);
    expect(assessReadiness(50, components({ 'Customer Service': 1 }, 0, 1), csr, scoring).level).toBe('ready-with-training');
  });
});
