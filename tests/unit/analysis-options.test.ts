/** The command line's analysis options, validated once for every command that analyses. */
import { describe, expect, it } from 'vitest';
import { analysisOptionsSchema } from '../../src/cli/analysis-options.js';

describe('analysisOptionsSchema', () => {
  it('scores a role named twice once, in the order first named', () => {
    expect(analysisOptionsSchema.parse({ roles: ['team-leader', 'trainer', 'team-leader'] }).roles).toEqual(['team-leader', 'trainer']);
  });

  it('still asks for at least one role when --roles is given', () => {
    expect(analysisOptionsSchema.safeParse({ roles: [] }).success).toBe(false);
  });
});
