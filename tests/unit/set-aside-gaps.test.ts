/**
 * Advice leaves out what the candidate cannot act on or what another gap already says: a credential offered only in
 * another country, and language tests and skills the role's own language requirement covers. The score does not change.
 */
import { describe, expect, it } from 'vitest';
import { withJobProfile } from '../../src/build-job-profile/with-job-profile.js';
import { adviceContextOf, buildGapAnalyses } from '../../src/build-reports/build-gap-analysis.js';
import type { GapAnalysis } from '../../src/build-reports/gap-types.js';
import { analyseResume } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const csr = 'customer-service-representative';

/** A voice agent whose resume never says "English", as native speakers' resumes seldom do. */
const agent = (location: string): string => `Jordan Taylor
${location}

EXPERIENCE
Customer Service Representative, Spectrum, March 2021 - Present
Handled 70 inbound calls a day, resolved complaints and kept CSAT above 90% in Zendesk.

EDUCATION
High School Diploma, 2019`;

function analysisFor(text: string, blind = false): GapAnalysis {
  const candidate = extractText(text, taxonomy);
  const ranking = scoreRoles(candidate, taxonomy, [csr]);
  const [analysis] = buildGapAnalyses(ranking, taxonomy, 1, adviceContextOf(candidate, blind));
  if (!analysis) throw new Error('no gap analysis');
  return analysis;
}

const ids = (gaps: readonly { id: string }[]): string[] => gaps.map((gap) => gap.id);

describe('gaps set aside from the advice', () => {
  it('does not suggest a credential offered only in another country, and says why', () => {
    const us = analysisFor(agent('Columbus, OH 43004'));
    expect(ids(us.gaps)).not.toContain('tesda-contact-center-nc-ii');
    expect(us.setAside).toContainEqual(expect.objectContaining({
      id: 'tesda-contact-center-nc-ii', reason: 'not_offered_in_country', because: 'the Philippines',
    }));
    // Where the credential is offered it stays a step to take; where the country is unknown (a town the taxonomy does
    // not know, such as Manchester) it is set aside too, for the candidate may not be able to take it.
    expect(ids(analysisFor(agent('Makati City, Metro Manila')).gaps)).toContain('tesda-contact-center-nc-ii');
    const unknown = analysisFor(agent('Available to relocate'));
    expect(ids(unknown.gaps)).not.toContain('tesda-contact-center-nc-ii');
    expect(unknown.setAside).toContainEqual(expect.objectContaining({ id: 'tesda-contact-center-nc-ii', reason: 'not_offered_in_country' }));
  });

  it('gives one English gap, the role\'s own requirement, instead of three', () => {
    const analysis = analysisFor(agent('Columbus, OH 43004'));
    const englishGaps = analysis.gaps.filter((gap) => /english/i.test(gap.label) && gap.kind !== 'education');
    expect(ids(englishGaps)).toEqual(['language-english']);
    const covered = { reason: 'covered_by_requirement', because: 'English at professional level or better' };
    expect(analysis.setAside).toContainEqual(expect.objectContaining({ id: 'english-proficiency', ...covered }));
    expect(analysis.setAside).toContainEqual(expect.objectContaining({ id: 'versant-english-test', ...covered }));
  });

  it('changes no score, and keeps every requirement the score counts in gaps or set aside', () => {
    const candidate = extractText(agent('Columbus, OH 43004'), taxonomy);
    const elsewhere = extractText(agent('Makati City, Metro Manila'), taxonomy);
    const scores = (ranking: ReturnType<typeof scoreRoles>) => ranking.map(({ roleId, score, band }) => ({ roleId, score, band }));
    expect(scores(scoreRoles(candidate, taxonomy))).toEqual(scores(scoreRoles(elsewhere, taxonomy)));
    const analysis = analysisFor(agent('Columbus, OH 43004'));
    const [match] = scoreRoles(candidate, taxonomy, [csr]);
    const unmet = match?.components.flatMap((c) => c.requirements).filter((r) => r.status !== 'met' && r.kind !== 'title') ?? [];
    expect([...ids(analysis.gaps), ...ids(analysis.setAside)].sort()).toEqual(ids(unmet).sort());
  });

  it('gives the same advice wherever the candidate lives under blind screening', () => {
    const blindUs = analysisFor(agent('Columbus, OH 43004'), true);
    const blindPh = analysisFor(agent('Makati City, Metro Manila'), true);
    expect(blindUs.gaps).toEqual(blindPh.gaps);
    // With the country withheld, a credential of one country is advised to no one.
    expect(ids(blindUs.gaps)).not.toContain('tesda-contact-center-nc-ii');
  });

  it('does not suggest a language test when the resume shows the language and the role sets no level', async () => {
    const posting = 'Job Title: Chat Support Agent\nRequirements\n- Zendesk and customer service\n- English communication skills\n- Versant test score is a plus';
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text: posting, name: 'posting.txt' });
    const resume = 'Ana Cruz\nSKILLS\nZendesk, customer service, fluent English';
    const result = await analyseResume({ name: 'ana.txt', bytes: Buffer.from(resume) }, context);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.gapAnalysis[0]?.setAside).toContainEqual(expect.objectContaining({
      id: 'versant-english-test', reason: 'language_shown', because: 'English Language Proficiency',
    }));
    const withoutEnglish = await analyseResume({ name: 'ana.txt', bytes: Buffer.from('Ana Cruz\nSKILLS\nZendesk, customer service') }, context);
    if (!withoutEnglish.ok) throw new Error(withoutEnglish.error.message);
    expect(ids(withoutEnglish.gapAnalysis[0]?.gaps ?? [])).toContain('versant-english-test');
  });
});

describe('the typing skill beside the role\'s typing requirement', () => {
  it('is set aside as covered by the requirement, which is the one step left', () => {
    const candidate = extractText('EXPERIENCE\nData Entry Operator, Acme, 2020 - Present\nEntered invoices in SAP', taxonomy);
    const ranking = scoreRoles(candidate, taxonomy, ['data-entry-operator']);
    const [analysis] = buildGapAnalyses(ranking, taxonomy, 1, adviceContextOf(candidate, false));
    expect(ids(analysis?.gaps ?? [])).toContain('typing-speed');
    expect(analysis?.gaps.find((gap) => gap.id === 'typing-speed')?.kind).toBe('screening');
    expect(analysis?.setAside).toContainEqual(expect.objectContaining({
      kind: 'skill', id: 'typing-speed', reason: 'covered_by_requirement', because: 'Typing speed of at least 35 WPM',
    }));
  });
});

describe("a country's own tax", () => {
  const accountant = (location: string) => `Grace Otieno\n${location} | grace@example.com\nEXPERIENCE\nAccounts Assistant, Coast Traders, Jan 2019 - Dec 2023\n- Processed supplier invoices, bank reconciliations and journal entries\nEDUCATION\nBCom Accounting, 2018`;
  const gstGap = (location: string) => {
    const candidate = extractText(accountant(location), taxonomy);
    const [analysis] = buildGapAnalyses(scoreRoles(candidate, taxonomy, ['finance-accounting-specialist']), taxonomy, 1, adviceContextOf(candidate, false));
    return { step: analysis?.gaps.find((g) => g.id === 'gst'), setAside: analysis?.setAside.find((g) => g.id === 'gst') };
  };

  it('is advised where it is used, and set aside elsewhere, the score unchanged', () => {
    expect(gstGap('Pune, Maharashtra').step).toBeDefined();
    expect(gstGap('Mombasa, Kenya')).toMatchObject({ step: undefined, setAside: { reason: 'not_used_in_country', because: 'India' } });
    const score = (location: string) => scoreRoles(extractText(accountant(location), taxonomy), taxonomy, ['finance-accounting-specialist'])[0]?.score;
    expect(score('Mombasa, Kenya')).toBe(score('Pune, Maharashtra'));
  });
});
