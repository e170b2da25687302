/**
 * Words BPO applicants and employers in the Philippines, Kenya, South Africa and India write: credentials still being
 * prepared for, school-leaving certificates, job titles, and a perk that looks like a skill.
 */
import { describe, expect, it } from 'vitest';
import { buildJobProfile } from '../../src/build-job-profile/build-job-profile.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();

describe("applicants' words", () => {
  it('holds no certification the candidate is reviewing for, as Filipinos prepare for an exam', () => {
    const held = (line: string): string[] => extractText(`LICENSES AND CERTIFICATIONS\n${line}`, taxonomy).certifications.map((c) => c.id);
    expect(held('Currently reviewing for AAPC CPC exam')).toEqual([]);
    expect(held('CPC reviewee (AAPC)')).toEqual([]);
    expect(held('Certified Professional Coder (CPC), AAPC, 2021')).toEqual(['cpc']);
  });

  it("reads Kenya's KCSE as finished secondary school, and a Bachelor of Education's field", () => {
    const { education } = extractText('EDUCATION\nKenya Certificate of Secondary Education (KCSE) – Maseno School, 2017, Mean Grade B\nBachelor of Education – University of the Western Cape, 2015', taxonomy);
    expect(education.entries.map((e) => [e.level, e.field])).toEqual([['higher-secondary', null], ['bachelor', 'education']]);
  });

  it('counts IT support assistants, WFM leads, chat support specialists and contact-centre learners for their roles', () => {
    const text = [
      'EXPERIENCE',
      'IT Support Assistant – Safaricom PLC, Nairobi', 'Jan 2020 – Dec 2023',
      'Senior WFM Lead – Genpact', 'Jan 2016 – Dec 2019',
      'Chat Support Specialist – Teleperformance, Cebu City – Jan 2013 – Dec 2015',
      'Learnership', 'NQF Level 2 Contact Centre Learnership – CCI South Africa, Durban', 'February 2011 – January 2012',
    ].join('\n');
    expect(extractText(text, taxonomy).positions.map((p) => p.titleRoles)).toEqual([
      ['technical-support-specialist'], ['workforce-management-analyst'], ['customer-service-representative'], ['customer-service-representative'],
    ]);
  });

  it("takes an employer's HMO, a perk, for no health insurance work asked for", () => {
    const text = 'Hiring: Customer Service Representative\nRequirements\n- Good English communication skills\n- Typing speed at least 25 wpm\nSalary: PHP 18,000 - 22,000 + HMO on day 1';
    expect(buildJobProfile({ text, name: 'csr.txt' }, taxonomy).role.skills.map((s) => s.skill)).not.toContain('health-insurance-knowledge');
    expect(extractText('SKILLS\nHMO and PPO plans, eligibility checks', taxonomy).skills.map((s) => s.id)).toContain('health-insurance-knowledge');
  });
});
