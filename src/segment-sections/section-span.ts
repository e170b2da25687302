/** Where a section's lines start and end in the resume's text; null for a section with no lines (a heading alone). */
import type { Section } from './section-types.js';

export function sectionSpan(section: Section): { start: number; end: number } | null {
  const first = section.lines[0];
  const last = section.lines.at(-1);
  return first && last ? { start: first.start, end: last.end } : null;
}
