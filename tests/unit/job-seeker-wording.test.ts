/**
 * How job seekers in Kenya, South Africa and the Philippines write their work: a hotel's front office, a furniture
 * store's arrears calls, "Ms Word", a chat and email agent's day. Found where meant, not beside it; and the advice of a
 * South African collector leaves out the US laws that do not apply there.
 */
import { describe, expect, it } from 'vitest';
import { buildJobProfile } from '../../src/build-job-profile/build-job-profile.js';
import { adviceContextOf, buildGapAnalyses } from '../../src/build-reports/build-gap-analysis.js';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const job = (line: string): string => `EXPERIENCE\nAgent, Acme Ltd, 2020 - 2023\n- ${line}`;
const skills = (text: string): string[] => extractText(text, taxonomy).skills.map((s) => s.id);
const evidenceOf = (text: string, skill: string): string[] | undefined =>
  extractText(text, taxonomy).skills.find((s) => s.id === skill)?.evidence.map((e) => e.text);
const certifications = (text: string): string[] => extractText(text, taxonomy).certifications.map((c) => c.id);
const shifts = (text: string) => extractText(text, taxonomy).screening.shifts.map((s) => [s.id, s.available]);

describe('a hotel front office', () => {
  const hotel = 'EXPERIENCE\nFront Office Receptionist, Serena Beach Resort, Mombasa (June 2019 – April 2024)\n'
    + '- Checked in and out up to 120 guests a day\n- Answered the switchboard and handled guest complaints\n'
    + '- Handled reservations by email and phone';

  it('shows inbound calls, complaints and customer service, quoting the lines', () => {
    expect(evidenceOf(hotel, 'inbound-call-handling')).toEqual(['Answered the switchboard', 'reservations by email and phone']);
    expect(evidenceOf(hotel, 'complaint-handling')).toEqual(['handled guest complaints']);
    expect(evidenceOf(hotel, 'customer-service')).toEqual(['handled guest complaints']);
    // An office phone a receptionist picks up is still no call handling, and complaints received are no service.
    expect(skills(job('Answered telephones and routed calls to the right office'))).not.toContain('inbound-call-handling');
    expect(skills(job('Reported switchboard faults to the IT desk'))).not.toContain('inbound-call-handling');
    expect(skills(job('Received complaints from neighbours about noise'))).not.toContain('customer-service');
  });

  it("counts a front office receptionist's months for the customer service role, and a receptionist's alone not", () => {
    const csr = 'customer-service-representative';
    expect(extractText(hotel, taxonomy).experience.relevantMonths[csr]).toBe(59);
    const hotelReceptionist = 'EXPERIENCE\nHotel Receptionist, Sarova Stanley, Nairobi, Jan 2020 - Dec 2021';
    expect(extractText(hotelReceptionist, taxonomy).experience.relevantMonths[csr]).toBe(24);
    const receptionist = 'EXPERIENCE\nReceptionist, Aga Khan Dental Clinic, Nairobi, Jan 2020 - Dec 2021';
    expect(extractText(receptionist, taxonomy).experience.relevantMonths[csr]).toBeUndefined();
  });
});

describe("a collector's calls and arrangements", () => {
  const arrears = job('Phoned customers in arrears on furniture accounts; negotiated arrangements and took promises to pay');

  it('reads outbound calls, payment negotiation and promises to pay', () => {
    expect(evidenceOf(arrears, 'outbound-calling')).toEqual(['Phoned customers']);
    expect(evidenceOf(arrears, 'payment-negotiation')).toEqual(['negotiated arrangements']);
    expect(evidenceOf(arrears, 'promise-to-pay')).toEqual(['promises to pay']);
  });

  it('reads no outbound call in calls taken, and no payment plan in a buyer\'s arrangements', () => {
    expect(skills(job("Handled 80 calls, customers' billing queries and refunds"))).not.toContain('outbound-calling');
    expect(skills(job('Customers called in about their bills'))).not.toContain('outbound-calling');
    expect(skills(job('Negotiated supply arrangements with vendors'))).not.toContain('payment-negotiation');
  });
});

describe("a South African collector's advice", () => {
  const collector = (location: string): string => `Thandi Mokoena
${location}

EXPERIENCE
Collections Consultant, Lewis Stores, March 2019 – Present
- Phoned customers in arrears on furniture accounts; negotiated arrangements and took promises to pay
- Worked accounts under debt review, NCA compliance on every call

EDUCATION
National Senior Certificate, 2017`;

  function analysisOf(text: string) {
    const candidate = extractText(text, taxonomy);
    const ranking = scoreRoles(candidate, taxonomy, ['collections-agent']);
    const [analysis] = buildGapAnalyses(ranking, taxonomy, 1, adviceContextOf(candidate, false));
    if (!analysis || !ranking[0]) throw new Error('no analysis');
    return { analysis, match: ranking[0] };
  }
  const usLaws = ['fdcpa', 'regulation-f', 'mini-miranda', 'tcpa'];

  it('sets the US collection laws aside in Johannesburg (or for a +27 phone), and meets the law requirement with the NCA', () => {
    for (const where of ['Johannesburg, Gauteng', '+27 82 555 0199']) {
      const { analysis, match } = analysisOf(collector(where));
      const gapIds = analysis.gaps.map((gap) => gap.id);
      for (const law of usLaws) expect(gapIds).not.toContain(law);
      expect(analysis.setAside).toContainEqual(expect.objectContaining({ id: 'tcpa', reason: 'not_used_in_country' }));
      const law = match.components.flatMap((c) => c.requirements).find((r) => r.id === 'fdcpa');
      expect(law?.status).toBe('met');
    }
  });

  it('still advises them where US accounts are collected, and tells no one of a dispute process under US law alone', () => {
    const manila = analysisOf(collector('Makati City, Metro Manila').replace('- Worked accounts under debt review, NCA compliance on every call\n', ''));
    const gapIds = manila.analysis.gaps.map((gap) => gap.id);
    for (const law of usLaws) expect(gapIds).toContain(law);
    expect(taxonomy.skillsById.get('dispute-handling')?.acquire).toMatch(/National Credit Act/);
  });
});

describe('the night audit', () => {
  it('is no night shift, while nights worked are', () => {
    expect(shifts(job('Balanced the night audit'))).toEqual([]);
    expect(shifts(job('balanced the night audit'))).toEqual([]);
    expect(shifts(job('Prepared 200 covers a night on the grill station'))).toEqual([]);
    expect(shifts('SUMMARY\nWilling to work nights and weekends')).toEqual([['night', true], ['weekend', true]]);
    expect(shifts(job('Worked the night shift in the call centre'))).toEqual([['night', true]]);
  });
});

describe('Kenyan office skills', () => {
  it('reads "Ms Word" and its siblings as Microsoft\'s, and "Computer Packages" as computer literacy', () => {
    const found = skills('SKILLS\nComputer Packages: Ms Word, Ms Excel, Ms Office, Ms PowerPoint, Ms Access');
    expect(found).toEqual(expect.arrayContaining(['computer-literacy', 'microsoft-word', 'microsoft-excel', 'microsoft-office',
      'microsoft-powerpoint', 'microsoft-access']));
    expect(evidenceOf('SKILLS\nMS Word, MS Excel', 'microsoft-word')).toEqual(['MS Word']);
    expect(skills('REFEREES\nMs Wordsworth Achieng, HR Manager')).not.toContain('microsoft-word');
    expect(skills('SUMMARY\nAttended a workshop on office packages')).not.toContain('computer-literacy');
  });
});

describe('look-alikes that name something else', () => {
  it.each([
    ['statistical-analysis', 'EXPERIENCE\nData Entry Clerk, Kenya National Bureau of Statistics (KNBS), 2019 - 2021'],
    ['account-reconciliation', job('Kept the float book and reconciled cash')],
    ['social-media-marketing', job('Reviewed social media posts against community guidelines')],
    ['e-learning-development', 'TRAINING\nKBA AML/CFT e-learning'],
    ['e-learning-development', job('Completed the e-learning on data protection')],
    ['report-writing', 'EXPERIENCE\nSecurity Guard, G4S Kenya, 2018 - 2020\n- Wrote daily incident reports'],
  ])('no %s in %j', (skill, text) => {
    expect(skills(text)).not.toContain(skill);
  });

  it.each([
    ['statistical-analysis', job('Ran descriptive statistics on survey data in SPSS')],
    ['account-reconciliation', job('Reconciled cash accounts and prepaids at month end')],
    ['social-media-marketing', job('Managed social media posts for three retail brands')],
    ['e-learning-development', job('Designed e-learning courses for new hires in Articulate Rise')],
    ['report-writing', job('Wrote quarterly research reports for the client')],
  ])('%s in %j', (skill, text) => {
    expect(skills(text)).toContain(skill);
  });

  it('holds no certification a course toward it names, and holds the certification itself', () => {
    expect(certifications('CERTIFICATIONS\nCisco CCNA: Introduction to Networks (Cisco Networking Academy)')).not.toContain('ccna');
    expect(certifications('CERTIFICATIONS\nCertified Anti-Money Laundering Specialist training (KBA AML/CFT e-learning)')).not.toContain('cams');
    expect(certifications('CERTIFICATIONS\nCisco CCNA (200-301), 2022\nCAMS certified, ACAMS, 2023')).toEqual(['ccna', 'cams']);
  });
});

describe('a posting that asks for shifting schedules', () => {
  const warningsOf = (line: string): readonly string[] =>
    buildJobProfile({ text: `Customer Service Representative\nQualifications:\n- Inbound calls, customer service, Zendesk\n- ${line}`, name: 'p.txt' }, taxonomy).warnings;

  it('warns of the shifts asked, as it does of night shifts, and of none where none are asked', () => {
    expect(warningsOf('Willing to work on shifting schedules')).toEqual([
      'The posting asks for shifts ("Willing to work on shifting schedules"), which rolefit does not score: check each candidate\'s shifts column in the shortlist.',
    ]);
    expect(warningsOf('Willing to work on night shift')).toHaveLength(1);
    expect(warningsOf('Can work on rotating shifts')).toHaveLength(1);
    expect(warningsOf('Keeps to schedule adherence targets')).toEqual([]);
  });
});

describe('a chat and email agent', () => {
  const agent = 'EXPERIENCE\nFrench Customer Support Agent (Chat & Email), Teleperformance, Jan 2020 - Dec 2022\n'
    + '- Handled 60–80 French chats and emails per day';

  it('shows chat and email support, from the title and from the day\'s work', () => {
    expect(evidenceOf(agent, 'chat-support')).toEqual(expect.arrayContaining(['Agent (Chat', 'chats and emails per day']));
    expect(evidenceOf(agent, 'email-support')).toEqual(expect.arrayContaining(['Agent (Chat & Email', 'emails per day']));
    expect(skills(job('Handled 60–80 French chats and emails per day'))).toEqual(expect.arrayContaining(['chat-support', 'email-support']));
  });

  it('reads none in an email address beside a title, nor in a group chat', () => {
    expect(skills('EXPERIENCE\nSales Agent, Jumia, 2020 - 2022\nEmail: wanjiru@example.com')).not.toContain('email-support');
    expect(skills(job("Posted the agents' roster in the team group chat"))).not.toContain('chat-support');
  });
});

describe('a nurse moving into medical coding', () => {
  it("takes a registered nurse's title as medical terminology and anatomy and physiology, quoting the title", () => {
    const nurse = extractText('EXPERIENCE\nProfessional Nurse (Registered Nurse), Netcare Unitas Hospital, Jan 2017 – Dec 2025\n- Ward rounds', taxonomy);
    const held = new Map(nurse.skills.map((s) => [s.id, s.evidence.map((e) => e.text)]));
    expect(held.get('medical-terminology')).toEqual(['Professional Nurse (Registered Nurse)']);
    expect(held.get('anatomy-and-physiology')).toEqual(['Professional Nurse (Registered Nurse)']);
  });

  it('takes no nurse named in a sentence, nor a job beside nurses, for one', () => {
    expect(skills(job('Reported to the Registered Nurse on duty'))).not.toContain('anatomy-and-physiology');
    expect(skills('EXPERIENCE\nNurse Recruiter, MedStaff Ltd, 2019 - 2023\n- Sourced nurses')).not.toContain('medical-terminology');
  });
});

describe('British spelling', () => {
  it('reads enquiries as inquiries, and a billing enquiry as no invoicing', () => {
    const found = skills(job('Resolved billing enquiries and customer enquiries by phone'));
    expect(found).toEqual(expect.arrayContaining(['billing-inquiries', 'customer-service']));
    expect(found).not.toContain('billing-and-invoicing');
  });
});
