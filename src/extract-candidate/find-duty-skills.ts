/**
 * The skills a job's own lines state: its header and what follows it, up to the next job or the end of its section.
 * They show the work the job involved whatever it was called: an "Office Administrator" who "prepared bank
 * reconciliations and posted journal entries" did accounting work.
 */
import { sectionSpan } from '../segment-sections/section-span.js';
import type { SegmentedResume } from '../segment-sections/section-types.js';
import type { FoundSkill, Position } from './candidate-types.js';

/** Where a job's lines end: at the next job's header, else at the end of the section its header is in. */
function blockEnds(positions: readonly Position[], resume: SegmentedResume): number[] {
  const sectionEnds = resume.sections.flatMap((section) => sectionSpan(section) ?? []);
  const starts = positions.map((p) => p.evidence.start).sort((a, b) => a - b);
  return positions.map(({ evidence }) => {
    const sectionEnd = sectionEnds.find((s) => s.start <= evidence.start && evidence.start <= s.end)?.end ?? evidence.end;
    const next = starts.find((start) => start > evidence.start) ?? Number.POSITIVE_INFINITY;
    return Math.max(evidence.end, Math.min(next, sectionEnd));
  });
}

/** Each position with the ids of the skills stated between its header and where its lines end, in the skills' order. */
export function withDutySkills(positions: readonly Position[], skills: readonly FoundSkill[], resume: SegmentedResume): Position[] {
  const ends = blockEnds(positions, resume);
  return positions.map((position, index) => {
    const from = position.evidence.start;
    const to = ends[index] ?? position.evidence.end;
    const dutySkills = skills.filter((skill) => skill.evidence.some((e) => e.start >= from && e.start < to)).map((skill) => skill.id);
    return { ...position, dutySkills };
  });
}
