/**
 * Rescoring already extracted candidates under other scoring settings, one setting at a time: what `eval:ranking
 * --sweep` prints. Extraction does not read the scoring settings, so each variant costs only the scoring stage.
 */
import { z } from 'zod';
import type { CompiledTaxonomy } from '../src/taxonomy/compile-taxonomy.js';
import { scoringFileSchema, type ScoringRules } from '../src/taxonomy/taxonomy-schema.js';

/** Setting name (a top-level one of scoring.yaml, or "components.<name>" for a weight) → the values to try. */
export const sweepSchema = z.record(z.string().min(1), z.array(z.number()).min(1));
export type Sweep = z.infer<typeof sweepSchema>;

export interface ScoringVariant {
  readonly setting: string;
  readonly value: number;
  readonly scoring: ScoringRules;
}

/** Each value of each setting, the rest as in `base`; a variant the scoring schema rejects is an error. */
export function scoringVariants(base: ScoringRules, sweep: Sweep): ScoringVariant[] {
  return Object.entries(sweep).flatMap(([setting, values]) =>
    values.map((value) => {
      const [head, weight] = setting.split('.');
      const changed = head === 'components' && weight !== undefined
        ? { ...base, components: { ...base.components, [weight]: value } }
        : { ...base, [setting]: value };
      const parsed = scoringFileSchema.safeParse(changed);
      if (!parsed.success) throw new Error(`--sweep ${setting}=${value}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { setting, value, scoring: parsed.data };
    }),
  );
}

/**
 * The taxonomy with other scoring rules: an object of its own, made once per variant, so that what scoring remembers
 * per taxonomy (role plans) is built once for the variant and never reused from the built-in rules.
 */
export function withScoring(taxonomy: CompiledTaxonomy, scoring: ScoringRules): CompiledTaxonomy {
  return { ...taxonomy, source: { ...taxonomy.source, scoring } };
}
