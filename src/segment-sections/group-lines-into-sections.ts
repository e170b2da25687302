/** Stage 2: lines grouped under the heading they follow; lines before any heading form the `header` section. */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { findHeading, type HeadingMatch } from './find-heading.js';
import { writtenInLowerCase } from './letter-case.js';
import type { Line, SegmentedResume } from './section-types.js';
import { splitIntoLines } from './split-into-lines.js';

/**
 * "Course: Master of Commerce" inside an education section is a field of the degree, not a "Courses" heading: a
 * heading written with content that names an education level does not leave that section.
 */
function isEducationField(heading: HeadingMatch, current: string | undefined, taxonomy: CompiledTaxonomy): boolean {
  return current === 'education' && heading.rest !== null && taxonomy.levels.findAll(heading.rest.text).length > 0;
}

const startsLowerCase = /^[^\p{L}]*\p{Ll}/u;
const endsWithFullStop = /\.\s*$/u;
/** A line whose last word is in lower case, or that ends with a comma, "&" or a hyphen, goes on below. */
const leftOpen = /(?:(?:^|\s)\p{Ll}[\p{Ll}'’-]*|[,&-])\s*$/u;

/**
 * A heading word wrapped onto a line of its own ends the sentence above it: "…the financial planning of all or part
 * of an" / "organization." and "Strong interpersonal" / "skills" head no section. A line in lower case that ends with a
 * full stop never heads one; nor does one after a line left open, in a resume whose headings are mostly capitalised.
 * Some designs set every heading in lower case ("interests", "education"): there, the line before decides nothing.
 */
function wrappedSentenceEnds(lines: readonly Line[], found: readonly (HeadingMatch | null)[]): Set<number> {
  const wrapped = new Set<number>();
  const lowerCase = (index: number): boolean => startsLowerCase.test(lines[index]?.text ?? '');
  let capitalised = 0;
  found.forEach((heading, index) => {
    if (heading === null) return;
    const line = lines[index]?.text ?? '';
    if (!lowerCase(index)) capitalised += 1;
    else if (endsWithFullStop.test(line)) wrapped.add(index);
    else capitalised -= 1;
  });
  if (capitalised <= 0) return wrapped;
  found.forEach((heading, index) => {
    const previous = lines[index - 1]?.text;
    if (heading !== null && lowerCase(index) && previous !== undefined && leftOpen.test(previous)) wrapped.add(index);
  });
  return wrapped;
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
  const lines = splitIntoLines(text, taxonomy.dates.range);
  const first = lines.map((line) => findHeading(line, headings));
  const lowerCase = writtenInLowerCase(lines.filter((_, index) => first[index] === null));
  // In lower case, a line ending with a section's name heads it as it would in Title Case ("bpo experience").
  const found = lowerCase ? lines.map((line, index) => first[index] ?? findHeading(line, { ...headings, lowerCase })) : first;
  const wrapped = wrappedSentenceEnds(lines, found);
  lines.forEach((line, index) => {
    const heading = wrapped.has(index) ? null : found[index];
    if (heading && !isEducationField(heading, sections.at(-1)?.id, taxonomy)) {
      sections.push({ id: heading.id, heading: heading.heading, lines: heading.rest ? [heading.rest] : [] });
      return;
    }
    sections.at(-1)?.lines.push(line);
  });
  const kept = sections.filter((s) => s.lines.length > 0 || s.heading !== null);
  return lowerCase ? { text, sections: kept, lowerCase: true } : { text, sections: kept };
}
