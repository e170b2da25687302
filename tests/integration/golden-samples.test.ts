/**
 * The whole pipeline over the bundled samples. The golden file pins every extraction, score and gap, so any change
 * in behaviour shows up in review as a diff of this file (update it with `npx vitest run -u` when the change is
 * intended). The assertions beside it state what must hold whatever the weights.
 */
import { basename, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/cli/match-command.js';
import type { AnalysisResult } from '../../src/contracts/result-schema.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { allSampleFiles, intendedRoles, sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

let results: AnalysisResult[];

beforeAll(async () => {
  const taxonomy = await builtInTaxonomy();
  const context = { taxonomy, referenceDate: sampleReferenceDate, read: defaultReadOptions };
  const files = await allSampleFiles();
  results = [];
  // Paths as a user types them (relative), so messages in the golden file do not depend on the checkout's location.
  for (const file of files) results.push(await analyseFile(relative(process.cwd(), file), context));
});

/** Timings vary from run to run; everything else must not. */
function stable(result: AnalysisResult): unknown {
  if (!result.ok) return result;
  return { ...result, document: { ...result.document, parseMs: 0, analyseMs: 0 } };
}

describe('pipeline over samples/', () => {
  it('matches the golden results', async () => {
    const text = results.map((r) => JSON.stringify(stable(r))).join('\n') + '\n';
    await expect(text).toMatchFileSnapshot('../golden/samples.jsonl');
  });

  it("ranks each sample's intended role among its top three", async () => {
    const intended = await intendedRoles();
    const misses: string[] = [];
    for (const result of results) {
      const role = intended.get(resolve(result.source));
      if (!role) continue;
      const top = result.ok ? result.matches.slice(0, 3).map((m) => m.roleId) : [];
      if (!top.includes(role)) misses.push(`${basename(result.source)}: wanted ${role}, got ${top.join(', ')}`);
    }
    expect(misses).toEqual([]);
    expect(intended.size).toBeGreaterThanOrEqual(10);
  });

  it('finds jobs, skills and education in every experienced sample', () => {
    for (const result of results) {
      if (!result.ok || result.source.includes('fresh-graduate')) continue;
      expect.soft(result.candidate.positions.length, result.source).toBeGreaterThan(0);
      expect.soft(result.candidate.skills.length, result.source).toBeGreaterThanOrEqual(5);
      expect.soft(result.candidate.education.highestLevel, result.source).not.toBeNull();
      expect.soft(result.candidate.experience.totalMonths, result.source).toBeGreaterThan(0);
    }
  });

  it('explains every score: components add up to it, and met skills carry evidence from the resume', () => {
    for (const result of results) {
      if (!result.ok) continue;
      for (const match of result.matches) {
        const sum = match.components.reduce((total, c) => total + c.contribution, 0);
        expect(Math.abs(sum - match.score)).toBeLessThanOrEqual(1);
        for (const requirement of match.components.flatMap((c) => c.requirements)) {
          if (requirement.kind === 'skill' && requirement.status === 'met' && requirement.detail === null) {
            expect(requirement.evidence.length, `${match.roleId} ${requirement.id}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});
