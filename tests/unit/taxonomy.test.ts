import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { taxonomyCounts } from '../../src/cli/taxonomy-command.js';
import { compileTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { checkTaxonomy } from '../../src/taxonomy/load-taxonomy.js';
import { vocabularyFileSchema } from '../../src/taxonomy/taxonomy-schema.js';
import { contractRoleIds } from '../support/contract.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/taxonomies/${name}`, import.meta.url));

async function issuesOf(name: string) {
  const result = await checkTaxonomy([fixture(name)]);
  if (result.ok) throw new Error(`${name} should not validate`);
  return result.issues;
}

describe('built-in taxonomy', () => {
  it('validates, and holds every role id of the public contract', async () => {
    const result = await checkTaxonomy();
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    const ids = result.taxonomy.roles.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(await contractRoleIds()));
  });

  it('has a stable content hash that changes when a rule changes', async () => {
    const [a, b, extended] = await Promise.all([checkTaxonomy(), checkTaxonomy(), checkTaxonomy([fixture('extension')])]);
    if (!a.ok || !b.ok || !extended.ok) throw new Error('taxonomy should validate');
    expect(a.taxonomy.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(b.taxonomy.hash).toBe(a.taxonomy.hash);
    expect(extended.taxonomy.hash).not.toBe(a.taxonomy.hash);
  });
});

describe('broken taxonomies fail with messages naming file and path', () => {
  it('reports references to skills, roles and levels that do not exist', async () => {
    const issues = await issuesOf('unknown-reference');
    expect(issues).toContainEqual({ code: 'unknown_reference', path: 'roles/chat-moderator.yaml: skills[1].skill', message: 'No skill has the id "telepathy".' });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'roles/chat-moderator.yaml: education.minimumLevel' }));
    expect(issues).toContainEqual({ code: 'unknown_reference', path: 'occupation-titles.yaml: roles.telepathist', message: 'No role has the id "telepathist".' });
    const falseFriend = issues.find((issue) => issue.path.startsWith('vocabulary.yaml: titleFalseFriends'));
    expect(falseFriend).toMatchObject({ code: 'unknown_reference', message: 'No role has the id "telepathist".' });
    expect(falseFriend?.path).toMatch(/^vocabulary\.yaml: titleFalseFriends\[\d+\]\.role$/);
    const test = issues.find((issue) => issue.path.endsWith('testsLanguage'));
    expect(test).toMatchObject({ code: 'unknown_reference', message: 'No language has the id "klingon".' });
  });

  it('reports an alias that names two skills', async () => {
    const issues = await issuesOf('alias-collision');
    const collision = issues.find((i) => i.code === 'alias_collision');
    expect(collision?.path).toBe('skills/extra.yaml: aliases[0]');
    expect(collision?.message).toContain('customer-service');
  });

  it('reports career paths that go round in a circle', async () => {
    const issues = await issuesOf('career-cycle');
    expect(issues.map((i) => i.code)).toContain('career_path_cycle');
    expect(issues.find((i) => i.code === 'career_path_cycle')?.message).toMatch(/customer-service-representative → team-leader → customer-service-representative|team-leader → customer-service-representative → team-leader/);
  });

  it('reports a file that is not YAML', async () => {
    expect(await issuesOf('bad-yaml')).toContainEqual(expect.objectContaining({ code: 'unparsable', path: 'skills/broken.yaml' }));
  });

  it('reports a second false-friend or alias-context entry for one skill, which would replace the first', async () => {
    const vocabulary = parse(await readFile(new URL('../../taxonomy/vocabulary.yaml', import.meta.url), 'utf8')) as Record<string, unknown[]>;
    const once = vocabularyFileSchema.safeParse(vocabulary);
    const twice = vocabularyFileSchema.safeParse({
      ...vocabulary,
      skillFalseFriends: [...(vocabulary.skillFalseFriends ?? []), { skill: 'initiative', written: ['initiative fund'] }],
      skillAliasContexts: [...(vocabulary.skillAliasContexts ?? []), { skill: 'debt-collection', aliases: ['collection'], context: ['debt'] }],
    });
    expect(once.success).toBe(true);
    expect(twice.error?.issues.map((i) => i.path[0])).toEqual(['skillFalseFriends', 'skillAliasContexts']);
  });

  it('reports a folder that is no part of a taxonomy once, without reading the files in it', async () => {
    const issues = await issuesOf('stray-folder');
    expect(issues).toContainEqual({
      code: 'unknown_file',
      path: 'docs/',
      message: 'Not a taxonomy folder: expected roles/ or skills/. Its files were not read.',
    });
    expect(issues.filter((i) => i.path.startsWith('docs/broken'))).toEqual([]);
  });

  it('reports values outside the schema', async () => {
    const paths = (await issuesOf('bad-schema')).map((i) => i.path);
    expect(paths).toContain('roles/customer-service-representative.yaml: skills[0].importance');
    expect(paths).toContain('roles/customer-service-representative.yaml: skills[0].weight');
  });
});

describe('customer taxonomies layered over the built-in one', () => {
  it('add a role, add an alias and change a weight without repeating the rest', async () => {
    const [base, result] = await Promise.all([checkTaxonomy(), checkTaxonomy([fixture('extension')])]);
    if (!base.ok || !result.ok) throw new Error('taxonomy should validate');
    expect(taxonomyCounts(result.taxonomy).roles).toBe((taxonomyCounts(base.taxonomy).roles ?? 0) + 1);
    const compiled = compileTaxonomy(result.taxonomy);
    expect(compiled.skills.lookup('Zendesk suite of tools')).toBe('zendesk');
    expect(compiled.skills.lookup('Zendesk')).toBe('zendesk');
    const csr = compiled.rolesById.get('customer-service-representative');
    const baseCsr = base.taxonomy.roles.find((r) => r.id === 'customer-service-representative');
    expect(csr?.skills.find((s) => s.skill === 'customer-service')?.weight).toBe(3);
    expect(csr?.skills.length).toBe(baseCsr?.skills.length);
    expect(compiled.roleTitles.lookup('community moderator')).toBe('chat-moderator');
  });
});

describe('role contract file', () => {
  it('lists the same ids as the specification, when the specification is at hand', async () => {
    const spec = await readFile(new URL('../../../shared/spec/roles.tsv', import.meta.url), 'utf8').catch(() => null);
    if (spec === null) {
      // A fresh clone has no ../shared; the committed contract file is then the reference on its own.
      expect((await contractRoleIds()).length).toBeGreaterThanOrEqual(21);
      return;
    }
    const specIds = spec.trim().split('\n').slice(1).map((line) => line.split('\t')[0]);
    expect(await contractRoleIds()).toEqual(specIds);
  });
});
