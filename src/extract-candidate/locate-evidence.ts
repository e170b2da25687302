/** Turns a character span of the resume into evidence: the words, their section and the line they stand in. */
import type { SegmentedResume } from '../segment-sections/section-types.js';
import type { Evidence } from './candidate-types.js';

export interface EvidenceLocator {
  (start: number, end: number): Evidence;
}

/** Longest context kept around a finding: enough to read it, not the whole paragraph. */
const maxContextChars = 200;

export function createEvidenceLocator(resume: SegmentedResume): EvidenceLocator {
  const lines = resume.sections.flatMap((section) => section.lines.map((line) => ({ line, section: section.id })));
  return (start, end) => {
    // Lines are in text order: binary search for the last line starting at or before `start`.
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lines[middle]?.line.start ?? 0) <= start) low = middle;
      else high = middle - 1;
    }
    const found = lines[low];
    const context = found && found.line.end >= end ? found.line.text : resume.text.slice(start, end);
    return {
      text: resume.text.slice(start, end),
      section: found?.section ?? 'header',
      context: context.length > maxContextChars ? `${context.slice(0, maxContextChars - 1)}…` : context,
      start,
      end,
    };
  };
}
