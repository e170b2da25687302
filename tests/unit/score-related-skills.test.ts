/**
 * A role's skill the resume does not name earns part of its credit through a related skill the resume does name
 * (relations run either way: Freshdesk for Zendesk, and Zendesk for Freshdesk), and none without one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Requirement } from '../../src/score-roles/match-types.js';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

function requirement(text: string, roleId: string, skillId: string): Requirement | undefined {
  const match = scoreRoles(extractText(text, taxonomy), taxonomy).find((m) => m.roleId === roleId);
  return match?.components.flatMap((c) => c.requirements).find((r) => r.kind === 'skill' && r.id === skillId);
}

describe('credit through a certification', () => {
  it('names the certification and quotes its mention, where the resume never names the skill', () => {
    const found = requirement('CERTIFICATIONS\nCPC-A, AAPC, 2024', 'medical-coder', 'hcpcs');
    expect(found).toMatchObject({ status: 'met', detail: 'through Certified Professional Coder – Apprentice' });
    expect(found?.evidence.map((e) => e.text)).toEqual(['CPC-A']);
  });

  it('quotes the certification for a related skill held through it, as for a skill', () => {
    const found = requirement('CERTIFICATIONS\nMicrosoft Office Specialist (MOS) Associate, 2023', 'trainer', 'presentation-skills');
    expect(found).toMatchObject({ status: 'partial', detail: 'related: Microsoft PowerPoint (through Microsoft Office Specialist)' });
    expect(found?.evidence.length).toBeGreaterThan(0);
  });
});

describe('a certification that covers a lower one', () => {
  const certification = (text: string, roleId: string, id: string): Requirement | undefined =>
    scoreRoles(extractText(text, taxonomy), taxonomy).find((m) => m.roleId === roleId)?.components
      .flatMap((c) => c.requirements).find((r) => r.kind === 'certification' && r.id === id);

  it('meets the lower one\'s requirement and says through which', () => {
    const found = certification('CERTIFICATIONS\nLean Six Sigma Green Belt, 2019\nPMP, 2021', 'team-leader', 'lean-six-sigma-yellow-belt');
    expect(found).toMatchObject({ status: 'met', detail: 'through Six Sigma Green Belt' });
    expect(found?.evidence.map((e) => e.text)).toEqual(['Lean Six Sigma Green Belt']);
  });

  it('does not meet a higher one', () => {
    expect(certification('CERTIFICATIONS\nSix Sigma Yellow Belt, 2019', 'operations-manager', 'six-sigma-green-belt')?.status).toBe('missing');
  });
});

describe('a skill that is a kind of another', () => {
  it('meets the broader skill: Advanced Excel is Excel, Remedy beside tickets a ticketing system', () => {
    expect(requirement('SKILLS\nAdvanced Excel (VLOOKUP, Pivot tables)', 'finance-accounting-specialist', 'microsoft-excel')?.status).toBe('met');
    const remedy = 'EXPERIENCE\nTechnical Support Representative, Sutherland, Jan 2015 - Jun 2019\n- Logged cases in Remedy';
    expect(requirement(remedy, 'technical-support-specialist', 'ticketing-systems')?.status).toBe('met');
    const cure = 'EXPERIENCE\nTechnical Support Representative, Sutherland, Jan 2015 - Jun 2019\n- Found a remedy for slow laptops';
    expect(requirement(cure, 'technical-support-specialist', 'ticketing-systems')?.status).not.toBe('met');
  });
});

describe('related-skill credit', () => {
  it('gives full credit for the skill named', () => {
    expect(requirement('Skills: Zendesk, Excel', 'customer-service-representative', 'zendesk')).toMatchObject({ status: 'met', credit: 1, detail: null });
  });

  it('gives part credit through a related skill, and says which', () => {
    const found = requirement('Skills: Freshdesk, Excel', 'customer-service-representative', 'zendesk');
    expect(found).toMatchObject({ status: 'partial', credit: taxonomy.source.scoring.relatedSkillCredit, detail: 'related: Freshdesk' });
    expect(found?.evidence.map((e) => e.text)).toEqual(['Freshdesk']);
  });

  it('gives none without the skill or a related one', () => {
    expect(requirement('Skills: Excel, typing', 'customer-service-representative', 'zendesk')).toMatchObject({ status: 'missing', credit: 0, evidence: [] });
  });
});

describe('skills a resume does not have at all', () => {
  it('are scored alike for every resume, and no score can change another', () => {
    const missing = (text: string): Requirement | undefined => requirement(text, 'customer-service-representative', 'zendesk');
    const first = missing('Skills: Excel, typing');
    const second = missing('Skills: Tally, accounting');
    expect(second).toEqual(first);
    expect(() => first?.evidence.push({ text: 'Zendesk', section: 'skills', context: 'Zendesk', start: 0, end: 7 })).toThrow(TypeError);
    expect(second?.evidence).toEqual([]);
  });
});
