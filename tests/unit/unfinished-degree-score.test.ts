/** A degree under way that would meet a role's minimum is partly met, with what was found said plainly. */
import { describe, expect, it } from 'vitest';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const bachelorRole = [...taxonomy.rolesById.values()].find((role) => role.education.minimumLevel === 'bachelor');

function levelRequirement(education: string) {
  if (!bachelorRole) throw new Error('no role asks for a bachelor\'s degree');
  const [match] = scoreRoles(extractText(`EDUCATION\n${education}`, taxonomy), taxonomy, [bachelorRole.id]);
  return match?.components.find((c) => c.id === 'education')?.requirements.find((r) => r.id === 'education-level');
}

describe('an unfinished degree against a role that asks for a bachelor\'s', () => {
  it('is partly met, for the unfinished-degree credit, and says so', () => {
    const requirement = levelRequirement('Bachelor of Science in Accountancy (3 years completed)\nHigh School Diploma, 2018');
    expect(requirement).toMatchObject({ status: 'partial', credit: taxonomy.source.scoring.unfinishedDegreeCredit });
    expect(requirement?.detail).toMatch(/^highest finished: .+; Bachelor's Degree not finished$/);
  });

  it('is met once finished, and a finished degree above the minimum is met whatever else is under way', () => {
    expect(levelRequirement('Bachelor of Science in Accountancy, 2020')?.status).toBe('met');
    expect(levelRequirement('MBA (pursuing)\nB.Com, Delhi University, 2015')).toMatchObject({ status: 'met', credit: 1 });
  });
});
