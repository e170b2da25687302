/** Stage 2: lines grouped under the heading they follow; lines before any heading form the `header` section. */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { findHeading, type HeadingMatch } from './find-heading.js';
import type { Line, SegmentedResume } from './section-types.js';
import { splitIntoLines } from './split-into-lines.js';

/**
 * "Course: Master of Commerce" inside an education section is a field of the degree, not a "Courses" heading: a
 * heading written with content that names an education level does not leave that section.
 */
function isEducationField(heading: HeadingMatch, current: string | undefined, taxonomy: CompiledTaxonomy): boolean {
  return current === 'education' && heading.rest !== null && taxonomy.levels.findAll(heading.rest.text).length > 0;
}

export function segmentSections(text: string, taxonomy: CompiledTaxonomy): SegmentedResume {
  const sections: { id: string; heading: string | null; lines: Line[] }[] = [{ id: 'header', heading: null, lines: [] }];
  const headings = {
    aliases: taxonomy.headings,
    words: taxonomy.headingWords,
    qualifiers: taxonomy.headingQualifiers,
    endings: taxonomy.headingEndings,
    namesSkill: (text: string) => taxonomy.skills.lookup(text) !== null,
  };
  for (const line of splitIntoLines(text, taxonomy.dates.range)) {
    const heading = findHeading(line, headings);
    if (heading && !isEducationField(heading, sections.at(-1)?.id, taxonomy)) {
      sections.push({ id: heading.id, heading: heading.heading, lines: heading.rest ? [heading.rest] : [] });
      continue;
    }
    sections.at(-1)?.lines.push(line);
  }
  return { text, sections: sections.filter((s) => s.lines.length > 0 || s.heading !== null) };
}
