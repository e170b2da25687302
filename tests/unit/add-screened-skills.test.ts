/** Skills shown by a screening figure (a typing speed, a metric achieved), however the line around it is worded. */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const evidenceOf = (text: string, skill: string): string[] | undefined =>
  extractText(text, taxonomy).skills.find((s) => s.id === skill)?.evidence.map((e) => e.text);

describe('skills shown by screening figures', () => {
  it('takes a metric achieved as the skill of working to it, on a line of its own too', () => {
    const text = 'SUMMARY\nNon-voice support specialist with 4 years of chat support. Typing speed 62 WPM,\n98% accuracy.';
    expect(evidenceOf(text, 'accuracy-rate')).toEqual(['98% accuracy']);
    // A skill the line names already keeps its own evidence.
    expect(evidenceOf('EXPERIENCE\n- Kept an AHT of 6:10 on a billing queue', 'average-handle-time')).toEqual(['AHT']);
  });

  it('takes a typing speed as the typing skill, however worded', () => {
    expect(evidenceOf('SKILLS\n- Marunong mag-type (45 wpm)', 'typing-speed')).toEqual(['45 wpm']);
  });

  it('takes a team led as people management, and a team worked in as none', () => {
    expect(evidenceOf('EXPERIENCE\n- Led a team of 18 sales associates across two shifts', 'people-management')).toEqual(['team of 18']);
    expect(evidenceOf('EXPERIENCE\n- Worked in a team of 15 agents on a billing queue', 'people-management')).toBeUndefined();
  });

  it('shows no skill where no figure was achieved', () => {
    expect(evidenceOf('SUMMARY\nI care about the historical accuracy of what I write.', 'accuracy-rate')).toBeUndefined();
    expect(evidenceOf('SKILLS\n- Fast typist', 'typing-speed')).toBeUndefined();
  });
});
