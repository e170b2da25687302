/** Turns a character span of the resume into evidence: the words, their section and the line they stand in. */
import type { Line, SegmentedResume } from '../segment-sections/section-types.js';
import { countStartingBefore } from '../text/count-starting-before.js';
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
  // Lines are in text order; offsets are whole numbers, so the lines starting at or before `offset` start before offset + 1.
  const at = (offset: number): LocatedLine | null => lines[countStartingBefore(lines, offset + 1, (located) => located.line.start) - 1] ?? null;
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
