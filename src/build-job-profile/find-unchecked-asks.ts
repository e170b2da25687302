/**
 * What a posting asks that rolefit does not score: the shifts it needs worked ("Willing to work on graveyard shifts")
 * and where the work is or the candidate must live ("Must be residing in Taguig or nearby"). Each becomes a warning on
 * the profile, so that a recruiter checks it by hand (the shortlist's shifts and location columns show each
 * candidate's) instead of taking the ranking to have weighed it. So does what a posting asks about a person that no
 * job needs ("Female candidates only, age 21-35"): never scored, and quoted so that it is checked for lawfulness.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Screening } from '../extract-candidate/candidate-types.js';
import { normalizePhrase } from '../text/tokenize.js';
import type { PostingLine } from './classify-posting-lines.js';

/** Characters of a posting's line quoted in a warning. */
const maxQuotedChars = 80;

export function quoted(text: string): string {
  // Without a bullet, or what an announcement left before the line ("WE'RE HIRING! 🚀 Team Leader").
  // A note set apart from its sentence left blanks in its place (classify-posting-lines.ts): one space stands for them.
  const line = text.replace(/^[\s\p{P}\p{S}\p{Extended_Pictographic}]+/u, '').replace(/\s{2,}/gu, ' ').trim();
  return `"${line.length > maxQuotedChars ? `${line.slice(0, maxQuotedChars - 1)}…` : line}"`;
}

/** The label of a labelled line ("Location: …" → "location"), normalised; null for a line without one. */
function labelOf(text: string): string | null {
  const label = /^\s*(?:[-•*]\s*)?([^:：]{2,30})[:：]/u.exec(text)?.[1];
  return label === undefined ? null : normalizePhrase(label);
}

export function uncheckedAsks(read: Screening, lines: readonly PostingLine[], taxonomy: CompiledTaxonomy): string[] {
  const { locationLabels, residencePhrases, payLabels, protectedAsks } = taxonomy.postings;
  // The pay line's "night differential" pays for a shift; it asks for none.
  const asking = lines.filter((line) => !line.heading && !payLabels.has(labelOf(line.text) ?? ''));
  const lineAt = (offset: number): PostingLine | undefined => asking.find((line) => offset >= line.start && offset < line.end);
  const shifts = read.shifts.filter((shift) => shift.available);
  const shiftLines = [...new Set(shifts.flatMap((shift) => shift.evidence.flatMap((e) => lineAt(e.start) ?? [])))];
  const placeLines = asking.filter((line) => locationLabels.has(labelOf(line.text) ?? '') || residencePhrases.findAll(line.text).length > 0);
  const protectedLines = asking.flatMap((line) => {
    const attributes = [...new Set(protectedAsks.findAll(line.text).map((hit) => hit.value))];
    return attributes.length > 0 ? [{ line, attributes }] : [];
  });
  const attributes = [...new Set(protectedLines.flatMap((asked) => asked.attributes))];
  return [
    ...(protectedLines.length > 0
      ? [`The posting asks about ${attributes.join(', ')} (${protectedLines.map((asked) => quoted(asked.line.text)).join('; ')}), which rolefit never scores: check that such a requirement is lawful where you hire before screening on it.`]
      : []),
    ...(shiftLines.length > 0
      ? [`The posting asks for shifts (${shiftLines.map((line) => quoted(line.text)).join('; ')}), which rolefit does not score: check each candidate's shifts column in the shortlist.`]
      : []),
    ...(placeLines.length > 0
      ? [`The posting says where the work is or candidates must live (${placeLines.map((line) => quoted(line.text)).join('; ')}), which rolefit does not check: see each candidate's location column in the shortlist.`]
      : []),
  ];
}
