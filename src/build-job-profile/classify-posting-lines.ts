/**
 * Splits a job posting into lines (and lines into sentences) and says how much each matters: the part it stands in (its heading) sets the
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

/**
 * The sentences of a line, each as a line of its own (offsets into the posting kept), and the clauses a contrast word
 * opens: "Zendesk is a must. A degree is not required." asks for one, not the other, and so does "No experience
 * required, but Zendesk is a must". `sentenceBreak` (postings.yaml) knows abbreviations: "Sr. Technical" goes on.
 */
function sentencesOf(line: Line, sentenceBreak: RegExp): Line[] {
  const sentences: Line[] = [];
  let from = 0;
  for (const match of line.text.matchAll(sentenceBreak)) {
    sentences.push({ text: line.text.slice(from, match.index), start: line.start + from, end: line.start + match.index });
    from = match.index + match[0].length;
  }
  sentences.push({ text: line.text.slice(from), start: line.start + from, end: line.end });
  return sentences;
}

/**
 * The text with each announcement of the opening ("We're hiring") blanked out, its length and offsets kept, and the
 * bullets or emoji before one at the line's start (the pattern's group \`lead\`) left as they are.
 */
function withoutAnnouncements(text: string, announcement: RegExp | null): string {
  if (announcement === null) return text;
  return text.replace(announcement, (found: string, ...rest: unknown[]) => {
    const groups = rest.at(-1) as { lead?: string } | undefined;
    const lead = groups?.lead ?? '';
    return lead + ' '.repeat(found.length - lead.length);
  });
}

/**
 * The lines of a posting with their importance. Lines under a heading about the employer ("Benefits", "About us") are
 * left out: "HMO coverage for you and 2 dependents" asks nothing of the applicant.
 */
export function classifyPostingLines(text: string, rules: PostingRules): PostingLine[] {
  let part: Importance = defaultImportance;
  let ignoring = false;
  return splitIntoLines(text).flatMap((written): PostingLine[] => {
    const line = { ...written, text: withoutAnnouncements(written.text, rules.announcement) };
    const name = normalizePhrase(line.text);
    const asHeading = rules.headings.get(name);
    if (asHeading) {
      part = asHeading;
      ignoring = false;
      return [{ ...line, importance: asHeading, heading: true }];
    }
    // "Requirements: 2 years in a call centre": a heading with its first item on the same line.
    const colon = line.text.indexOf(':');
    const label = colon > 0 ? normalizePhrase(line.text.slice(0, colon)) : null;
    if (rules.ignoredHeadings.has(name) || (label !== null && rules.ignoredHeadings.has(label))) {
      ignoring = true;
      return [{ ...line, importance: part, heading: true }];
    }
    const inlineHeading = label === null ? undefined : rules.headings.get(label);
    if (inlineHeading) {
      part = inlineHeading;
      ignoring = false;
    }
    if (ignoring) return [];
    return sentencesOf(line, rules.sentenceBreak).flatMap((sentence) => {
      const { rest, notes } = notesApart(sentence, rules.markers);
      return [rest, ...notes].map((piece) => ({ ...piece, importance: importanceOf(piece.text, rules.markers, part), heading: false }));
    });
  });
}

/** What the markers of a text make it, else the importance of the part it stands in. */
function importanceOf(text: string, markers: PostingRules['markers'], part: Importance): Importance {
  const marked = markers.findAll(text).map((hit) => hit.value);
  // "Required: X, Y preferred" names both: the sentence counts as the weaker claim only when nothing requires it.
  // What a sentence says is not required is never more than nice to have ("A degree is not required").
  return marked.includes('not-required') ? 'nice-to-have'
    : marked.includes('must-have') ? 'must-have'
    : marked.includes('nice-to-have') ? 'nice-to-have'
    : part;
}

/** A note in brackets, without brackets inside it. */
const bracketNote = /\([^()]*\)/gu;

/**
 * The sentence without the notes in brackets that hold a marker and more than it, and those notes as lines of their
 * own: in "1+ year of collections experience (third-party agency preferred)" and "Any graduate (B.Com, B.Sc, Nursing
 * preferred)" the marker speaks of what its note names, not of the sentence. A note that is nothing but a marker
 * ("(preferred)", "(a plus)", "(mandatory)") still marks the sentence. A note taken out is blanked, offsets kept.
 */
function notesApart(sentence: Line, markers: PostingRules['markers']): { rest: Line; notes: Line[] } {
  const notes: Line[] = [];
  const rest = sentence.text.replace(bracketNote, (note: string, at: number) => {
    const inside = note.slice(1, -1);
    const hits = markers.findAll(inside).filter((hit) => hit.value !== 'none');
    const onlyMarker = hits.some((hit) => normalizePhrase(inside.slice(hit.start, hit.end)) === normalizePhrase(inside));
    if (hits.length === 0 || onlyMarker) return note;
    notes.push({ text: note, start: sentence.start + at, end: sentence.start + at + note.length });
    return ' '.repeat(note.length);
  });
  return { rest: { ...sentence, text: rest }, notes };
}
