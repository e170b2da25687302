/**
 * IT service desk and NOC resumes as a service desk hiring manager reads them: the titles of the work, credentials
 * held and only planned, the abbreviations of the trade, and everyday words that only look like IT skills. Each
 * reading stands beside a look-alike that is no such one.
 */
import { describe, expect, it } from 'vitest';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const techSupport = 'technical-support-specialist';
const customerService = 'customer-service-representative';

/** A resume of one job held for three years, under `title`. */
const oneJob = (title: string): string =>
  `John Smith\nDenver, CO | john.smith@gmail.com\n\nEXPERIENCE\n${title}\nAcme Corp, Denver CO\nJan 2022 – Dec 2024\n- Answered calls and resolved tickets\n`;
const jobMonths = 36;

const certificationsIn = (section: string): string[] => extractText(`CERTIFICATIONS\n${section}`, taxonomy).certifications.map((c) => c.id);
const skillsIn = (text: string): string[] => extractText(text, taxonomy).skills.map((s) => s.id);
const dutySkills = (duty: string): string[] => skillsIn(`EXPERIENCE\nCashier\nAcme Corp, Denver CO\nJan 2022 – Dec 2024\n- ${duty}\n`);

/** The status of the technical support role's requirement for a certification, for a resume's certifications section. */
function certificationStatus(section: string, certification: string): string | undefined {
  const [match] = scoreRoles(extractText(`CERTIFICATIONS\n${section}`, taxonomy), taxonomy, [techSupport]);
  return match?.components.find((c) => c.id === 'certifications')?.requirements.find((r) => r.id === certification)?.status;
}

describe('service desk and NOC titles', () => {
  it.each(['Service Desk Agent', 'Service Desk Technician', 'IT Help Desk Assistant', 'Student IT Help Desk Assistant', 'Agente de Soporte Técnico'])(
    'reads %j as the technical support role itself',
    (title) => {
      const candidate = extractText(oneJob(title), taxonomy);
      expect(candidate.positions[0]?.titleRoles).toContain(techSupport);
      expect(candidate.experience.relevantMonths[techSupport]).toBe(jobMonths);
    },
  );

  it('reads the bilingual Spanish title as technical support, and "Agente Bilingüe" alone as customer service', () => {
    expect(extractText(oneJob('Agente Bilingüe de Soporte Técnico'), taxonomy).positions[0]?.titleRoles).toEqual([techSupport]);
    expect(extractText(oneJob('Agente Bilingüe'), taxonomy).positions[0]?.titleRoles).toEqual([customerService]);
  });

  it.each(['NOC Engineer', 'NOC Analyst', 'Network Engineer', 'IT Support Intern'])(
    'counts %j as relevant experience, not as the role itself',
    (title) => {
      const candidate = extractText(oneJob(title), taxonomy);
      expect(candidate.positions[0]?.titleRoles).not.toContain(techSupport);
      expect(candidate.experience.relevantMonths[techSupport]).toBe(jobMonths);
    },
  );

  it.each(['Line Cook', 'Window and Door Installer'])('counts %j as no technical support experience', (title) => {
    expect(extractText(oneJob(title), taxonomy).experience.relevantMonths[techSupport]).toBeUndefined();
  });
});

describe('certifications planned or partly done', () => {
  it.each([
    ['itil-4-foundation', 'ITIL 4 Foundation (target Q2 2027)'],
    ['itil-4-foundation', 'ITIL 4 Foundation – planned'],
    ['ccna', 'Working towards CCNA'],
    ['google-it-support', 'Google IT Support Certificate (Coursera) – 3 of 5 courses done'],
    ['ccie', 'CCIE Enterprise Infrastructure – written exam passed 2024'],
  ])('%s is not held in %j', (id, section) => {
    expect(certificationsIn(section)).not.toContain(id);
  });

  it.each([
    ['google-it-support', 'Google IT Support Professional Certificate (Coursera), completed May 2026'],
    ['ccna', 'CCNA (200-301) – 2019'],
    ['ccnp', 'CCNP Enterprise (2017, recertified 2023)'],
    ['ccna', 'CCNA certified; met every SLA target on the NOC queue'],
    ['google-ads-certification', 'Google Ads certified, skilled in audience targeting and bidding'],
  ])('%s is held in %j', (id, section) => {
    expect(certificationsIn(section)).toContain(id);
  });
});

describe('a bare A+', () => {
  it.each(['A+, Network+, Security+', 'A+ (2021)'])('is CompTIA A+ in a certifications section: %j', (section) => {
    expect(certificationsIn(section)).toContain('comptia-a-plus');
  });

  it('adds no empty schooling for "A+ (2021)"', () => {
    const entries = extractText('CERTIFICATIONS\nA+ (2021)\n\nEDUCATION\nHigh School Diploma, 2015', taxonomy).education.entries;
    expect(entries.map((e) => e.level)).toEqual(['higher-secondary']);
  });

  it.each([
    'EDUCATION\nBS Information Technology, Hanoi University, 2024\nComputer Networks — A+',
    'EDUCATION\nHigh School Diploma, Denver East High School, 2014\nGraduated with honors: A+ in Mathematics',
    'PERSONAL DETAILS\nBlood Group: A+',
  ])('is a grade or a blood group elsewhere: %j', (text) => {
    expect(extractText(text, taxonomy).certifications).toEqual([]);
  });
});

describe('everyday words that look like IT skills', () => {
  it.each([
    ['windows-os', 'Supported Windows 10 and Windows 11 laptops', 'Installed windows and doors in residential new builds'],
    ['windows-os', 'Reimaged Windows laptops for new hires', 'Cleaned windows and replaced glass in the lobby'],
    ['ticketing-systems', 'Resolved tickets in the support queue', 'Sold tickets at the box office and handled ticket exchanges'],
    ['cloud-computing-basics', 'Created Azure VMs and storage accounts', 'Line cook at Azure Bistro, a 120-cover restaurant'],
    ['networking-fundamentals', 'Troubleshot LAN and Wi-Fi outages', 'Prep and line for a restaurant on the LAN Street corner'],
    ['macos', 'Supported users on Mac and iPhone', 'Filtered devices by MAC address on the access points'],
    ['mobile-device-support', 'Supported users on Mac and iPhone', 'Built iPhone apps in Swift'],
  ])('%s: found in "%s", not in "%s"', (skill, real, lookalike) => {
    expect(dutySkills(real)).toContain(skill);
    expect(dutySkills(lookalike)).not.toContain(skill);
  });

  it('reads B2B as B2B sales only beside selling', () => {
    expect(skillsIn('SUMMARY\nClosed B2B deals with a quota of $1M')).toContain('b2b-sales');
    expect(skillsIn('SUMMARY\nTier 2 Technical Support Engineer – B2B SaaS')).not.toContain('b2b-sales');
  });
});

describe('ITIL v3 Foundation', () => {
  it('is its own older certification, not ITIL 4 Foundation', () => {
    expect(certificationsIn('ITIL v3 Foundation – 2018')).toEqual(['itil-v3-foundation']);
    expect(certificationsIn('MCSA | ITIL V3 Foundation')).toEqual(['itil-v3-foundation']);
    expect(certificationsIn('ITIL 4 Foundation (2022)')).toEqual(['itil-4-foundation']);
  });

  it('still shows the ITIL practices, but does not meet an ITIL 4 Foundation requirement', () => {
    expect(skillsIn('CERTIFICATIONS\nITIL v3 Foundation, 2012')).toContain('itil');
    expect(certificationStatus('ITIL v3 Foundation, 2012', 'itil-4-foundation')).toBe('missing');
    expect(certificationStatus('ITIL 4 Foundation, 2022', 'itil-4-foundation')).toBe('met');
  });
});

describe('abbreviations of the trade', () => {
  it.each([
    ['microsoft-365-administration', 'M365 tenant admin: licences, mailboxes, MFA, conditional access', 'Used MS Office for letters and invoices'],
    ['microsoft-365-administration', 'Administered O365 mailboxes for 300 users', 'Typed reports in Office 365 Word'],
    ['active-directory', 'Managed AD users and groups', 'Ran AD campaigns on Facebook and Google Ads'],
    ['password-resets', 'Reset passwords in AD', 'Reset the store alarm every night'],
  ])('%s: found in "%s", not in "%s"', (skill, real, lookalike) => {
    expect(dutySkills(real)).toContain(skill);
    expect(dutySkills(lookalike)).not.toContain(skill);
  });
});

describe('IT degrees', () => {
  const levelsAndFields = (line: string) => extractText(`EDUCATION\n${line}`, taxonomy).education.entries.map((e) => [e.level, e.field]);

  it.each([
    ['B.Eng. Electrical and Electronics Engineering, University of Lagos, 2023', 'bachelor', 'engineering'],
    ['BEng Computer Systems Engineering, University of Leeds, 2021', 'bachelor', 'engineering'],
    ['BSIT, University of Santo Tomas, 2019', 'bachelor', 'computer-science-and-it'],
    ['BSCS, De La Salle University, 2019', 'bachelor', 'computer-science-and-it'],
    ['A.A.S. Computer Support, Bunker Hill Community College, 2020', 'associate', 'computer-science-and-it'],
    ['AAS Network Administration, Pima Community College, 2019', 'associate', 'computer-science-and-it'],
    ['M.S. Cybersecurity, Georgia Tech, 2022', 'master', 'computer-science-and-it'],
  ])('reads %j as %s in %s', (line, level, field) => {
    expect(levelsAndFields(line)).toEqual([[level, field]]);
  });

  it('reads no IT field into a Philippine degree of another field', () => {
    for (const degree of ['BSHM', 'BSBA']) {
      const [[level, field] = []] = levelsAndFields(`${degree}, University of Santo Tomas, 2019`);
      expect(level).toBe('bachelor');
      expect(field).not.toBe('computer-science-and-it');
    }
  });
});

describe('Cisco certifications above the CCNA', () => {
  it.each(['CCNP Enterprise (2017, recertified 2023)', 'CCIE Enterprise Infrastructure, 2024'])('%j meets a CCNA requirement', (section) => {
    expect(certificationStatus(section, 'ccna')).toBe('met');
  });

  it('a CCIE whose lab is still to come meets none', () => {
    expect(certificationStatus('CCIE Enterprise Infrastructure – written exam passed 2024', 'ccna')).toBe('missing');
  });
});
