/**
 * Designation recall counted on the spans a reviewer judged to be the candidate's own job titles. The annotators also
 * labelled names, skills, degrees, fields of work and referees' titles "Designation"; no extractor of positions should
 * find those, so raw recall is a lower bound. A verdict file judges every annotated designation extraction missed and
 * a random sample of those it found, mixed and unmarked, so that the reviewer could not tell which was which.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { wilson } from './wilson.js';

const verdictSchema = z.object({
  resume: z.string().min(1),
  designation: z.string().min(1),
  verdict: z.enum(['TITLE', 'NOT_TITLE']),
});
export type DesignationVerdict = z.infer<typeof verdictSchema>;

/** One annotated designation (distinct per resume, by its normalised text) and whether extraction found it. */
export interface DesignationOutcome {
  resume: string;
  key: string;
  found: boolean;
}

export interface AuditedDesignationRecall {
  file: string;
  /** Missed designations judged a title, plus those no verdict covers (counted as titles: the cautious side). */
  missedTitles: number;
  missedNotTitles: number;
  missedUnjudged: number;
  /** Found designations that a verdict covers, and how many of those are titles. */
  foundJudged: number;
  foundTitles: number;
  estimate: number | null;
  low: number | null;
  high: number | null;
}

/** TSV with the header `resume_id  designation  verdict  reason`; the reason is for people. */
export async function readDesignationVerdicts(path: string): Promise<DesignationVerdict[]> {
  const rows = (await readFile(path, 'utf8')).split('\n').slice(1).filter((row) => row.trim().length > 0);
  return rows.map((row, index) => {
    const [resume, designation, verdict] = row.split('\t');
    const parsed = verdictSchema.safeParse({ resume, designation, verdict });
    if (!parsed.success) throw new Error(`${path}:${index + 2}: not a designation verdict row: ${row}`);
    return parsed.data;
  });
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * recall = found titles / (found titles + missed titles). Missed designations are all judged; found ones only in a
 * sample, so found titles = the found designations judged TITLE plus the unjudged ones at the sample's share of TITLE,
 * and the interval is that share's 95% Wilson interval.
 */
export function auditDesignationRecall(
  file: string,
  outcomes: readonly DesignationOutcome[],
  verdicts: readonly DesignationVerdict[],
  normalize: (text: string) => string,
): AuditedDesignationRecall {
  const verdictOf = new Map(verdicts.map((v) => [`${v.resume}\u001f${normalize(v.designation)}`, v.verdict]));
  const judged = (o: DesignationOutcome): DesignationVerdict['verdict'] | undefined => verdictOf.get(`${o.resume}\u001f${o.key}`);
  const missed = outcomes.filter((o) => !o.found);
  const found = outcomes.filter((o) => o.found);
  const missedNotTitles = missed.filter((o) => judged(o) === 'NOT_TITLE').length;
  const missedUnjudged = missed.filter((o) => judged(o) === undefined).length;
  const missedTitles = missed.length - missedNotTitles;
  const foundVerdicts = found.flatMap((o) => judged(o) ?? []);
  const foundTitles = foundVerdicts.filter((v) => v === 'TITLE').length;
  const figures = { file, missedTitles, missedNotTitles, missedUnjudged, foundJudged: foundVerdicts.length, foundTitles };
  if (foundVerdicts.length === 0) return { ...figures, estimate: null, low: null, high: null };
  const at = (share: number): number => {
    const titles = foundTitles + share * (found.length - foundVerdicts.length);
    return round(titles / (titles + missedTitles));
  };
  const [low, high] = wilson(foundTitles, foundVerdicts.length);
  return { ...figures, estimate: at(foundTitles / foundVerdicts.length), low: at(low), high: at(high) };
}
