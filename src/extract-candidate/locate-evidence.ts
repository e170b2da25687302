/** Turns a character span of the resume into evidence: the words, their section and the line they stand in. */
import type { Line, SegmentedResume } from '../segment-sections/section-types.js';
import type { Evidence } from './candidate-types.js';

export interface EvidenceLocator {
  (start: number, end: number): Evidence;
}

export interface LocatedLine {
  readonly line: Line;
  /** The id of the section the line is in. */
  readonly section: string;
}

/** Finds the line a character offset falls in. */
export interface LineIndex {
  /** The line holding `offset`, or the last line starting before it; null before the first line. */
  at(offset: number): LocatedLine | null;
  /** True when `offset` falls inside a line: outside are headings and blank space. */
  inLine(offset: number): boolean;
}

/** Longest context kept around a finding: enough to read it, not the whole paragraph. */
const maxContextChars = 200;

export function createLineIndex(resume: SegmentedResume): LineIndex {
  const lines = resume.sections.flatMap((section) => section.lines.map((line) => ({ line, section: section.id })));
  const at = (offset: number): LocatedLine | null => {
    // Lines are in text order: binary search for the last line starting at or before `offset`.
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lines[middle]?.line.start ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const found = lines[low];
    return found && found.line.start <= offset ? found : null;
  };
  return {
    at,
    inLine: (offset) => {
      const found = at(offset);
      return found !== null && offset < found.line.end;
    },
  };
}

export function createEvidenceLocator(resume: SegmentedResume, index: LineIndex = createLineIndex(resume)): EvidenceLocator {
  return (start, end) => {
    const found = index.at(start);
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
