/**
 * The roles a candidate says they seek: "Seeking a Team Leader position", "Position desired: Technical Support",
 * "wants to move into medical coding". Each is named by a role's title in the wish, else by the skill that defines a
 * role ("a customer service role"). A job seeker's report then advises on the role they want, wherever it ranks.
 */
import type { SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { wishSpans } from './drop-aspired-skills.js';
import { findSkillHits } from './find-skills.js';
import type { LineIndex } from './locate-evidence.js';
import { jobSoughtStart } from './names-job-sought.js';
import { rolesNamedIn } from './sum-experience.js';

export function findRolesSought(resume: SegmentedResume, tokens: readonly Token[], lines: LineIndex, taxonomy: CompiledTaxonomy): string[] {
  const { text } = resume;
  // A wish ends before its job word ("a Team Leader | position"): the word after it is read with it.
  const wished = wishSpans(text, tokens, lines, taxonomy).map(({ start, end }) => text.slice(start, end + jobWordChars(text, end)));
  const labelled = resume.sections.flatMap((section) => section.lines.flatMap((line) => {
    // A label ends with a colon: a line without one names no job sought, and is not read for one.
    const from = line.text.includes(':') ? jobSoughtStart(line.text, taxonomy) : null;
    return from === null ? [] : [line.text.slice(from)];
  }));
  const sought = new Set<string>();
  for (const wish of [...wished, ...labelled]) {
    const titled = rolesNamedIn(wish, taxonomy);
    const named = titled.length > 0 ? titled : findSkillHits(wish, tokenize(wish), taxonomy).flatMap((hit) => taxonomy.rolesDefinedBy.get(hit.value) ?? []);
    for (const role of named) sought.add(role);
  }
  return [...sought];
}

/** The characters of the word starting at `at`, if one does. */
function jobWordChars(text: string, at: number): number {
  return /^\p{L}*/u.exec(text.slice(at))?.[0].length ?? 0;
}
