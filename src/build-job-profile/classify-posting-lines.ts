/**
 * Splits a job posting into lines and says how much each matters: the part it stands in (its heading) sets the
 * importance, and a marker in the line itself ("… is a plus", "required") wins over the part.
 */
import { splitIntoLines } from '../segment-sections/split-into-lines.js';
import type { Line } from '../segment-sections/section-types.js';
import type { PostingRules } from '../taxonomy/compile-taxonomy.js';
import type { Importance } from '../taxonomy/taxonomy-schema.js';
import { normalizePhrase } from '../text/tokenize.js';

export interface PostingLine extends Line {
  readonly importance: Importance;
  /** True for a heading line: it names a part, not a requirement. */
  readonly heading: boolean;
}

/** What a posting says before any heading (an introduction) matters as much as duties do. */
const defaultImportance: Importance = 'important';

export function classifyPostingLines(text: string, rules: PostingRules): PostingLine[] {
  let part: Importance = defaultImportance;
  return splitIntoLines(text).map((line) => {
    const asHeading = rules.headings.get(normalizePhrase(line.text));
    if (asHeading) {
      part = asHeading;
      return { ...line, importance: asHeading, heading: true };
    }
    // "Requirements: 2 years in a call centre": a heading with its first item on the same line.
    const colon = line.text.indexOf(':');
    const inlineHeading = colon > 0 ? rules.headings.get(normalizePhrase(line.text.slice(0, colon))) : undefined;
    if (inlineHeading) part = inlineHeading;
    const marked = rules.markers.findAll(line.text).map((hit) => hit.value);
    // "Required: X; Y preferred" names both: the line counts as the weaker claim only when nothing requires it.
    const importance = marked.includes('must-have') ? 'must-have' : marked.includes('nice-to-have') ? 'nice-to-have' : part;
    return { ...line, importance, heading: false };
  });
}
