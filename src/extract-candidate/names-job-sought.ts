/**
 * A line labelled as naming the job sought ("POSITION DESIRED: Technical Support / Customer Service", "Position
 * applied for: …"): what follows the label is wished for, neither a skill nor a job held. The labels are data
 * (`skillAspirations.labels` in vocabulary.yaml).
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { normalizePhrase } from '../text/tokenize.js';

/** A label's words before a colon: "POSITION DESIRED: …". */
const labelBeforeColon = /^\s*([^:]{3,40}):/;

/** Where the job sought starts in the line (after its label), or null for a line with no such label. */
export function jobSoughtStart(text: string, taxonomy: CompiledTaxonomy): number | null {
  const { labels } = taxonomy.skillAspirations;
  if (labels.size === 0) return null;
  const label = labelBeforeColon.exec(text);
  return label?.[1] !== undefined && labels.has(normalizePhrase(label[1])) ? label[0].length : null;
}
