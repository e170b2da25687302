/** The order of a gap report's gaps: most valuable first, and of gaps worth the same, what the role needs most. */
import { describe, expect, it } from 'vitest';
import { analyseResume } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import type { Importance } from '../../src/taxonomy/taxonomy-schema.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();
const context = { taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions };
const rank = (importance: Importance | null): number => (importance === null ? 0 : { 'must-have': 3, important: 2, 'nice-to-have': 1 }[importance]);

describe('gap order', () => {
  it('puts an important certification before a nice-to-have one worth as much', async () => {
    const resume = 'EXPERIENCE\nRetail Associate, Best Buy, Jan 2021 - Present\n- Helped customers set up laptops and Windows\n'
      + 'CERTIFICATIONS\nGoogle IT Support Professional Certificate, 2025';
    const result = await analyseResume({ name: 'derek.txt', bytes: Buffer.from(resume) }, context);
    if (!result.ok) throw new Error('analysis failed');
    const support = result.gapAnalysis.find((analysis) => analysis.roleId === 'technical-support-specialist');
    const gaps = support?.gaps ?? [];
    expect(gaps.length).toBeGreaterThan(2);
    for (const [index, gap] of gaps.entries()) {
      const next = gaps[index + 1];
      if (next === undefined) continue;
      expect(gap.gain).toBeGreaterThanOrEqual(next.gain);
      if (gap.gain === next.gain) expect(rank(gap.importance), `${gap.label} before ${next.label}`).toBeGreaterThanOrEqual(rank(next.importance));
    }
    const certificates = gaps.filter((gap) => gap.kind === 'certification');
    const tied = certificates.filter((gap) => certificates.some((other) => other !== gap && other.gain === gap.gain && other.importance !== gap.importance));
    expect(tied.length).toBeGreaterThan(0);
  });
});
