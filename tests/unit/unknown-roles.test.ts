/** A caller who names a role the taxonomy lacks is told which, and what the taxonomy has. */
import { describe, expect, it } from 'vitest';
import { unknownRolesMessage } from '../../src/taxonomy/unknown-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();

describe('unknownRolesMessage', () => {
  it('names the unknown ids and lists every role id the taxonomy has', () => {
    const message = unknownRolesMessage(['csr', 'team-leader'], taxonomy) ?? '';
    expect(message).toMatch(/^Unknown role ids: csr\. The taxonomy's role ids are: /);
    for (const id of taxonomy.rolesById.keys()) expect(message).toContain(id);
  });

  it('says nothing of known ids', () => {
    expect(unknownRolesMessage(['team-leader', 'customer-service-representative'], taxonomy)).toBeNull();
    expect(unknownRolesMessage([], taxonomy)).toBeNull();
  });
});
