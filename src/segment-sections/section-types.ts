export interface Line {
  readonly text: string;
  /** Offsets of the line in the whole resume text, so evidence found in a line points back into the document. */
  readonly start: number;
  readonly end: number;
}

export interface Section {
  /** A section id from the taxonomy's headings, or `header` for what comes before the first heading. */
  readonly id: string;
  /** The heading as written; null for the header. */
  readonly heading: string | null;
  readonly lines: readonly Line[];
}

export interface SegmentedResume {
  readonly text: string;
  readonly sections: readonly Section[];
  /**
   * Set when the resume is written in lower case throughout (letter-case.ts): its lack of capitals is no evidence
   * against a heading, a title or a name. Absent for ordinary resumes.
   */
  readonly lowerCase?: true;
}
