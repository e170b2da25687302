/**
 * For every role, a realistic resume excerpt (tests/fixtures/role-snippets.yaml) states the role's must-have skills
 * in a resume's own words, and extraction finds each of them: the taxonomy's aliases cover how people write.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { contractRoleIds } from '../support/contract.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const snippetsSchema = z.object({ snippets: z.array(z.object({ role: z.string(), text: z.string() })) });
const snippets = snippetsSchema.parse(
  parse(await readFile(new URL('../fixtures/role-snippets.yaml', import.meta.url), 'utf8')),
).snippets;

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

describe("each role's must-have skills are found in a realistic snippet", () => {
  it('has a snippet for every contract role', async () => {
    expect(snippets.map((s) => s.role).sort()).toEqual([...(await contractRoleIds())].sort());
  });

  it.each(snippets.map((s) => [s.role, s.text] as const))('%s', (roleId, text) => {
    const role = taxonomy.rolesById.get(roleId);
    if (!role) throw new Error(`unknown role ${roleId}`);
    const candidate = extractText(text, taxonomy);
    const found = new Set(candidate.skills.map((s) => s.id));
    const mustHaves = role.skills.filter((s) => s.importance === 'must-have').map((s) => s.skill);
    expect(mustHaves.length).toBeGreaterThanOrEqual(3);
    expect(mustHaves.filter((id) => !found.has(id))).toEqual([]);
  });

  it('does not find them in an unrelated text', () => {
    const text = 'Line cook, Harbor Grill, 2019 - 2023\n- Prepared 200 covers a night on the grill station\n- Kept the walk-in cooler stocked';
    const candidate = extractText(text, taxonomy);
    const mustHaves = new Set(taxonomy.source.roles.flatMap((r) => r.skills.filter((s) => s.importance === 'must-have').map((s) => s.skill)));
    expect(candidate.skills.map((s) => s.id).filter((id) => mustHaves.has(id))).toEqual([]);
  });
});
