/** Stage 2: lines grouped under the heading they follow; lines before any heading form the `header` section. */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { findHeading } from './find-heading.js';
import type { Line, SegmentedResume } from './section-types.js';
import { splitIntoLines } from './split-into-lines.js';

export function segmentSections(text: string, taxonomy: CompiledTaxonomy): SegmentedResume {
  const sections: { id: string; heading: string | null; lines: Line[] }[] = [{ id: 'header', heading: null, lines: [] }];
  for (const line of splitIntoLines(text, taxonomy.dates.range)) {
    const heading = findHeading(line, { aliases: taxonomy.headings, qualifiers: taxonomy.headingQualifiers });
    if (heading) {
      sections.push({ id: heading.id, heading: heading.heading, lines: heading.rest ? [heading.rest] : [] });
      continue;
    }
    sections.at(-1)?.lines.push(line);
  }
  return { text, sections: sections.filter((s) => s.lines.length > 0 || s.heading !== null) };
}
