/** Skills numbered once per taxonomy, and what a resume holds marked in a byte per skill. */
import { describe, expect, it } from 'vitest';
import { markSkills, skillNumbers } from '../../src/score-roles/skill-numbers.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();

describe('skillNumbers', () => {
  it('numbers every skill from 0 in the taxonomy\'s order, once per taxonomy', () => {
    const numbers = skillNumbers(taxonomy);
    expect([...numbers.values()]).toEqual(taxonomy.source.skills.map((_, index) => index));
    expect([...numbers.keys()]).toEqual(taxonomy.source.skills.map((s) => s.id));
    expect(skillNumbers(taxonomy)).toBe(numbers);
  });
});

describe('markSkills', () => {
  const numbers = skillNumbers(taxonomy);
  const [first, second, third] = taxonomy.source.skills.map((s) => s.id);

  it('marks the skills given and no others, ignoring ids the taxonomy does not know', () => {
    const marks = markSkills([first ?? '', 'no-such-skill'], numbers);
    expect(marks.length).toBe(numbers.size);
    expect([...marks.keys()].filter((n) => marks[n] === 1)).toEqual([0]);
  });

  it('adds to marks already made', () => {
    const marks = markSkills([third ?? ''], numbers, markSkills([second ?? ''], numbers));
    expect([...marks.keys()].filter((n) => marks[n] === 1)).toEqual([1, 2]);
  });
});
