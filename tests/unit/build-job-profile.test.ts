import { describe, expect, it } from 'vitest';
import { buildJobProfile, jobProfilePrefix } from '../../src/build-job-profile/build-job-profile.js';
import { withJobProfile } from '../../src/build-job-profile/with-job-profile.js';
import { analyseResume } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { renderHtml } from '../../src/build-reports/render-html.js';
import { renderMarkdown } from '../../src/build-reports/render-markdown.js';
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

  it('leaves the place a posting appends out of its title, and keeps a title that only names one', () => {
    const titled = (first: string) => buildJobProfile({ text: `${first}\nRequirements\n- Forecasting and scheduling, NICE IEX`, name: 'wfm.txt' }, taxonomy).role.title;
    expect(titled('Workforce Management Analyst – Nairobi')).toBe('Workforce Management Analyst');
    expect(titled('Customer Support Executive - Hyderabad, Telangana')).toBe('Customer Support Executive');
    expect(titled('Team Leader - Collections')).toBe('Team Leader - Collections');
    expect(titled('Nairobi')).toBe('Nairobi');
  });

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

  it('takes the role whose skills are of the kind it names when no role lists them, not the first role by name', () => {
    const noc = 'NOC Monitoring Engineer\nRequirements\n- 2+ years with SolarWinds NPM, Nagios or Zabbix\n- Linux command line';
    expect(buildJobProfile({ text: noc, name: 'noc.txt' }, taxonomy).closestRole).toBe('technical-support-specialist');
    const calls = 'Inbound Agent\nRequirements\n- Inbound calls and complaint handling';
    expect(buildJobProfile({ text: calls, name: 'calls.txt' }, taxonomy).closestRole).toBe('customer-service-representative');
  });

  const profileOf = (text: string) => buildJobProfile({ text, name: 'posting.txt' }, taxonomy);
  const levelName = (text: string) => taxonomy.levelsById.get(profileOf(text).role.education.minimumLevel)?.name ?? '';
  const lowestLevel = [...taxonomy.levelsById.values()].sort((a, b) => a.rank - b.rank)[0]?.name;
  const skillsLine = '- Customer service, complaint handling and Zendesk';

  it.each([
    ['3-5 years of experience in chat support', 36],
    ['2+ yrs making customers smile over the phone', 24],
    ['At least one year of BPO customer service experience', 12],
    ['6 months of experience in customer service', 6],
    ['3 to 5 years in a contact centre', 36],
  ])('reads the least experience a requirement asks for: "%s" is %i months', (line, months) => {
    expect(profileOf(`Requirements\n- ${line}\n${skillsLine}`).role.experience.minimumMonths).toBe(months);
  });

  it('takes no experience from an age, a nice-to-have, or a figure outside the requirements without a word of experience', () => {
    const closestMinimum = profileOf(`Requirements\n${skillsLine}`).role.experience.minimumMonths;
    expect(profileOf(`Requirements\n- Must be 18 years old\n${skillsLine}`).role.experience.minimumMonths).toBe(closestMinimum);
    expect(profileOf(`Requirements\n${skillsLine}\nPreferred\n- 5 years of experience`).role.experience.minimumMonths).toBe(closestMinimum);
    expect(profileOf(`About the role\nA contract of 6 months.\nRequirements\n${skillsLine}`).role.experience.minimumMonths).toBe(closestMinimum);
  });

  it('sets no education minimum from a degree that is preferred or not required', () => {
    expect(levelName(`Requirements\n${skillsLine}\n- Bachelor's degree`)).toMatch(/bachelor/i);
    expect(levelName(`Requirements\n${skillsLine}\n- Bachelor's degree preferred`)).toBe(lowestLevel);
    expect(levelName(`Must haves: ${skillsLine.slice(2)}. Bachelor's degree not required.`)).toBe(lowestLevel);
  });

  it('takes fields of study only from the lines that name a level', () => {
    const text = `Requirements\n${skillsLine}\n- Bachelor's degree in Business Administration\nBonus points if you speak Spanish.`;
    const fields = profileOf(text).role.education.preferredFields;
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every((field) => /business/i.test(taxonomy.fieldsById.get(field)?.name ?? field))).toBe(true);
  });

  it('makes what a line does not require no more than nice to have, and an alternative only nice to have', () => {
    const notRequired = profileOf(`Must haves: ${skillsLine.slice(2)}. Salesforce experience not required.`);
    expect(importanceOf(notRequired.role, 'salesforce-crm')).toBe('nice-to-have');
    expect(importanceOf(notRequired.role, 'zendesk')).toBe('must-have');
    const either = profileOf('Requirements\n- Customer service in Zendesk (or Freshdesk — we are not picky)\n- Complaint handling');
    expect(importanceOf(either.role, 'zendesk')).toBe('must-have');
    expect(importanceOf(either.role, 'freshdesk')).toBe('nice-to-have');
    const both = profileOf('Requirements\n- Zendesk and Freshdesk\n- Complaint handling');
    expect(importanceOf(both.role, 'freshdesk')).toBe('must-have');
  });

  it('asks the examples in a bracket after a requirement one step less than it', () => {
    const excel = profileOf('Requirements\n- Advanced Excel (VLOOKUP, pivots)\n- Accounts payable\n\nPreferred\n- QuickBooks (bank feeds)');
    expect(importanceOf(excel.role, 'advanced-excel')).toBe('must-have');
    expect(importanceOf(excel.role, 'excel-lookup-functions')).toBe('important');
    expect(importanceOf(excel.role, 'excel-pivot-tables')).toBe('important');
    // Named on their own, outside a bracket, they are asked in full.
    const listed = profileOf('Requirements\n- Advanced Excel, VLOOKUP and pivot tables\n- Accounts payable');
    expect(importanceOf(listed.role, 'excel-lookup-functions')).toBe('must-have');
    expect(importanceOf(listed.role, 'excel-pivot-tables')).toBe('must-have');
  });

  it('ends no sentence at an abbreviation, and weighs a contrast clause apart', () => {
    const senior = profileOf('Sr. Technical Support Engineer\n\nRequirements\n- Troubleshooting, ticketing and remote desktop support');
    expect(senior.role.title).toBe('Sr. Technical Support Engineer');
    expect(senior.closestRole).toBe('technical-support-specialist');
    expect(profileOf(`Requirements\n- Min. 2 yrs. experience in a BPO.\n${skillsLine}`).role.experience.minimumMonths).toBe(24);
    const contrast = profileOf('About the role\nNo experience required, but Zendesk and Salesforce are a must.\nCustomer service and complaint handling.');
    expect(importanceOf(contrast.role, 'zendesk')).toBe('must-have');
    const degree = profileOf(`About the role\nA degree is not required, but 2 years of call center experience is required.\n${skillsLine}`);
    expect(degree.role.experience.minimumMonths).toBe(24);
  });

  it('takes no experience from a course, schooling, an age, or a company\'s own years', () => {
    const closestMinimum = profileOf(`Requirements\n${skillsLine}`).role.experience.minimumMonths;
    for (const line of ['- Graduate of a 4 year course', '- Completed at least 2 years of college', '- Age 18 to 35 years']) {
      expect(profileOf(`Requirements\n${line}\n${skillsLine}`).role.experience.minimumMonths, line).toBe(closestMinimum);
    }
    const intro = `Acme BPO brings over 20 years of experience to its clients.\nRequirements\n${skillsLine}`;
    expect(profileOf(intro).role.experience.minimumMonths).toBe(closestMinimum);
  });

  it('takes the experience a job description lists by its figure or labels as experience, outside its requirements', () => {
    const listed = (line: string): number => profileOf(`Customer Service Executive\nJob Description:\n${line}\n${skillsLine}`).role.experience.minimumMonths;
    expect(listed('- 3-6 years of customer service experience')).toBe(36);
    expect(listed('Experience: 3 - 6 years')).toBe(36);
    // A company's own years, told in a sentence, still ask for nothing.
    const closestMinimum = profileOf(`Requirements\n${skillsLine}`).role.experience.minimumMonths;
    expect(listed('Acme BPO brings over 20 years of experience to its clients.')).toBe(closestMinimum);
  });

  it('warns when a posting names too few skills for its scores to mean much, and only then', () => {
    const thin = profileOf('Hiring chat agents. Apply now!');
    expect(thin.warnings).toHaveLength(1);
    expect(thin.warnings[0]).toMatch(/names only \d skills? the taxonomy knows/);
    expect(profileOf(posting).warnings).toEqual([]);
  });

  it('warns of the shifts and places it asks for, which rolefit does not check, and of none it does not ask', () => {
    const text = 'Chat Support\nSite: BGC, Taguig City\nQualifications:\n- Typing 40 WPM, chat support, Zendesk, written English\n'
      + '- Willing to work on night shift\n- Must be residing in Taguig or nearby\nSalary: PHP 18,000 monthly + night differential';
    const { warnings } = buildJobProfile({ text, name: 'chat.txt' }, taxonomy);
    expect(warnings).toEqual([
      'The posting asks for shifts ("Willing to work on night shift"), which rolefit does not score: check each candidate\'s shifts column in the shortlist.',
      'The posting says where the work is or candidates must live ("Site: BGC, Taguig City"; "Must be residing in Taguig or nearby"), which rolefit does not check: see each candidate\'s location column in the shortlist.',
    ]);
    expect(buildJobProfile({ text: 'Chat Support\nRequirements:\n- Chat support, Zendesk, written English', name: 'plain.txt' }, taxonomy).warnings).toEqual([]);
  });

  it('warns of what it asks about a person, quoting it, and scores none of it', () => {
    const asking = 'Customer Service Representative\nRequirements:\n- Female candidates only, age 21-35 years old\n'
      + '- Must be single and Filipino citizen, Roman Catholic preferred\n- Pleasing personality, height at least 5\'2"\n'
      + '- Inbound calls, customer service, English communication';
    const { warnings, role } = buildJobProfile({ text: asking, name: 'asking.txt' }, taxonomy);
    expect(warnings).toEqual([
      'The posting asks about gender, age, marital status, nationality, religion, appearance ("Female candidates only, age 21-35 years old"; '
        + '"Must be single and Filipino citizen, Roman Catholic preferred"; "Pleasing personality, height at least 5\'2""), which rolefit never '
        + 'scores: check that such a requirement is lawful where you hire before screening on it.',
    ]);
    // The age is no experience.
    expect(role.experience.minimumMonths).toBe(buildJobProfile({ text: 'Customer Service Representative\nRequirements:\n- Inbound calls, customer service, English communication', name: 'plain.txt' }, taxonomy).role.experience.minimumMonths);
    // Aged receivables and senior-citizen customers ask nothing of the candidate.
    const plain = 'AR Specialist\nRequirements:\n- Follow up aged receivables and collections\n- Support senior citizens enrolled in Medicare\n- Accounts receivable, Excel, billing';
    expect(buildJobProfile({ text: plain, name: 'ar.txt' }, taxonomy).warnings).toEqual([]);
  });

  it('counts the time in a title a posting names over a larger figure naming none, and warns of the other', () => {
    const text = 'Team Leader\nQualifications:\n* At least 2 years of experience as a Team Leader in a BPO / call center\n'
      + '* At least 3 years of healthcare account experience (claims, eligibility, benefits)\n* HIPAA, coaching, KPI tracking';
    const { role, warnings } = buildJobProfile({ text, name: 'tl.txt' }, taxonomy);
    expect(role.experience.minimumMonths).toBe(24);
    expect(role.experience.relevantRoles).toEqual(['team-leader']);
    expect(warnings).toContain('The posting also asks for experience the score does not count ("At least 3 years of healthcare account experience '
      + '(claims, eligibility, benefit…"): the score counts only "At least 2 years of experience as a Team Leader in a BPO / call center"; check the '
      + 'rest in each candidate\'s work history.');
    // One figure alone is counted without a warning.
    const single = buildJobProfile({ text: 'Team Leader\nQualifications:\n* At least 2 years as a Team Leader\n* HIPAA, coaching, KPI tracking', name: 'one.txt' }, taxonomy);
    expect(single.warnings.filter((w) => w.includes('experience the score'))).toEqual([]);
  });

  it('reads the title under an announcement and its emoji, without the place and district after it', () => {
    const title = (first: string) => buildJobProfile({ text: `${first}\nRequirements:\n- Collections, outbound calling, payment negotiation`, name: 'p.txt' }, taxonomy).role.title;
    expect(title('📢 Hiring for: Customer Care Agent (Inbound) – Telecom Account | Nairobi (Westlands)')).toBe('Customer Care Agent (Inbound) – Telecom Account');
    expect(title('Hiring for Collections Agent – Johannesburg (Rosebank) 💰')).toBe('Collections Agent');
    expect(title("WE'RE HIRING! 🚀 Team Leader")).toBe('Team Leader');
  });

  it('reads "Advantageous" and "an added advantage" as nice to have, and "a leading operator" asks for no people management', () => {
    const text = 'Collections Agent\nOur client, a leading mobile network operator, is hiring.\nRequirements\n- Debt collection, outbound calling\n'
      + '- Experience with Salesforce is an added advantage\nAdvantageous\n- Six Sigma Yellow Belt';
    const { role } = buildJobProfile({ text, name: 'za.txt' }, taxonomy);
    const importance = new Map(role.skills.map((s) => [s.skill, s.importance]));
    expect(importance.get('salesforce-crm')).toBe('nice-to-have');
    expect(importance.has('people-management')).toBe(false);
    expect(role.certifications.map((c) => c.importance)).toEqual(['nice-to-have']);
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

describe('what a posting offers or announces, and figures as postings write them', () => {
  const profileOf = (text: string) => buildJobProfile({ text, name: 'posting.txt' }, taxonomy).role;

  it('asks nothing in a part about the employer, and reads no skill in an announcement', () => {
    const role = profileOf([
      "Job Title: Chat Support Agent\nWe're hiring chat support agents for a US retail account!",
      'Requirements\n- Customer service and Zendesk\n- Good English communication',
      'Benefits\n- HMO coverage for you and 2 dependents\n- Paid time off',
    ].join('\n'));
    expect(role.skills.map((s) => s.skill)).not.toContain('health-insurance-knowledge');
    expect(role.skills.map((s) => s.skill)).not.toContain('recruitment');
    expect(importanceOf(role, 'zendesk')).toBe('must-have');
    const urgent = profileOf('URGENT HIRING: Customer Service Representative\nRequirements\n- Customer service, complaint handling, CRM');
    expect(urgent.title).toBe('Customer Service Representative');
    expect(urgent.skills.map((s) => s.skill)).not.toContain('recruitment');
    expect(profileOf('Hiring chat agents. Requirements: customer service, Zendesk and CRM.').skills.map((s) => s.skill)).not.toContain('recruitment');
    // A posting for a recruiter still asks for recruiting.
    expect(importanceOf(profileOf('Job Title: Recruiter\nRequirements\n- End-to-end recruitment and sourcing\n- Applicant tracking systems'), 'recruitment')).toBe('must-have');
  });

  it('reads "one (1) year" and the lower end of "6 months to 1 year"', () => {
    expect(profileOf('Requirements\n- Minimum of one (1) year BPO experience\n- Customer service, Zendesk, CRM').experience.minimumMonths).toBe(12);
    expect(profileOf('Requirements\n- 6 months to 1 year of call center experience\n- Customer service, Zendesk, CRM').experience.minimumMonths).toBe(6);
  });

  it('reads "any graduate" as a bachelor\'s, and a level that a later clause does not need', () => {
    expect(profileOf('Requirements\n- Any graduate\n- Customer service, Zendesk, CRM').education.minimumLevel).toBe('bachelor');
    expect(profileOf('Qualifications\n- Graduate of any 4-year course\n- Customer service, Zendesk, CRM').education.minimumLevel).toBe('bachelor');
    // A marker inside a note that lists several things speaks of one of them, not of the line.
    const listed = profileOf('Requirements\n- Any graduate (B.Com, B.Sc, BBA, B.Pharm, Nursing preferred)\n- Customer service, Zendesk, CRM');
    expect(listed.education.minimumLevel).toBe('bachelor');
    expect(profileOf('Requirements\n- Diploma in Business, Finance or a related field\n- Customer service, Zendesk, CRM').education.preferredFields)
      .toContain('business-administration');
    const school = profileOf('Qualifications\n- Senior high school graduate; college degree is not required\n- Customer service, Zendesk, CRM');
    expect(school.education.minimumLevel).toBe('higher-secondary');
  });

  it('asks no master\'s of a posting that asks for a Certified Scrum Master', () => {
    expect(profileOf('Requirements\n- Customer service, Zendesk, CRM\n- Certified Scrum Master required').education.minimumLevel).not.toBe('master');
  });

  it.each([
    ['Graduate in any stream', 'bachelor'],
    ['College graduate', 'bachelor'],
    ['At least 2nd year college level or college graduate', 'higher-secondary'],
    ['College undergraduates or graduates of any course may apply', 'higher-secondary'],
    // Studies under way and no level named: a bachelor's under way, not the lowest level there is.
    ['At least 2nd year college level', 'higher-secondary'],
    ['Completed at least 2 years of college', 'higher-secondary'],
  ])('reads "%s" as asking for %s', (line, level) => {
    expect(profileOf(`Requirements\n- ${line}\n- Customer service, Zendesk, CRM`).education.minimumLevel).toBe(level);
    // Beside a degree the posting only prefers, the line still asks what it asks.
    expect(profileOf(`Requirements\n- ${line}\n- Customer service, Zendesk, CRM\nPreferred\n- Bachelor's degree is a plus`).education.minimumLevel).toBe(level);
  });
});

describe('what a posting asks of typing and languages', () => {
  const voicePosting = [
    'Customer Service Representative (Voice) - Makati',
    'Requirements:',
    '- At least 6 months of BPO voice experience (inbound customer service)',
    '- Typing speed of at least 35 WPM',
    '- Excellent English communication skills',
    '- Conversational Spanish is a plus',
  ].join('\n');

  it('asks the typing speed and the language levels its requirements state, and nothing a line only wishes for', () => {
    const { role } = buildJobProfile({ text: voicePosting, name: 'voice.txt' }, taxonomy);
    expect(role.screening).toEqual({ typingWordsPerMinute: 35, languages: [{ language: 'english', minimumLevel: 'fluent' }] });
    const two = buildJobProfile({ text: 'Requirements:\n- Excellent communication skills in English and Kiswahili\n- Debt collection', name: 'ke.txt' }, taxonomy);
    expect(two.role.screening.languages.map((l) => l.language)).toEqual(['english', 'swahili']);
    const plain = buildJobProfile({ text: 'Requirements:\n- Customer service experience\n- Zendesk', name: 'plain.txt' }, taxonomy);
    expect(plain.role.screening).toEqual({ languages: [] });
  });

  it('asks for a CEFR level stated alone as the proficiency level it stands for', () => {
    const b2 = buildJobProfile({ text: 'Requirements\n- English level B2 or higher (CEFR)\n- Customer service, Zendesk', name: 'co.txt' }, taxonomy);
    expect(b2.role.screening.languages).toEqual([{ language: 'english', minimumLevel: 'professional' }]);
    const c1 = buildJobProfile({ text: 'Requirements\n- Advanced English (C1)\n- Customer service, Zendesk', name: 'co.txt' }, taxonomy);
    expect(c1.role.screening.languages).toEqual([{ language: 'english', minimumLevel: 'fluent' }]);
  });

  it('scores a slow typist short of the typing requirement, as a taxonomy role would', async () => {
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text: voicePosting, name: 'voice.txt' });
    const slow = await analyseResume({
      name: 'slow.txt',
      bytes: Buffer.from('EXPERIENCE\nCustomer Support Associate, Acme BPO, Jan 2022 - Present\n- Customer service by email\nSKILLS\nTyping 20 WPM, English (fluent)'),
    }, context);
    if (!slow.ok) throw new Error('analysis failed');
    const screening = slow.matches[0]?.components.find((c) => c.id === 'screening');
    expect(screening?.requirements.map((r) => [r.label, r.status])).toEqual([
      ['Typing speed of at least 35 WPM', 'partial'],
      ['English at fluent level or better', 'met'],
    ]);
    expect(slow.jobProfile?.screening).toEqual({ typingWordsPerMinute: 35, languages: [{ id: 'english', name: 'English', minimumLevel: 'fluent' }] });
  });

  it('shows the typing skill by a speed however worded, tells it once, and keeps a typist below the minimum from ready now', async () => {
    const text = 'CSR\nRequirements:\n- Typing speed of at least 35 WPM\n- Inbound customer service and CRM\n- Excellent English';
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text, name: 'csr.txt' });
    const agent = (speed: number) => analyseResume({
      name: 'agent.txt',
      bytes: Buffer.from(`EXPERIENCE\nCustomer Service Representative, Sitel, Jan 2022 - Present\n- Inbound customer service calls; Salesforce CRM\nEDUCATION\nHigh School Diploma, Cainta National High School, 2019\nSKILLS\n- Fluent in English\n- Marunong mag-type (${speed} wpm)`),
    }, context);
    const [fast, slow] = await Promise.all([agent(45), agent(30)]);
    if (!fast.ok || !slow.ok) throw new Error('analysis failed');
    expect(fast.candidate.skills.find((s) => s.id === 'typing-speed')?.evidence.map((e) => e.text)).toEqual(['45 wpm']);
    const fastGaps = fast.gapAnalysis[0];
    expect(fastGaps?.strengths.filter((s) => /typing/i.test(s))).toEqual(['Typing speed of at least 35 WPM (45 WPM stated)']);
    expect(fast.matches[0]?.readiness.level).toBe('ready-now');
    const slowGaps = slow.gapAnalysis[0];
    expect(slowGaps?.strengths.filter((s) => /typing/i.test(s))).toEqual([]);
    expect(slowGaps?.gaps.find((g) => g.id === 'typing-speed' && g.kind === 'screening')?.detail).toBe('30 WPM stated');
    expect(slow.matches[0]?.readiness).toMatchObject({
      level: 'ready-with-training',
      reasons: ['typing speed below the minimum: 30 WPM stated (Typing speed of at least 35 WPM)'],
    });
  });
});

describe('the pay a posting states', () => {
  const text = 'CSR - Voice\nSalary: PHP 20,000 - 25,000 monthly + night differential\nRequirements:\n- Customer service, Zendesk and CRM';

  it('is shown in the reports instead of the closest role\'s pay band, often another country\'s', async () => {
    const built = buildJobProfile({ text, name: 'csr.txt' }, taxonomy);
    expect([built.pay, built.role.salaryBands]).toEqual(['PHP 20,000 - 25,000 monthly + night differential', []]);
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text, name: 'csr.txt' });
    const agent = await analyseResume({ name: 'agent.txt', bytes: Buffer.from('SKILLS\nCustomer service, Zendesk') }, context);
    if (!agent.ok) throw new Error('analysis failed');
    expect(agent.jobProfile?.pay).toBe('PHP 20,000 - 25,000 monthly + night differential');
    const markdown = renderMarkdown(agent);
    expect(markdown).toContain('- Pay (from the posting): PHP 20,000 - 25,000 monthly + night differential');
    expect(markdown).not.toMatch(/Pay \(US/);
    expect(renderHtml(agent)).toContain('<h3>Pay</h3><p>From the posting: PHP 20,000 - 25,000 monthly + night differential</p>');
  });

  it('is read where a pay word is followed by a figure in its own bracket or clause, not labelled', () => {
    const built = buildJobProfile({ text: 'Team Leader\nWhat We Offer\n- Competitive salary (CTC up to 7 LPA) and performance bonus\nRequirements:\n- Coaching, KPI management', name: 'tl.txt' }, taxonomy);
    expect(built.pay).toBe('CTC up to 7 LPA');
    const experience = buildJobProfile({ text: 'CSR\nSalary negotiable for 3 years of experience\nRequirements:\n- Customer service, Zendesk', name: 'csr.txt' }, taxonomy);
    expect(experience.pay).toBeNull();
  });

  it('is none where no labelled line states a figure, and the closest role\'s band stays', () => {
    const built = buildJobProfile({ text: 'CSR - Voice\nSalary: competitive\nRequirements:\n- Customer service, Zendesk and CRM', name: 'csr.txt' }, taxonomy);
    expect(built.pay).toBeNull();
    expect(built.role.salaryBands.length).toBeGreaterThan(0);
  });
});

describe('the experience a posting counts', () => {
  it('is the work its figure names ("3-5 years of collections experience"), else the closest role\'s', () => {
    const lead = buildJobProfile({
      text: 'Team Leader – Collections\nRequirements\n- 3-5 years of collections experience in a BPO or bank\n- Coaching, FDCPA, skip tracing',
      name: 'lead.txt',
    }, taxonomy);
    expect(lead.role.experience).toMatchObject({ minimumMonths: 36, relevantRoles: ['collections-agent'], relevantTitles: [] });
    const plain = buildJobProfile({ text: 'Team Leader\nRequirements\n- 3 years of experience\n- Coaching, KPI management', name: 'tl.txt' }, taxonomy);
    expect(plain.role.experience.relevantRoles[0]).toBe('team-leader');
  });

  it('is the title its figure is asked as ("2 yrs as TL in collections"), the work named after it only qualifying it', () => {
    const lead = buildJobProfile({
      text: 'Team Leader - Collections\nMust have:\n- At least 2 yrs as TL in collections (BPO or bank)\n- Coaching, call monitoring, FDCPA',
      name: 'lead.txt',
    }, taxonomy);
    expect(lead.role.experience).toMatchObject({ minimumMonths: 24, relevantRoles: ['team-leader'] });
  });

  it('is the time in the title a line names beside a larger figure, which it warns of: "3 years, including 1 year as a Team Leader"', () => {
    const lead = buildJobProfile({
      text: 'Team Leader\nQualifications\n- Minimum 3 years of experience in BPO / contact centre, including at least 1 year as a Team Leader\n- Coaching, KPI management',
      name: 'tl.txt',
    }, taxonomy);
    expect(lead.role.experience).toMatchObject({ minimumMonths: 12, relevantRoles: ['team-leader'] });
    expect(lead.warnings).toContainEqual(expect.stringContaining('also asks for experience the score does not count ("3 years")'));
  });

  it('is the work its figure names by what it is ("experience leading a team"): an agent\'s months are not it', () => {
    const text = (asked: string) => `Team Leader - International Voice Process\nRequirements\n- ${asked}\n- Strong people management, coaching and performance management`;
    const leading = buildJobProfile({ text: text('2+ yrs of experience leading a team of 10 or more'), name: 'tl.txt' }, taxonomy);
    expect(leading.role.experience).toMatchObject({ minimumMonths: 24, relevantRoles: ['team-leader'], relevantTitles: [] });
    const bpo = buildJobProfile({ text: text('2+ yrs of BPO experience'), name: 'tl.txt' }, taxonomy);
    expect(bpo.role.experience.relevantRoles).toContain('customer-service-representative');
  });
});

describe('what a recruiter\'s postings rule out and name', () => {
  const coder = 'Medical Coder - Chennai\nRequirements\n- CPC certification mandatory. CPC-A (apprentice) not considered.\n'
    + '- Minimum 2 years of experience in E/M coding or Surgery coding\n- CPA or KASNEB qualification not needed\n- ICD-10-CM and CPT';

  it('rules out a credential with a remark in brackets, or an alternative run, before "not considered" or "not needed"', () => {
    const { role } = buildJobProfile({ text: coder, name: 'coder.txt' }, taxonomy);
    expect(role.certifications).toEqual([{ certification: 'cpc', importance: 'must-have', alternatives: [] }]);
  });

  it("counts a coder's months for coding experience, not a biller's", () => {
    const { role } = buildJobProfile({ text: coder, name: 'coder.txt' }, taxonomy);
    expect(role.experience).toMatchObject({ minimumMonths: 24, relevantRoles: ['medical-coder'] });
  });

  it('asks the 12th for "Any Graduate / Undergraduate (12th pass)", and a graduate\'s start for studies under way', () => {
    const level = (line: string) => buildJobProfile({ text: `Voice Process\nEligibility\n- ${line}\n- Customer service and Zendesk`, name: 'p.txt' }, taxonomy).role.education.minimumLevel;
    expect(level('Any Graduate / Undergraduate (12th pass)')).toBe('higher-secondary');
    expect(level('At least 2nd year college level or college graduate')).toBe('higher-secondary');
  });

  it('asks a duty done "where required" as a nice-to-have, and what is "required" as a must-have', () => {
    const { role } = buildJobProfile({ text: 'Voice Process\nRequirements\n- Excellent customer service skills\n- Making outbound calls where required\n- Typing speed of 30 WPM required', name: 'p.txt' }, taxonomy);
    const importance = (id: string) => role.skills.find((s) => s.skill === id)?.importance;
    expect(importance('outbound-calling')).toBe('nice-to-have');
    expect(importance('typing-speed')).toBe('must-have');
  });

  it('takes the title without what describes the opening as one a candidate may hold', () => {
    const { role } = buildJobProfile({ text: 'Team Leader - Customer Operations (Voice)\nRequirements\n- People management, coaching', name: 'tl.txt' }, taxonomy);
    expect(role.aliases).toEqual(['Team Leader - Customer Operations (Voice)', 'Team Leader']);
  });
});

describe('a posting that waives experience', () => {
  const requirements = 'Requirements:\n- Customer service, Zendesk and CRM\n- Typing speed of at least 35 WPM';

  it('weighs no experience when it welcomes fresh graduates and names no figure of experience', async () => {
    const text = `CSR\n${requirements}\n- With or without BPO experience; fresh graduates are welcome`;
    const { role } = buildJobProfile({ text, name: 'fresh.txt' }, taxonomy);
    expect(role.experience).toMatchObject({ minimumMonths: 0, waived: true });
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text, name: 'fresh.txt' });
    const fresher = await analyseResume({ name: 'fresher.txt', bytes: Buffer.from('EDUCATION\nSenior High School, 2025\nSKILLS\nCustomer service, Zendesk') }, context);
    if (!fresher.ok) throw new Error('analysis failed');
    expect(fresher.matches[0]?.components.map((c) => c.id)).not.toContain('experience');
  });

  it('still weighs experience when a figure of it is asked for, even as a plus', () => {
    const plus = buildJobProfile({ text: `CSR\n${requirements}\n- Fresh graduates are welcome\nPreferred:\n- 6 months BPO experience is a plus`, name: 'plus.txt' }, taxonomy);
    expect(plus.role.experience.waived).toBe(false);
  });
});

describe('alternatives a posting names', () => {
  it('meets "Zendesk or Salesforce" with either, and says which', async () => {
    const text = 'CSR - Voice\nRequirements:\n- Experience with Zendesk or Salesforce\n- Customer service and complaint handling';
    const { role } = buildJobProfile({ text, name: 'csr.txt' }, taxonomy);
    expect(role.skills.find((s) => s.skill === 'zendesk')).toMatchObject({ importance: 'must-have', alternatives: ['salesforce-crm'] });
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text, name: 'csr.txt' });
    const requirement = async (skills: string) => {
      const result = await analyseResume({ name: 'agent.txt', bytes: Buffer.from(`SKILLS\n${skills}, customer service`) }, context);
      if (!result.ok) throw new Error('analysis failed');
      return result.matches[0]?.components.flatMap((c) => c.requirements).find((r) => r.id === 'zendesk');
    };
    expect(await requirement('Salesforce Service Cloud')).toMatchObject({ status: 'met', detail: 'alternative: Salesforce' });
    expect(await requirement('Zendesk')).toMatchObject({ status: 'met', detail: null });
    expect((await requirement('Excel'))?.status).not.toBe('met');
  });

  it('meets a certification asked "(or …)" with either, and says which: "CompTIA A+ certification (or Google IT Support …)"', async () => {
    const text = 'Service Desk Analyst\nRequirements\n- CompTIA A+ certification (or Google IT Support Professional Certificate)\n'
      + '- Windows troubleshooting and password resets in Active Directory\n- Ticketing in ServiceNow';
    const { role } = buildJobProfile({ text, name: 'desk.txt' }, taxonomy);
    expect(role.certifications.map((c) => [c.certification, c.importance, c.alternatives])).toEqual([
      ['comptia-a-plus', 'must-have', ['google-it-support']],
      ['google-it-support', 'nice-to-have', []],
    ]);
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text, name: 'desk.txt' });
    const requirement = async (certificate: string) => {
      const result = await analyseResume({ name: 'analyst.txt', bytes: Buffer.from(`CERTIFICATIONS\n${certificate}\nSKILLS\nWindows troubleshooting, ServiceNow`) }, context);
      if (!result.ok) throw new Error('analysis failed');
      return result.matches[0]?.components.flatMap((c) => c.requirements).find((r) => r.id === 'comptia-a-plus');
    };
    expect(await requirement('Google IT Support Professional Certificate, 2024')).toMatchObject({ status: 'met', detail: 'alternative: Google IT Support Professional Certificate' });
    expect(await requirement('CompTIA A+, 2023')).toMatchObject({ status: 'met', detail: null });
    expect((await requirement('ITIL 4 Foundation, 2023'))?.status).toBe('missing');
    // Named side by side, each is asked.
    const both = buildJobProfile({ text: 'Service Desk Analyst\nRequirements\n- CompTIA A+ and ITIL 4 Foundation certifications\n- Windows troubleshooting', name: 'desk.txt' }, taxonomy);
    expect(both.role.certifications.map((c) => [c.certification, c.importance, c.alternatives])).toEqual([
      ['comptia-a-plus', 'must-have', []],
      ['itil-4-foundation', 'must-have', []],
    ]);
  });

  it('asks for a skill named inside a longer one as the longer: "SAP FICO or Oracle EBS" asks for no SAP besides', () => {
    const asked = (line: string) => buildJobProfile({ text: `AP Associate\nRequirements\n- Accounts payable\n- ${line}`, name: 'ap.txt' }, taxonomy)
      .role.skills.map((s) => [s.skill, s.importance, s.alternatives]);
    expect(asked('SAP FICO or Oracle EBS')).toEqual([
      ['accounts-payable', 'must-have', []],
      ['sap-fico', 'must-have', ['oracle-financials']],
      ['oracle-financials', 'nice-to-have', []],
    ]);
    // Named on its own, SAP is asked.
    expect(asked('SAP').map(([skill]) => skill)).toContain('sap-erp');
  });

  it('asks for what its examples show, not for each example: "CRM software such as Salesforce or Zendesk"', () => {
    const asked = (line: string) => buildJobProfile({ text: `CSR - Voice\nRequirements\n- ${line}\n- Customer service and complaint handling`, name: 'csr.txt' }, taxonomy)
      .role.skills.filter((s) => ['crm-software', 'salesforce-crm', 'zendesk'].includes(s.skill)).map((s) => [s.skill, s.importance, s.alternatives]);
    const examples = [['crm-software', 'must-have', ['salesforce-crm', 'zendesk']], ['salesforce-crm', 'nice-to-have', []], ['zendesk', 'nice-to-have', []]];
    expect(asked('Experience with CRM software such as Salesforce or Zendesk')).toEqual(examples);
    expect(asked('CRM software (e.g. Salesforce or Zendesk)')).toEqual(examples);
    // Named side by side, each is asked.
    expect(asked('CRM software, Salesforce and Zendesk').map(([, importance]) => importance)).toEqual(['must-have', 'must-have', 'must-have']);
  });

  it('takes an alternative named in two ways at once ("Verint" within "Verint WFM") as the one alternative it is', () => {
    const { role } = buildJobProfile({ text: 'WFM Analyst\nRequirements\n- Forecasting and scheduling\n- NICE IEX or Verint WFM', name: 'wfm.txt' }, taxonomy);
    expect(role.skills.filter((s) => s.skill === 'nice-iex' || s.skill === 'verint-wfm').map((s) => [s.skill, s.importance, s.alternatives]))
      .toEqual([['nice-iex', 'must-have', ['verint-wfm']], ['verint-wfm', 'nice-to-have', []]]);
  });

  it('asks for no skill a false friend names: "Location: Hitech City" is no HITECH Act', () => {
    const { role } = buildJobProfile({ text: 'AR Caller\nLocation: Hitech City, Hyderabad\nRequirements\n- AR follow-up and denial management', name: 'ar.txt' }, taxonomy);
    expect(role.skills.map((s) => s.skill)).not.toContain('hipaa');
  });

  it('asks for the fields of study a degree line names, and for no skill that shares their names', () => {
    const { role } = buildJobProfile({
      text: 'WFM Analyst\nRequirements\n- Forecasting and scheduling, NICE IEX\nDegree in Mathematics, Statistics or related field required.',
      name: 'wfm.txt',
    }, taxonomy);
    expect(role.education).toEqual({ minimumLevel: 'bachelor', preferredFields: ['mathematics-and-statistics'] });
    expect(role.skills.map((s) => s.skill)).not.toContain('statistical-analysis');
    const skill = buildJobProfile({ text: 'Analyst\nRequirements\n- Statistics and Excel reporting', name: 'analyst.txt' }, taxonomy);
    expect(skill.role.skills.map((s) => s.skill)).toContain('statistical-analysis');
  });
});

describe('what a posting rules out', () => {
  it('asks for the CPC and not the apprentice designation it says it does not consider', () => {
    const text = 'Medical Coder\nRequirements:\n- CPC certification from AAPC is mandatory (CPC-A not considered)\n- ICD-10-CM and CPT coding';
    const { role } = buildJobProfile({ text, name: 'coder.txt' }, taxonomy);
    expect(role.certifications).toEqual([{ certification: 'cpc', importance: 'must-have', alternatives: [] }]);
    const either = buildJobProfile({ text: 'Requirements:\n- CPC or CPC-A\n- ICD-10-CM coding', name: 'either.txt' }, taxonomy);
    expect(either.role.certifications).toEqual([
      { certification: 'cpc', importance: 'must-have', alternatives: ['cpc-a'] },
      { certification: 'cpc-a', importance: 'nice-to-have', alternatives: [] },
    ]);
  });

  it('keeps a candidate without a mandatory credential out of the strong band and out of ready now, whatever the score', async () => {
    const text = 'Medical Coder\nRequirements:\n- CPC certification from AAPC is mandatory (CPC-A not considered)\n- ICD-10-CM, CPT and E/M coding';
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text, name: 'coder.txt' });
    const coder = (credential: string) => analyseResume({
      name: 'coder.txt',
      bytes: Buffer.from(`EXPERIENCE\nMedical Coder, Omega Healthcare, Jan 2020 - Present\n- ICD-10-CM, CPT and E/M coding for outpatient charts\nCERTIFICATIONS\n${credential}`),
    }, context);
    const [apprentice, certified] = await Promise.all([coder('CPC-A, AAPC, 2024'), coder('CPC, AAPC, 2021')]);
    if (!apprentice.ok || !certified.ok) throw new Error('analysis failed');
    const [a, c] = [apprentice.matches[0], certified.matches[0]];
    expect(a?.score).toBeGreaterThanOrEqual(70);
    expect([a?.band, a?.readiness.reasons[0]]).toEqual(['good', 'must-have certifications missing: Certified Professional Coder']);
    expect([c?.band, c?.readiness.level]).toEqual(['strong', 'ready-now']);
  });
});

describe('experience a posting names by its work', () => {
  it('counts the months a collections agent spent on customer calls as the customer service role itself counts them', async () => {
    const text = 'Customer Service Representative (Voice)\nRequirements\n- At least 1 year of BPO customer service experience (voice)\n- Complaint handling and de-escalation';
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text, name: 'csr.txt' });
    const resume = 'EXPERIENCE\nCollections Agent, Sitel Philippines, Jan 2022 - Present\n- Outbound collections calls for US auto loans\n'
      + 'Barista, Starbucks, Jan 2019 - Dec 2021\n- Prepared drinks';
    const result = await analyseResume({ name: 'agent.txt', bytes: Buffer.from(resume) }, context);
    if (!result.ok) throw new Error('analysis failed');
    const experience = result.matches[0]?.components.find((c) => c.id === 'experience')?.requirements[0];
    expect(experience?.detail).toMatch(/^59 relevant and 36 other months/);
    expect(experience?.evidence.map((e) => e.text)).toEqual(['Collections Agent, Sitel Philippines, Jan 2022 - Present']);
  });
});

describe('experience a posting asks for in a title', () => {
  const text = 'Team Leader - Customer Service\nQualifications:\n- Minimum of two (2) years experience as a Team Leader in a call center\n'
    + '- Coaching, people management and KPI management (AHT, CSAT, QA)';
  const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text, name: 'tl.txt' });
  const experienceOf = async (resume: string) => {
    const result = await analyseResume({ name: 'resume.txt', bytes: Buffer.from(resume) }, context);
    if (!result.ok) throw new Error('analysis failed');
    return result.matches[0]?.components.find((c) => c.id === 'experience')?.requirements[0];
  };

  it('reads "two (2) years … as a Team Leader" as time in the title, which no other job\'s duties make up', async () => {
    const { role } = buildJobProfile({ text, name: 'tl.txt' }, taxonomy);
    expect([role.experience.minimumMonths, role.experience.relevantRoles, role.experience.titledOnly]).toEqual([24, ['team-leader'], true]);
    const qa = await experienceOf('EXPERIENCE\nQuality Analyst, TaskUs, Jan 2022 - Present\n- Coached agents on QA scores and ran calibration sessions with team leaders\n'
      + '- Monitored calls and gave feedback to 20 agents on AHT and CSAT');
    expect(qa?.status).not.toBe('met');
    expect(qa?.detail).toMatch(/^0 relevant and \d+ other months/);
    const leader = await experienceOf('EXPERIENCE\nTeam Leader, Concentrix, Jan 2023 - Present\n- Coached a team of 15 agents on AHT and CSAT');
    expect(leader?.status).toBe('met');
  });

  it('still counts the duties of other jobs where the posting names no title', () => {
    const { role } = buildJobProfile({ text: text.replace('as a Team Leader in a call center', 'in a call center'), name: 'tl.txt' }, taxonomy);
    expect(role.experience.titledOnly).toBe(false);
  });

  it('reads "2+ years experience leading a team" as time in a leader\'s title too, which a moderator\'s queue work does not make up', async () => {
    const posting = 'Team Lead – Trust & Safety\nRequirements\n- 2+ years experience leading a team in content moderation or a BPO\n'
      + '- Content moderation, community guidelines, escalation handling, coaching';
    const leading = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text: posting, name: 'tl.txt' });
    const { role } = buildJobProfile({ text: posting, name: 'tl.txt' }, taxonomy);
    expect([role.experience.relevantRoles, role.experience.titledOnly]).toEqual([['team-leader'], true]);
    const experienceIn = async (resume: string) => {
      const result = await analyseResume({ name: 'resume.txt', bytes: Buffer.from(resume) }, leading);
      if (!result.ok) throw new Error('analysis failed');
      return result.matches[0]?.components.find((c) => c.id === 'experience')?.requirements[0];
    };
    const moderator = await experienceIn('EXPERIENCE\nContent Moderator, TaskUs, Jan 2022 - Present\n'
      + '- Reviewed flagged posts against community guidelines; escalated harmful content; coached new moderators');
    expect(moderator?.status).not.toBe('met');
    expect(moderator?.detail).toMatch(/^0 relevant/);
    const lead = await experienceIn('EXPERIENCE\nTeam Leader, TaskUs, Jan 2022 - Present\n- Led a team of 14 content moderators');
    expect(lead?.status).toBe('met');
  });
});

describe('experience short of a posting\'s minimum', () => {
  it('keeps a candidate out of the strong band, however well the skills match', async () => {
    const text = 'AR Caller\nRequirements:\n- Minimum 1 year of AR calling experience\n- AR follow-up, denial management, CPT basics\n- Good English';
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text, name: 'ar.txt' });
    const caller = (start: string) => analyseResume({
      name: 'caller.txt',
      bytes: Buffer.from(`EXPERIENCE\nAR Caller, Omega Healthcare, ${start} - Present\n- AR follow-up and denial management on US claims; CPT and ICD-10 basics\nLANGUAGES\nEnglish (fluent)\nEDUCATION\nB.Com, Osmania University, 2020`),
    }, context);
    const [short, long] = await Promise.all([caller('Aug 2026'), caller('Jan 2023')]);
    if (!short.ok || !long.ok) throw new Error('analysis failed');
    const [s, l] = [short.matches[0], long.matches[0]];
    expect(s?.score).toBeGreaterThanOrEqual(taxonomy.source.scoring.bands.find((b) => b.id === 'strong')?.min ?? 0);
    expect(s?.band).toBe('good');
    expect(l?.band).toBe('strong');
  });
});

describe('languages a posting asks for', () => {
  const text = 'Customer Support Executive - Hyderabad\nRequirements:\n- Fluent in Hindi and Telugu (mandatory)\n- Inbound customer service, 6 months experience';
  const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text, name: 'voice.txt' });
  const agent = (languages: string) => analyseResume({
    name: 'agent.txt',
    bytes: Buffer.from(`EXPERIENCE\nCustomer Service Representative, Concentrix, Jan 2022 - Present\n- Inbound customer service calls\nLANGUAGES\n${languages}`),
  }, context);

  it('holds a resume that never names a language asked for to a possible fit at most, never ready, and no other language makes up for it', async () => {
    const [without, speaker] = await Promise.all([agent('English (fluent), Filipino (native)'), agent('English, Hindi (fluent), Telugu (native)')]);
    if (!without.ok || !speaker.ok) throw new Error('analysis failed');
    const [w, s] = [without.matches[0], speaker.matches[0]];
    const screening = w?.components.find((c) => c.id === 'screening')?.requirements.map((r) => [r.status, r.detail]);
    expect(screening).toEqual([['missing', 'Hindi not mentioned'], ['missing', 'Telugu not mentioned']]);
    // The language is screened at its level; its skill is asked as important, not as a second must-have.
    const hindi = w?.components.find((c) => c.id === 'importantSkills')?.requirements.find((r) => r.id === 'hindi');
    expect([hindi?.status, hindi?.credit]).toEqual(['missing', 0]);
    expect([w?.band, w?.readiness.level]).toEqual(['possible', 'longer-path']);
    expect(w?.readiness.reasons[0]).toMatch(/^languages the role asks for not mentioned: Hindi/);
    expect(s?.band).not.toBe('possible');
    expect(s?.score).toBeGreaterThan(w?.score ?? 100);
  });

  it('asks a language screened at a level as no must-have skill besides: a resume written in English is not short of it', async () => {
    const text = 'AR Caller\nRequirements:\n- Excellent English communication\n- AR follow-up and denial management\n- Calling US insurance payers';
    const { role } = buildJobProfile({ text, name: 'ar.txt' }, taxonomy);
    expect(role.skills.find((s) => s.skill === 'english-proficiency')?.importance).toBe('important');
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, { text, name: 'ar.txt' });
    const caller = await analyseResume({
      name: 'caller.txt',
      bytes: Buffer.from('EXPERIENCE\nAR Caller, AGS Health, Jan 2022 - Present\n- Called US insurance payers on denied and unpaid claims\n- AR follow-up and denial management for physician groups'),
    }, context);
    if (!caller.ok) throw new Error('analysis failed');
    expect(caller.matches[0]?.readiness.reasons.join(' ')).not.toMatch(/must-have skills missing: .*English/);
  });

  it('asks the level its requirement states, not the one a wish below adds', () => {
    const screened = (lines: string) => buildJobProfile({ text: `Service Desk Analyst\nRequirements\n- Windows troubleshooting\n${lines}`, name: 'desk.txt' }, taxonomy)
      .role.screening.languages;
    expect(screened('- Excellent English communication skills\nPreferred\n- Bilingual English/Spanish is a plus'))
      .toEqual([{ language: 'english', minimumLevel: 'fluent' }]);
    expect(screened('- Bilingual English/Spanish required')).toEqual([
      { language: 'english', minimumLevel: 'native' },
      { language: 'spanish', minimumLevel: 'native' },
    ]);
    expect(screened('Preferred\n- Bilingual English/Spanish is a plus')).toEqual([]);
  });

  it('takes the stronger of a CEFR level and a proficiency word stated for one language', async () => {
    const context = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, {
      text: 'Bilingual Agent\nRequirements:\n- Advanced English (C1)\n- Inbound customer service',
      name: 'co.txt',
    });
    const result = await analyseResume({
      name: 'europass.txt',
      bytes: Buffer.from('EDUCATION AND TRAINING\n2021 Conversational English course – SENA\nPERSONAL SKILLS\nEnglish\tC1\tC1\tB2\tB2\tB2'),
    }, context);
    if (!result.ok) throw new Error('analysis failed');
    const language = result.matches[0]?.components.find((c) => c.id === 'screening')?.requirements[0];
    expect([language?.status, language?.detail]).toEqual(['met', 'English: C1 (fluent)']);
  });

  it('takes English as shown, its level unstated, by a resume written in it', async () => {
    const english = withJobProfile({ taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions }, {
      text: 'Agent\nRequirements:\n- Fluent English\n- Inbound customer service',
      name: 'en.txt',
    });
    const result = await analyseResume({
      name: 'agent.txt',
      bytes: Buffer.from('EXPERIENCE\nCustomer Service Representative, Concentrix, Jan 2022 - Present\n- Handled inbound customer service calls for a US telecom client'),
    }, english);
    if (!result.ok) throw new Error('analysis failed');
    const language = result.matches[0]?.components.find((c) => c.id === 'screening')?.requirements[0];
    expect([language?.status, language?.detail]).toEqual(['partial', 'English level not stated']);
  });
});

describe('what collections and trust-and-safety postings write', () => {
  const profileOf = (text: string) => buildJobProfile({ text, name: 'posting.txt' }, taxonomy);
  const collections = '- Debt collection, payment negotiation and FDCPA';
  const minimumOf = (line: string) => profileOf(`Collections Agent\nRequirements\n- ${line}\n${collections}`).role.experience.minimumMonths;
  const closestMinimum = minimumOf('Skip tracing');

  it.each(['Must be 18 years or older', 'Must be 18 years old or above', 'Applicants aged 18+ only', 'Candidates must be 18 yrs & above', 'Must be 18 years or above'])(
    'reads "%s" as an age, which it warns of, and no experience',
    (line) => {
      expect(minimumOf(line)).toBe(closestMinimum);
      expect(profileOf(`Collections Agent\nRequirements\n- ${line}\n${collections}`).warnings.join(' ')).toMatch(/asks about age/);
    },
  );

  it('reads a duty\'s "required disclosures" as no marker of what the posting requires', () => {
    const posting = 'Collections Agent\nResponsibilities\n- Provide required disclosures (Mini-Miranda) and comply with FDCPA and Regulation F\n'
      + 'Requirements\n- Debt collection experience\n- Typing speed of 30 WPM required';
    const { role } = buildJobProfile({ text: posting, name: 'p.txt' }, taxonomy);
    expect(importanceOf(role, 'fdcpa')).toBe('important');
    expect(importanceOf(role, 'mini-miranda')).toBe('important');
    expect(importanceOf(role, 'debt-collection')).toBe('must-have');
    // The marker alone still marks its line.
    const marked = buildJobProfile({ text: 'Collections Agent\nResponsibilities\n- FDCPA knowledge required', name: 'p.txt' }, taxonomy);
    expect(importanceOf(marked.role, 'fdcpa')).toBe('must-have');
  });

  it('still reads the experience beside an age, and "and above" after experience', () => {
    expect(minimumOf('Must be 18 or older with 2 years of call center experience')).toBe(24);
    expect(minimumOf('2 years and above of collections experience')).toBe(24);
  });

  it('reads a marker in a note of more than it as speaking of the note: "(third-party agency preferred)"', () => {
    const noted = profileOf(`Collections Agent\nRequirements\n- 1+ year of collections experience (third-party agency preferred)\n${collections}`);
    expect(noted.role.experience.minimumMonths).toBe(12);
    expect(importanceOf(noted.role, 'debt-collection')).toBe('must-have');
    const tools = profileOf(`Collections Agent\nRequirements\n- Salesforce CRM (Zendesk preferred)\n${collections}`).role;
    expect([importanceOf(tools, 'salesforce-crm'), importanceOf(tools, 'zendesk')]).toEqual(['must-have', 'nice-to-have']);
    // A note of nothing but the marker still marks its line.
    const wished = profileOf(`Collections Agent\nRequirements\n- 1+ year of collections experience (preferred)\n${collections}`);
    expect(wished.role.experience.minimumMonths).toBe(closestMinimum);
  });

  it('asks no legal drafting of "reading and writing) – you will be tested", and does of drafting wills', () => {
    const skills = (line: string) => profileOf(`Collections Agent\nRequirements\n- ${line}\n${collections}`).role.skills.map((s) => s.skill);
    expect(skills('Fluent in English and Spanish (speaking, reading and writing) – you will be tested')).not.toContain('legal-drafting');
    expect(skills('Experience drafting wills and deeds')).toContain('legal-drafting');
  });

  it('asks no background verification of a candidate who must pass a background check, and does of one who runs them', () => {
    const skills = (line: string) => profileOf(`Requirements\n- ${line}\n- Onboarding and payroll`).role.skills.map((s) => s.skill);
    expect(skills('Must obtain a collector license and pass a background check')).not.toContain('background-verification');
    expect(skills('Experience running background checks for new hires')).toContain('background-verification');
  });

  it('reads "A, B or C" as alternatives of A, a bracket\'s "(or C)" as one of B, and "A, B and C" as each asked', () => {
    const asked = (line: string) => profileOf(`Patient Financial Services Representative\nRequired\n- ${line}\n- Knowledge of HIPAA`)
      .role.skills.filter((s) => s.skill !== 'hipaa').map((s) => [s.skill, s.importance, s.alternatives]);
    expect(asked('1 year of healthcare collections, patient accounts or medical billing experience')).toEqual([
      ['debt-collection', 'must-have', ['medical-billing']],
      ['medical-billing', 'nice-to-have', []],
    ]);
    expect(asked('Zendesk, Salesforce or HubSpot')).toEqual([
      ['zendesk', 'must-have', ['salesforce-crm', 'hubspot']],
      ['salesforce-crm', 'nice-to-have', []],
      ['hubspot', 'nice-to-have', []],
    ]);
    expect(asked('Excel, Zendesk (or Freshdesk)')).toEqual([
      ['microsoft-excel', 'must-have', []],
      ['zendesk', 'must-have', ['freshdesk']],
      ['freshdesk', 'nice-to-have', []],
    ]);
    expect(asked('FDCPA, FCRA and TCPA').map(([, importance]) => importance)).toEqual(['must-have', 'must-have', 'must-have']);
  });

  it('asks for no experience of "0-3 years" with freshers welcome, and still for the lower end of "1-3 years"', () => {
    const header = (range: string) => `Process Associate – Content Review\nCompany: Genpact | Location: Hyderabad | Experience: ${range}\n`
      + 'Desired Candidate Profile\n- Any graduate (freshers welcome)\n- Content moderation, decision-making and communication skills';
    expect(profileOf(header('0-3 years')).role.experience).toMatchObject({ minimumMonths: 0, waived: true });
    expect(profileOf(header('1-3 years')).role.experience).toMatchObject({ minimumMonths: 12, waived: false });
  });

  it('asks the senior high school (Grade 12) of "Senior high school graduate or college level", as of "college level" alone', () => {
    const level = (line: string) => profileOf(`Content Moderator\nRequirements\n- ${line}\n- Content moderation and attention to detail`).role.education.minimumLevel;
    expect(level('Senior high school graduate or college level')).toBe('higher-secondary');
    expect(level('At least college level')).toBe('higher-secondary');
    expect(level('College graduate')).toBe('bachelor');
  });

  it('reads the pay up to the next label on its line, and warns of evening and Saturday shifts', () => {
    const text = `Collections Agent\nRequirements\n${collections}\n- Must be available to work evenings and Saturdays.\n`
      + 'Pay: $16 - $18/hr + bonus. Shifts: 9 AM - 6 PM, Monday - Friday, rotating Saturdays.';
    const { pay, warnings } = profileOf(text);
    expect(pay).toBe('$16 - $18/hr + bonus');
    expect(warnings).toContain('The posting asks for shifts ("Must be available to work evenings and Saturdays."; "Shifts: 9 AM - 6 PM, Monday - Friday, '
      + 'rotating Saturdays."), which rolefit does not score: check each candidate\'s shifts column in the shortlist.');
    const weekdays = profileOf(`Collections Agent\nRequirements\n${collections}\nPay: $16/hr. Schedule: Monday - Friday, 8 AM - 5 PM`);
    expect(weekdays.pay).toBe('$16/hr');
    expect(weekdays.warnings.filter((w) => w.includes('shifts'))).toEqual([]);
  });
});
