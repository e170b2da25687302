/**
 * Whether a line is a section heading, and which. A heading is a short line that, with case, punctuation and
 * decoration folded, is one of the taxonomy's heading aliases ("WORK EXPERIENCE", "Skills:", "— Education —").
 * A heading may carry its first content after a colon ("Skills: Excel, Zendesk"); that content stays in the section.
 */
import { normalizePhrase } from '../text/tokenize.js';
import type { Line } from './section-types.js';

export interface HeadingMatch {
  readonly id: string;
  readonly heading: string;
  /** Text after "Heading:" on the same line, as a line of its own. */
  readonly rest: Line | null;
}

/** Headings are short: anything longer is a sentence that happens to start with a heading word. */
const maxHeadingWords = 6;

export function findHeading(line: Line, headings: ReadonlyMap<string, string>): HeadingMatch | null {
  const colon = line.text.indexOf(':');
  const head = colon >= 0 ? line.text.slice(0, colon) : line.text;
  const key = normalizePhrase(head);
  if (key.length === 0 || key.split(' ').length > maxHeadingWords) return null;
  const id = headings.get(key);
  if (id === undefined) return null;
  const after = colon >= 0 ? line.text.slice(colon + 1) : '';
  const restText = after.trim();
  const restStart = line.start + colon + 1 + (after.length - after.trimStart().length);
  const rest = restText.length > 0 ? { text: restText, start: restStart, end: restStart + restText.length } : null;
  return { id, heading: head.trim(), rest };
}
