import { describe, expect, it } from 'vitest';
import { buildJobProfile, jobProfilePrefix } from '../../src/build-job-profile/build-job-profile.js';
import { withJobProfile } from '../../src/build-job-profile/with-job-profile.js';
import { analyseResume } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();

const posting = `Job Title: Senior Customer Support Associate (Voice)

About the role
Handle inbound calls and chat for a US telecom client.

Requirements
- 2+ years of experience in a call centre
- Excellent customer service and complaint handling
- Bachelor's degree in any field
- Zendesk is a plus

Preferred
- Salesforce CRM
- Six Sigma Yellow Belt
`;

function importanceOf(role: ReturnType<typeof buildJobProfile>['role'], skill: string): string | undefined {
  return role.skills.find((s) => s.skill === skill)?.importance;
}

describe('buildJobProfile', () => {
  const { role, closestRole } = buildJobProfile({ text: posting, name: 'posting.txt' }, taxonomy);

  it('takes the title from its label and makes an id that cannot clash with taxonomy roles', () => {
    expect(role.title).toBe('Senior Customer Support Associate (Voice)');
    expect(role.id.startsWith(jobProfilePrefix)).toBe(true);
    expect(taxonomy.rolesById.has(role.id)).toBe(false);
  });

  it('reads importance from the part a skill stands in, and from markers in its line', () => {
    expect(importanceOf(role, 'customer-service')).toBe('must-have');
    expect(importanceOf(role, 'complaint-handling')).toBe('must-have');
    expect(importanceOf(role, 'zendesk')).toBe('nice-to-have');
    expect(importanceOf(role, 'salesforce-crm')).toBe('nice-to-have');
    expect(importanceOf(role, 'inbound-call-handling')).toBe('important');
  });

  it('reads the experience and the lowest education level asked for', () => {
    expect(role.experience.minimumMonths).toBe(24);
    expect(taxonomy.levelsById.get(role.education.minimumLevel)?.name).toMatch(/bachelor/i);
  });

  it('borrows codes, pay and career paths from the closest taxonomy role', () => {
    const csr = taxonomy.rolesById.get('customer-service-representative');
    expect(closestRole).toBe('customer-service-representative');
    expect(role.experience.relevantRoles[0]).toBe('customer-service-representative');
    expect(role.salaryBands).toEqual(csr?.salaryBands);
  });

  it("takes its closest role by title with the title's false friends aside", () => {
    const sales = 'Job Title: Account Executive\nRequirements\n- Outbound telesales and lead generation\n- Meeting sales targets';
    const accounts = 'Job Title: Accounts Executive\nRequirements\n- Accounts payable and bank reconciliation';
    expect(buildJobProfile({ text: sales, name: 'sales.txt' }, taxonomy).closestRole).not.toBe('finance-accounting-specialist');
    expect(buildJobProfile({ text: accounts, name: 'accounts.txt' }, taxonomy).closestRole).toBe('finance-accounting-specialist');
  });

  it('refuses a posting that names no skill the taxonomy knows', () => {
    expect(() => buildJobProfile({ text: 'Lorem ipsum dolor sit amet.\nConsectetur adipiscing.', name: 'lorem.txt' }, taxonomy))
      .toThrow(expect.objectContaining({ code: 'invalid_job' }));
  });
});

describe('withJobProfile', () => {
  const referenceDate = { year: 2026, month: 11 };
  const base = { taxonomy, referenceDate, read: defaultReadOptions };
  const context = withJobProfile(base, { text: posting, name: 'posting.txt' });
  const profile = context.jobProfile;
  if (!profile) throw new Error('no job profile');
  const resume = (text: string) => analyseResume({ name: 'resume.txt', bytes: Buffer.from(text) }, context);

  it('scores resumes against the posting only, with the same explanations as any role', async () => {
    const fit = await resume(`Maria Cruz
Experience
Customer Service Representative, Acme BPO, Jan 2020 - Present
Handled inbound calls, customer service and complaint handling in Zendesk and Salesforce.
Education
Bachelor of Arts, 2019`);
    const unrelated = await resume(`John Roe
Experience
Line Cook, Diner, Jan 2020 - Present
Prepared food on the grill.`);
    if (!fit.ok || !unrelated.ok) throw new Error('analysis failed');
    expect(fit.matches.map((m) => m.roleId)).toEqual([profile.id]);
    expect(fit.matches[0]?.score).toBeGreaterThan(unrelated.matches[0]?.score ?? 100);
    const mustHave = fit.matches[0]?.components.find((c) => c.id === 'mustHaveSkills');
    expect(mustHave?.requirements.find((r) => r.id === 'customer-service')?.status).toBe('met');
    expect(fit.gapAnalysis[0]?.roleId).toBe(profile.id);
    expect(fit.jobProfile).toEqual(profile);
    expect(profile.skills.find((s) => s.id === 'zendesk')).toEqual({ id: 'zendesk', name: 'Zendesk', importance: 'nice-to-have' });
  });
});
