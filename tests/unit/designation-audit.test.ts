import { describe, expect, it } from 'vitest';
import { auditDesignationRecall, type DesignationOutcome, type DesignationVerdict } from '../../scripts/designation-audit.js';
import { normalizePhrase } from '../../src/text/tokenize.js';

const outcome = (resume: string, designation: string, found: boolean): DesignationOutcome => ({
  resume,
  key: normalizePhrase(designation),
  found,
});
const verdict = (resume: string, designation: string, judged: DesignationVerdict['verdict']): DesignationVerdict => ({
  resume,
  designation,
  verdict: judged,
});

describe('auditDesignationRecall', () => {
  const outcomes = [
    outcome('1', 'Team Lead', true),
    outcome('1', 'Java', true),
    outcome('2', 'Process Associate', true),
    outcome('2', 'Quality Analyst', true),
    outcome('3', 'Peter Jones', false),
    outcome('3', 'Trainer', false),
    outcome('4', 'Voice Process Executive', false),
  ];
  const verdicts = [
    verdict('1', 'Team  Lead.', 'TITLE'),
    verdict('1', 'Java', 'NOT_TITLE'),
    verdict('3', 'Peter Jones', 'NOT_TITLE'),
    verdict('3', 'Trainer', 'TITLE'),
  ];

  it('leaves out missed spans judged no title and counts found ones at the judged share', () => {
    // Found: 1 judged title, 1 judged not, 2 unjudged at share 1/2 → 2 titles. Missed titles: Trainer, and Voice
    // Process Executive, unjudged. Recall 2 / (2 + 2).
    const audit = auditDesignationRecall('v.tsv', outcomes, verdicts, normalizePhrase);
    expect(audit).toMatchObject({ missedTitles: 2, missedNotTitles: 1, missedUnjudged: 1, foundJudged: 2, foundTitles: 1 });
    expect(audit.estimate).toBe(0.5);
    expect(audit.low).toBeLessThan(0.5);
    expect(audit.high).toBeGreaterThan(0.5);
  });

  it('gives no estimate when no found designation was judged', () => {
    const audit = auditDesignationRecall('v.tsv', outcomes, [verdict('3', 'Trainer', 'TITLE')], normalizePhrase);
    expect(audit.estimate).toBeNull();
    // Peter Jones has no verdict here, so it counts as a title with the judged Trainer and the unjudged third.
    expect(audit).toMatchObject({ missedTitles: 3, missedUnjudged: 2 });
  });

  it('ignores a verdict on a designation of another resume', () => {
    const audit = auditDesignationRecall('v.tsv', outcomes, [verdict('9', 'Trainer', 'NOT_TITLE'), verdict('1', 'Team Lead', 'TITLE')], normalizePhrase);
    expect(audit).toMatchObject({ missedTitles: 3, missedNotTitles: 0, missedUnjudged: 3 });
  });
});
