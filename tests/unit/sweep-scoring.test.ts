import { beforeAll, describe, expect, it } from 'vitest';
import { scoringVariants, withScoring } from '../../scripts/sweep-scoring.js';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { analysedSample } from '../support/analysed-sample.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

describe('scoringVariants', () => {
  it('changes one setting per variant, a weight or a credit, and keeps the rest', () => {
    const base = taxonomy.source.scoring;
    const variants = scoringVariants(base, { 'components.title': [5, 15], relatedSkillCredit: [0.6] });
    expect(variants.map(({ setting, value }) => `${setting}=${value}`)).toEqual(['components.title=5', 'components.title=15', 'relatedSkillCredit=0.6']);
    expect(variants[0]?.scoring).toEqual({ ...base, components: { ...base.components, title: 5 } });
    expect(variants[2]?.scoring).toEqual({ ...base, relatedSkillCredit: 0.6 });
  });

  it('rejects a setting scoring.yaml does not have, or a value outside its range', () => {
    expect(() => scoringVariants(taxonomy.source.scoring, { luck: [1] })).toThrow(/--sweep luck=1/);
    expect(() => scoringVariants(taxonomy.source.scoring, { relatedSkillCredit: [2] })).toThrow(/relatedSkillCredit/);
  });
});

describe('withScoring', () => {
  it('gives the pipeline ranking under the built-in scoring, and another one under other weights', async () => {
    const result = await analysedSample('data-entry-kavya-menon.txt');
    const scores = (ranking: { roleId: string; score: number }[]) => ranking.map((m) => `${m.roleId} ${m.score}`);
    expect(scores(scoreRoles(result.candidate, withScoring(taxonomy, taxonomy.source.scoring)))).toEqual(scores(result.matches));
    const [variant] = scoringVariants(taxonomy.source.scoring, { 'components.mustHaveSkills': [5] });
    if (!variant) throw new Error('no variant');
    expect(scores(scoreRoles(result.candidate, withScoring(taxonomy, variant.scoring)))).not.toEqual(scores(result.matches));
  });
});
