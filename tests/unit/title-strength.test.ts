/** A title held counts for a role by the role's name or one of its titles: the strength says which was held. */
import { describe, expect, it } from 'vitest';
import { adviceContextOf, buildGapAnalysis } from '../../src/build-reports/build-gap-analysis.js';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();

describe('a title held, among the strengths', () => {
  it('names the title the resume holds beside the role it counts for, and claims no title the person never had', () => {
    const candidate = extractText('Grace Otieno\nEXPERIENCE\nAccounts Assistant, Coast Traders, Jan 2019 - Dec 2023\n- Processed supplier invoices', taxonomy);
    const [score] = scoreRoles(candidate, taxonomy, ['finance-accounting-specialist']);
    if (!score) throw new Error('no score');
    const { strengths } = buildGapAnalysis(score, taxonomy, adviceContextOf(candidate, false));
    const title = taxonomy.rolesById.get('finance-accounting-specialist')?.title ?? '';
    expect(strengths).toContain(`Has held the title ${title} or one like it (Accounts Assistant)`);
    expect(strengths.join()).not.toMatch(new RegExp(`Has held the title ${title.replace(/[()]/g, '\\$&')}(?! or one like it)`));
  });
});
