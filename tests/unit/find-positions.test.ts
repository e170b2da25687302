/** Jobs read from the header lines around each date range, in the layouts resumes use. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/extract-candidate/candidate-types.js';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const extract = (text: string): Candidate =>
  extractText(text, taxonomy);
const jobs = (text: string): [string | null, string | null][] => extract(text).positions.map((p) => [p.title, p.employer]);

describe('relevant experience', () => {
  /** Months a two-year job under `title` counts for `role`. */
  const months = (role: string, title: string): number | undefined =>
    extract(`EXPERIENCE\n${title}, Acme Corp\nJan 2019 - Dec 2020`).experience.relevantMonths[role];
  const finance = 'finance-accounting-specialist';

  it("counts a job titled as one of the role's O*NET occupations, but not a title of one word", () => {
    expect(months(finance, 'Accounting Clerk')).toBe(24);
    expect(months(finance, 'Senior Accounts Payable Coordinator')).toBe(24);
    expect(months(finance, 'Clerk')).toBeUndefined();
  });

  it('counts retail cashiers and sales associates as customer service, which they do face to face', () => {
    const service = 'customer-service-representative';
    expect(months(service, 'Cashier')).toBe(24);
    expect(months(service, 'Sales Associate')).toBe(24);
    expect(months(service, 'Warehouse Associate')).toBeUndefined();
  });

  it('reads "Account Executive" as the sales title it is, and "Accounts Executive" as the accounting one', () => {
    expect(months(finance, 'Accounts Executive')).toBe(24);
    expect(months(finance, 'Account Executive')).toBeUndefined();
  });

  it('says what other work counts as, which may meet a minimum alone', () => {
    const nurse = extract('EXPERIENCE\nStaff Nurse, Chong Hua Hospital\nJune 2020 - August 2025');
    const coder = scoreRoles(nurse, taxonomy).find((m) => m.roleId === 'medical-coder');
    const experience = coder?.components.find((c) => c.id === 'experience')?.requirements[0];
    expect(experience?.detail).toMatch(/^0 relevant and 63 other months \(6 needed, \d+ for full credit; the other months count as \d+\)$/);
    const fresh = extract('EDUCATION\nBS Nursing, 2025');
    const none = scoreRoles(fresh, taxonomy).find((m) => m.roleId === 'medical-coder')?.components.find((c) => c.id === 'experience');
    expect(none?.requirements[0]?.detail).not.toContain('count as');
  });

  it('counts the front desk and the control room as customer service, a QA reviewer as quality, a finance officer as accounting', () => {
    expect(months('customer-service-representative', 'Front Desk Agent')).toBe(24);
    expect(months('customer-service-representative', 'Call Handler')).toBe(24);
    expect(months('quality-assurance-analyst', 'Quality Assurance Reviewer')).toBe(24);
    expect(months(finance, 'Finance Officer')).toBe(24);
    expect(months(finance, 'Loan Officer')).toBeUndefined();
    expect(months('customer-service-representative', 'Desk Officer')).toBeUndefined();
  });

  it('counts a nurse, a pharmacist and a medical technologist as healthcare experience, as healthcare accounts hire them', () => {
    const healthcare = 'healthcare-support-representative';
    expect(months(healthcare, 'Staff Nurse')).toBe(24);
    expect(months(healthcare, 'Pharmacist')).toBe(24);
    expect(months(healthcare, 'Medical Technologist')).toBe(24);
    expect(months(healthcare, 'Pharmacy Assistant')).toBeUndefined();
  });

  it("counts an Indian CA firm's article intern as finance and accounting", () => {
    expect(months(finance, 'Article Intern')).toBe(24);
    expect(months(finance, 'Marketing Intern')).toBeUndefined();
  });

  it('counts the titles Kenyan and South African employers give the same front line', () => {
    expect(months('customer-service-representative', 'Client Experience Executive')).toBe(24);
    expect(months('collections-agent', 'Arrears Management Specialist')).toBe(24);
    expect(months('collections-agent', 'Collections Consultant')).toBe(24);
    expect(months('collections-agent', 'Management Consultant')).toBeUndefined();
    // A contact centre named after the employer is its department, not the employer.
    const job = extract('EXPERIENCE\nClient Experience Executive\nTelkom Kenya – Contact Centre, Nairobi  Feb 2022 – Oct 2025').positions[0];
    expect([job?.title, job?.employer]).toEqual(['Client Experience Executive', 'Telkom Kenya']);
  });

  it("counts a lender's collector as collections, but not a tax or garbage collector", () => {
    const collections = 'collections-agent';
    expect(months(collections, 'Collector')).toBe(24);
    expect(months(collections, 'Loan Collector')).toBe(24);
    expect(months(collections, 'Tax Collector')).toBeUndefined();
    expect(months(collections, 'Garbage Collector')).toBeUndefined();
  });
});

describe('a second title', () => {
  it("counts for the role it names, and is the title the role's requirement shows", () => {
    const text = 'EXPERIENCE\nOrbit Networks, Pasig City 2020 - 2022\nCustomer Care Associate\nQuality Analyst\n• Audited calls';
    const candidate = extract(text);
    expect(candidate.positions[0]?.otherTitles).toEqual(['Quality Analyst']);
    expect(candidate.experience.relevantMonths['quality-assurance-analyst']).toBe(candidate.positions[0]?.months);
    const qa = scoreRoles(candidate, taxonomy).find((m) => m.roleId === 'quality-assurance-analyst');
    const title = qa?.components.find((c) => c.id === 'title')?.requirements[0];
    expect([title?.status, title?.detail]).toEqual(['met', 'Quality Analyst']);
  });
});

describe('positions', () => {
  it('reads a title labelled in brackets as the title, without its label', () => {
    const text = 'EXPERIENCE\nGeorgia Institute of Technology\n(Designation: Graduate Research Assistant)\nJan 2007 - May 2009';
    expect(extract(text).positions.map((p) => p.title)).toEqual(['Graduate Research Assistant']);
  });

  it('reads title and employer above the dates, skipping a line of punctuation', () => {
    expect(jobs('WORK EXPERIENCE\nSoftware Engineer\nInfosys Limited -  Bengaluru, Karnataka -\n-\nJune 2016 to Present')).toEqual([
      ['Software Engineer', 'Infosys Limited'],
    ]);
  });

  it('reads a title below the dates when the lines above name only the employer and the place', () => {
    const text = 'WORK EXPERIENCE\nABC Institute\nTucson, AZ | Mar 2011 - Present\nEducational Assistant\n• Assisted teachers';
    expect(jobs(text)).toEqual([['Educational Assistant', 'ABC Institute']]);
  });

  it('reaches a third line up for a title when employer and place stand between it and the dates', () => {
    const text = [
      'WORK EXPERIENCE',
      'Collections Agent',
      'ABC Financial Services',
      'Makati City',
      'January 2019 – March 2022',
      '• Handled 120 outbound collection calls a day',
      'Customer Service Representative',
      'June 2016 – December 2018',
    ].join('\n');
    expect(jobs(text)).toEqual([
      ['Collections Agent', 'ABC Financial Services'],
      ['Customer Service Representative', null],
    ]);
    expect(extract(text).undatedPositions).toEqual([]);
  });

  it('reads jobs listed one a bullet, but no duty dated in a bullet', () => {
    const text = [
      'EXPERIENCE',
      '* Data Entry Operator at Datamatics Global Services, Mumbai (work from home) - 2 yrs 4 mos (Nov 2022 - Feb 2025)',
      '• Back Office Executive, Karvy Data Management, Hyderabad (Apr 2021 - Sep 2022)',
      '• Led the 2019 - 2020 migration of client records',
    ].join('\n');
    expect(jobs(text)).toEqual([
      ['Data Entry Operator', 'Datamatics Global Services'],
      ['Back Office Executive', 'Karvy Data Management'],
    ]);
  });

  it('reads a long line that opens with its dates, its header before its duties, but no dated duty so written', () => {
    const text = [
      'Work Experience',
      'Jan 2022 – Present\tChat Support Agent, TTEC, Cebu City – live chat for US telco; 45 WPM; night shift',
      '2019 – 2020 handled the migration of the billing records to the new system for the finance team',
    ].join('\n');
    expect(extract(text).positions.map((p) => [p.title, p.employer, p.ongoing])).toEqual([['Chat Support Agent', 'TTEC', true]]);
  });

  it("reads a table's date range wrapped over two rows of its dates column", () => {
    const text = [
      'EXPERIENCE',
      'Jan 2023 –\tWorkforce Management Analyst, CCI Kenya, Nairobi',
      'Present\t• Forecasting and scheduling in NICE IEX for a 600-seat centre',
      'Mar 2021 –\tReal Time Analyst, Sykes Kenya, Nairobi',
      'Dec 2022\t• Monitored queues and schedule adherence',
    ].join('\n');
    expect(extract(text).positions.map((p) => [p.title, p.employer, p.months])).toEqual([
      ['Workforce Management Analyst', 'CCI Kenya', 47],
      ['Real Time Analyst', 'Sykes Kenya', 22],
    ]);
  });

  it("reads a seafarer's labelled fields on one line, and a numbered employer above a qualified title", () => {
    const sea = 'WORK EXPERIENCE\nVessel: MV Pacific Pride (Bulk Carrier) | Rank: Able Seaman (AB) | Company: Magsaysay Maritime Corporation | 2021 – 2024';
    expect(jobs(sea)).toEqual([['Able Seaman (AB)', 'Magsaysay Maritime Corporation']]);
    const numbered = 'EXPERIENCE\n1. Teleperformance India, Noida\nCustomer Support Executive – International Voice (US Telecom) | Nov 2023 – Present';
    expect(jobs(numbered)).toEqual([['Customer Support Executive – International Voice', 'Teleperformance India']]);
  });

  it('reads a department after a title as part of it, and the employer after both', () => {
    const text = 'EXPERIENCE\nAssociate Vice President, Operations – Genpact, Gurugram | April 2018 – Present\n- Managed 12 team leaders and 180 agents';
    const [job] = extract(text).positions;
    expect([job?.title, job?.employer, job?.titleRoles]).toEqual(['Associate Vice President, Operations', 'Genpact', ['operations-manager']]);
    expect(extract(text).skills.find((s) => s.id === 'people-management')?.evidence[0]?.text).toBe('Managed 12 team leaders');
  });

  it("reads a title two roles share as the role its employer's line of work names", () => {
    const text = 'EXPERIENCE\nSenior AR Analyst - Access Healthcare, Hyderabad\nJul 2017 - Dec 2020\nAR Analyst - Deloitte, Hyderabad\nJun 2014 - Jun 2017';
    expect(extract(text).positions.map((p) => [p.title, p.titleRoles])).toEqual([
      ['Senior AR Analyst', ['medical-biller']],
      ['AR Analyst', ['finance-accounting-specialist']],
    ]);
  });

  it('reads every title a job site groups under one company as a job there, until a job at another employer', () => {
    const text = [
      'Experience',
      'Concentrix',
      '5 years 3 months',
      'Team Leader',
      'March 2022 - Present (4 years 9 months)',
      'Cebu City, Central Visayas, Philippines',
      'Coached a team of 15 technical support agents on AHT and CSAT.',
      'Technical Support Representative',
      'September 2019 - March 2022 (2 years 7 months)',
      'Troubleshot internet and router issues for US customers.',
      'Teleperformance',
      'Customer Service Representative',
      'June 2017 - August 2019 (2 years 3 months)',
      'Handled inbound billing calls.',
      'Chat Support Agent',
      'January 2016 - May 2017',
    ].join('\n');
    expect(jobs(text)).toEqual([
      ['Team Leader', 'Concentrix'],
      ['Technical Support Representative', 'Concentrix'],
      ['Customer Service Representative', 'Teleperformance'],
      ['Chat Support Agent', null],
    ]);
  });

  it('reads a bulleted job whose title is written in lower case before its employer, but no duty so written', () => {
    const text = [
      'WORK EXPERIENCE',
      '- delivery rider, Grab Food 2020-2023, handled customer complaints via app chat',
      '- service crew, Jollibee Cubao 2018-2020',
      '- handled the 2017 - 2018 inventory, Acme Stores',
    ].join('\n');
    expect(jobs(text)).toEqual([
      ['delivery rider', 'Grab Food'],
      ['service crew', 'Jollibee Cubao'],
    ]);
    expect(extract(text).experience.totalMonths).toBe(61);
  });

  it('reads an employer line that opens with a name in lower case ("iQor") as part of the header', () => {
    expect(jobs('EXPERIENCE\nCollections Agent\niQor, Makati\nJanuary 2018 – December 2020\n• Called delinquent accounts')).toEqual([
      ['Collections Agent', 'iQor'],
    ]);
  });

  it("reads a company's national arm and an organisation named after a place as employers, and a city as no employer", () => {
    const text = [
      'EXPERIENCE',
      'Customer Service Representative',
      'Teleperformance Philippines – SM Cyberzone Bacoor',
      'June 2016 – December 2018',
      'Technical Support Executive',
      'Convergys India, Gurgaon',
      'Jan 2019 – Dec 2019',
      'Customer Service Agent | TTEC — Englewood, CO (remote) | Jan 2022 – Dec 2022',
      'Teller | State Bank of India, Pune | 2012 – 2013',
      'Agent | Accenture, Manila Philippines | 2010 – 2011',
      'Lecturer | University of the Philippines, Diliman | 2008 – 2009',
    ].join('\n');
    expect(jobs(text)).toEqual([
      ['Customer Service Representative', 'Teleperformance Philippines'],
      ['Technical Support Executive', 'Convergys India'],
      ['Customer Service Agent', 'TTEC'],
      ['Teller', 'State Bank of India'],
      ['Agent', 'Accenture'],
      ['Lecturer', 'University of the Philippines'],
    ]);
  });

  it("reads a job site's export: company, tenure, title, then dates with a tenure after them", () => {
    const text = [
      'Experience',
      'Concentrix',
      '3 yrs 5 mos',
      'Technical Support Advocate II',
      'Jan 2023 - Present · 2 yrs 11 mos',
      'Troubleshot broadband and router issues for a US ISP.',
    ].join('\n');
    expect(jobs(text)).toEqual([['Technical Support Advocate II', 'Concentrix']]);
    const months = extract(text).experience.relevantMonths;
    expect(months['technical-support-specialist']).toBeGreaterThan(0);
    expect(months['legal-process-specialist']).toBeUndefined();
  });

  it('takes the employer a short dated line introduces after its title', () => {
    expect(jobs('EXPERIENCE\nWorked as Technical Support Executive in HCL Technologies Ltd, Noida from Mar 2019 to till date')).toEqual([
      ['Technical Support Executive', 'HCL Technologies Ltd'],
    ]);
  });

  it('takes no third line up that is no title headed by its title word', () => {
    const text = 'EXPERIENCE\nAttorney Generals Office\nState of Kerala\nThiruvananthapuram\n2015 - 2018';
    expect(extract(text).positions.map((p) => p.title)).toEqual([null]);
  });

  it('keeps the line of work written after a title, but not an employer or a place written there', () => {
    const jobs = (text: string) => extract(text).positions.map((p) => [p.title, p.employer]);
    const dated = (header: string) => jobs(`EXPERIENCE\n${header}\nAccenture, Manila\nJan 2021 - Dec 2022\n• Processed 120 claims a day`);
    expect(dated('Senior Associate – Claims Processing')).toEqual([['Senior Associate – Claims Processing', 'Accenture']]);
    expect(dated('Process Executive - Accounts Payable & Receivable')).toEqual([['Process Executive - Accounts Payable & Receivable', 'Accenture']]);
    expect(dated('Senior Associate – Makati')).toEqual([['Senior Associate', 'Accenture']]);
    expect(jobs('EXPERIENCE\nTeam Leader – Concentrix\nJan 2021 - Dec 2022')).toEqual([['Team Leader', 'Concentrix']]);
    const undated = (text: string) => extract(text).undatedPositions.map((p) => [p.title, p.employer]);
    expect(undated('EXPERIENCE\nTeam Lead - Collections\nConcentrix\n• Led a team of 12')).toEqual([['Team Lead - Collections', 'Concentrix']]);
    expect(undated('EXPERIENCE\nProcess Executive - Vertex Outsourcing\n• Handled claims')).toEqual([['Process Executive', 'Vertex Outsourcing']]);
  });

  it('counts a job for the role its line of work defines, but not for roles that only need that skill too', () => {
    const relevant = (header: string) => extract(`EXPERIENCE\n${header}\nAccenture, Manila\nJan 2021 - Dec 2022`).experience.relevantMonths;
    expect(relevant('Senior Associate – Claims Processing')['claims-processor']).toBe(24);
    expect(relevant('Team Leader, Collections')['collections-agent']).toBe(24);
    // Customer service defines the customer service representative; the healthcare one needs it beside insurance.
    expect(extract('EXPERIENCE\nAssociate - Customer Care\nAccenture\nJan 2021 - Dec 2022').positions[0]?.titleRoles).toEqual([
      'customer-service-representative',
    ]);
    expect(relevant('Senior Associate – Makati')['claims-processor']).toBeUndefined();
  });

  it('takes no line of work, no column name and no remark in brackets for the employer or the title', () => {
    const jobs = (text: string) => extract(text).positions.map((p) => [p.title, p.employer]);
    expect(jobs('EXPERIENCE\nTeam Leader, Collections — iQor Philippines, Cebu — Jan 2023 – Present\n'
      + 'Collections Agent (promoted to Subject Matter Expert in 2021) — iQor Philippines, Cebu — Jul 2018 – Dec 2022')).toEqual([
      ['Team Leader, Collections', 'iQor Philippines'],
      ['Collections Agent', 'iQor Philippines'],
    ]);
    const table = 'WORK EXPERIENCE\nPeriod\tCompany\tPosition\tKey Responsibilities\n'
      + 'Jun 2021 – till date\tConcentrix Cebu (i1 Building, Asiatown IT Park)\tSenior CSR (Voice, Inbound)\tHandle 80-100 inbound calls per shift';
    expect(jobs(table)).toEqual([['Senior CSR (Voice, Inbound)', 'Concentrix Cebu']]);
    // With no other employer, a name before a city is the employer's site; a city alone is no employer.
    expect(jobs('EXPERIENCE\nData Encoder — Lexmark Cebu — Feb 2022 – Present')).toEqual([['Data Encoder', 'Lexmark Cebu']]);
    expect(jobs('EXPERIENCE\nData Encoder — Cebu City — Feb 2022 – Present')).toEqual([['Data Encoder', null]]);
  });

  it('takes the employer on the line below a title that stands beside its dates, for that job only', () => {
    const jobs = (text: string) => extract(text).positions.map((p) => [p.title, p.employer]);
    expect(jobs('EXPERIENCE\nTeam Leader\tJan 2020 - Present\nAcme Corp, Cebu\n- Led a team\n'
      + 'Customer Service Representative\tJan 2018 - Dec 2019\n- Took calls')).toEqual([
      ['Team Leader', 'Acme Corp'],
      ['Customer Service Representative', null],
    ]);
  });

  it('reads a job told as a sentence that names the employer first, then the title after "as"', () => {
    const jobs = (text: string) => extract(text).positions.map((p) => [p.title, p.employer, p.months]);
    const listed = [
      '1. Working with Sutherland Global Services, Mysuru as Customer Support Executive (International Voice Process) from 15th July 2022 to 30th June 2024.',
      '2. Worked with Wipro Ltd, Mysuru as Associate - Customer Care from 01-Aug-2020 to 30-Jun-2022.',
    ];
    expect(jobs(`WORK EXPERIENCE\n${listed.join('\n')}`)).toEqual([
      ['Customer Support Executive', 'Sutherland Global Services', 24],
      ['Associate - Customer Care', 'Wipro Ltd', 23],
    ]);
    expect(jobs('EXPERIENCE\nWorked with Wipro Ltd from Aug 2020 to Jun 2022 as Customer Care Associate.')).toEqual([['Customer Care Associate', 'Wipro Ltd', 23]]);
    // No title after "as": no job is told that way ("worked with clients as needed").
    expect(jobs('EXPERIENCE\nWorked with Acme clients as needed from 2019 to 2020.').map(([title]) => title)).not.toContain('needed');
  });

  it('gives each of two date-first jobs its own title', () => {
    const text = 'EMPLOYMENT HISTORY\n2015 - present\nDepartment Head, Wichita State University\n2007 - 2015\nAssociate Professor, Syracuse University';
    expect(jobs(text)).toEqual([
      ['Department Head', 'Wichita State University'],
      ['Associate Professor', 'Syracuse University'],
    ]);
  });

  it('keeps a title with an organisation word, but not an organisation with a legal form', () => {
    expect(jobs('EXPERIENCE\nDirector of Software Development, 2010 to Present')[0]?.[0]).toBe('Director of Software Development');
    expect(jobs('EXPERIENCE\nAgent Solutions Pvt Ltd | Customer Care Executive | 2019 - 2021')).toEqual([
      ['Customer Care Executive', 'Agent Solutions Pvt Ltd'],
    ]);
  });

  it('reads a job told in a sentence after its introducer', () => {
    const [job] = extract("EXPERIENCE\n• Worked as Software Engineer with Prolifics Corporation from Dec' 2015 to Sept' 2016").positions;
    expect(job).toMatchObject({ title: 'Software Engineer', employer: 'Prolifics Corporation', start: { year: 2015, month: 12 } });
  });

  it('reads no job from a sentence that introduces no title', () => {
    expect(jobs('EXPERIENCE\n• Migrated the billing platform for the client from 2015 to 2016 across three regions')).toEqual([]);
  });

  it('reads jobs under "Project" headings that continue an experience section', () => {
    const text = 'WORK EXPERIENCE\nTeam Lead\nCisco Systems\nJune 2016 to March 2017\nProject\nFSMS\n• Built flows\nDeveloper\nWipro Ltd\nAugust 2014 to May 2016';
    expect(jobs(text).map(([title]) => title)).toEqual(['Team Lead', 'Developer']);
  });

  it('lists jobs without dates apart, and does not take a description line for one', () => {
    const candidate = extract('WORK EXPERIENCE\nAssociate Software Engineer\noracle\n• Automation scripting in Python\nResponsibilities\nClient support');
    expect(candidate.positions).toEqual([]);
    expect(candidate.undatedPositions.map((p) => [p.title, p.employer])).toEqual([['Associate Software Engineer', 'oracle']]);
  });

  it('cuts a date range out of its title with the brackets that held it', () => {
    expect(jobs('EXPERIENCE\nBrightpath Claims Services, Manila\nClaims Supervisor (2014 to 2017)\n• Led the claims team')).toEqual([
      ['Claims Supervisor', 'Brightpath Claims Services'],
    ]);
    expect(jobs('EXPERIENCE\nTeam Lead [Mar 2016 to Jan 2018 (Contract Role)]')).toEqual([['Team Lead', null]]);
  });

  it('does not split a title at a comma inside brackets, and leaves out long remarks but not short notes', () => {
    expect(jobs('EXPERIENCE\nBranch Manager (Pune, Maharashtra), 2011 to 2015')).toEqual([['Branch Manager (Pune, Maharashtra)', null]]);
    expect(jobs('EXPERIENCE\nField Engineer (3 days a week), Orbit Networks, 2012 - 2013')).toEqual([['Field Engineer', 'Orbit Networks']]);
    expect(jobs('EXPERIENCE\nCustomer Service Representative (Chat and Email), Bluewave BPO, 2019 - 2021')).toEqual([
      ['Customer Service Representative (Chat and Email)', 'Bluewave BPO'],
    ]);
  });

  it('ends a title where a terminator starts', () => {
    expect(jobs('EXPERIENCE\nCityline Radio, Austin, TX - May 2015 - Aug 2015\nIntern for the evening news desk.')).toEqual([
      ['Intern', 'Cityline Radio'],
    ]);
  });

  it('reads the title a header piece too long for a part opens with, but no title from a sentence of duties', () => {
    const header = 'EXPERIENCE\nCityline Radio, Austin, TX - May 2015 - Aug 2015\n';
    expect(jobs(`${header}Intern for the Jerry Springer and Steve Wilkos Shows.`)).toEqual([['Intern', 'Cityline Radio']]);
    expect(jobs(`${header}Served as Teacher Assistant for Grades 2 and 3 of the primary wing`)).toEqual([['Teacher Assistant', 'Cityline Radio']]);
    expect(jobs(`${header}Managed a team of twenty engineers for the regional support desk`)).toEqual([[null, 'Cityline Radio']]);
    expect(jobs(`${header}Worked as a buddy for the new joiners on the floor of the studio`)).toEqual([[null, 'Cityline Radio']]);
  });

  it('reads a title after the full stop that ends its date range', () => {
    expect(jobs('EXPERIENCE\nAug 2012 - present. Staff Writer, Campus Daily')).toEqual([['Staff Writer', 'Campus Daily']]);
  });

  it('reads ranges written with a short end year, a lost dash or one year for two months', () => {
    const text = 'EXPERIENCE\nTrainer, Northgate College, 1985-89\nConsultant, Brightpath, 20142017\nAgent, Bluewave BPO, 2019present\nTrainee, Orbit Networks, Mar - Aug 2011';
    expect(extract(text).positions.map((p) => [p.title, p.start, p.end])).toEqual([
      ['Trainer', { year: 1985, month: 6 }, { year: 1989, month: 6 }],
      ['Consultant', { year: 2014, month: 6 }, { year: 2017, month: 6 }],
      ['Agent', { year: 2019, month: 6 }, { year: 2026, month: 11 }],
      ['Trainee', { year: 2011, month: 3 }, { year: 2011, month: 8 }],
    ]);
    expect(jobs('EXPERIENCE\nAgent, Bluewave BPO, renewals up 2019 – 85%')).toEqual([]);
  });

  it('lists a title in capitals without dates as a job, but not a line of duties or of groups', () => {
    const undated = (text: string) => extract(text).undatedPositions.map((p) => p.title);
    const description = 'Audited a sample of recorded calls every week and shared the findings with the floor managers';
    expect(undated(`EXPERIENCE\nQuality Analyst\n${description}`)).toEqual(['Quality Analyst']);
    expect(undated('EXPERIENCE\nProcess Associate, Billing, Orbit Networks, Chennai.')).toEqual(['Process Associate, Billing']);
    const duties = ['Reporting to the Operations Manager', 'Supervised night-shift staff', 'Managed team of 6 agents', 'Floor Supervisors'];
    expect(undated(`EXPERIENCE\n${duties.join('\n')}\n${description}`)).toEqual([]);
  });

  it('takes a title in lower case with its employer below only when it ends with its title word', () => {
    const undated = (text: string) => extract(text).undatedPositions.map((p) => p.title);
    expect(undated('EXPERIENCE\nProcess associate\nOrbit Networks, Chennai')).toEqual(['Process associate']);
    expect(undated('EXPERIENCE\nTutor computer students\nHill Side Learning Centre')).toEqual([]);
    expect(undated('EXPERIENCE\nLicensed therapists\nOrbit Networks, Chennai')).toEqual([]);
  });

  it('lists a job told in a sentence without dates, but not a sentence that introduces no title', () => {
    const undated = (text: string) => extract(text).undatedPositions.map((p) => [p.title, p.employer]);
    expect(undated('EXPERIENCE\n• Joined as Process Associate with Orbit Networks, handling billing disputes for a US telecom client')).toEqual([
      ['Process Associate', 'Orbit Networks'],
    ]);
    expect(undated('EXPERIENCE\n• Worked as part of a team of five on the billing platform migration')).toEqual([]);
    expect(undated('EXPERIENCE\n• Kept QA scores above target and worked as a mentor for new joiners')).toEqual([]);
  });

  it('reads a short line that introduces a title, and the formal title after words that describe it', () => {
    const undated = (text: string) => extract(text).undatedPositions.map((p) => p.title);
    expect(undated('EXPERIENCE\nWorked as a Lecturer in the Department of Commerce at Hill College')).toEqual(['Lecturer']);
    expect(undated('EXPERIENCE\nServed as departmental Linux Systems Administrator.')).toEqual(['Linux Systems Administrator']);
    expect(undated('EXPERIENCE\nWorked as a buddy for new joiners on the floor')).toEqual([]);
  });

  it('reads the title a long line opens with before a remark, but not a sentence that opens with a duty', () => {
    const undated = (text: string) => extract(text).undatedPositions.map((p) => p.title);
    const remark = 'Promoted to review all field operations and budgets across the four regions of the company';
    expect(undated(`EXPERIENCE\nVice President of Operations - ${remark}`)).toEqual(['Vice President of Operations']);
    expect(undated(`EXPERIENCE\nReviewed staffing plans - ${remark}`)).toEqual([]);
  });

  it('lists a second title on a line without dates, but not a one-word department', () => {
    const undated = (text: string) => extract(text).undatedPositions.map((p) => p.title);
    expect(undated('EXPERIENCE\nBusiness Analyst - Channel Support Specialist\n• Supported channel sales')).toEqual([
      'Business Analyst',
      'Channel Support Specialist',
    ]);
    expect(undated('EXPERIENCE\nTeam Lead, QA\n• Led a team of testers')).toEqual(['Team Lead, QA']);
  });

  it('reads a title that ends with a full stop before its duties, but not an abbreviation or a duty', () => {
    const undated = (text: string) => extract(text).undatedPositions.map((p) => p.title);
    expect(undated('EXPERIENCE\nLitigation Paralegal. Assigned to the Probate Division')).toEqual(['Litigation Paralegal']);
    expect(undated('EXPERIENCE\nSr. Consultant. Led the migration')).toEqual(['Sr. Consultant']);
    expect(undated('EXPERIENCE\nSupervised agents. Reported to the Site Manager')).toEqual([]);
    const dated = 'EXPERIENCE\n2/89 to 1/90\nDavid Lee Esq\nLitigation Paralegal. Assigned to the Probate Division';
    expect(extract(dated).positions.map((p) => p.title)).toEqual(['Litigation Paralegal']);
  });

  it('keeps a second title of the same job, but not a one-word department', () => {
    const [job] = extract('EXPERIENCE\nWestMed College, San Jose, CA 2012 - 2014\nAssociate Vice President of Regional Operations\nCampus Director\n• Led student services').positions;
    expect(job?.title).toBe('Associate Vice President of Regional Operations');
    expect(job?.otherTitles).toEqual(['Campus Director']);
    const [lead] = extract('EXPERIENCE\nTeam Lead, QA\nOrbit Networks\nJan 2019 - Dec 2020').positions;
    expect(lead?.otherTitles).toEqual([]);
  });

  it('splits a title written straight before its employer, or after a slash, but not an organisation named with a title word', () => {
    expect(jobs('EXPERIENCE\n12/2015 to Current\nSales Associate Meridian Stores Inc | Tucson, AZ')).toEqual([['Sales Associate', 'Meridian Stores Inc']]);
    expect(jobs('EXPERIENCE\nStore Supervisor / Meridian Stores Inc - Tucson, AZ 02/2010 - 09/2013')).toEqual([['Store Supervisor', 'Meridian Stores Inc']]);
    expect(jobs('EXPERIENCE\nJan 2019 - Dec 2020\nAgent Solutions Pvt Ltd, Pune')).toEqual([[null, 'Agent Solutions Pvt Ltd']]);
  });

  it('takes no title from a header part without a title word: a duty is no title', () => {
    const titles = (text: string) => extract(text).positions.map((p) => p.title);
    expect(titles('EXPERIENCE\nSales Associate\nJune 2012 to May 2014')).toEqual(['Sales Associate']);
    expect(titles('EXPERIENCE\nIncreased cost efficiency, projected at $1.5M per annum.\nSeptember 2004 to October 2004')).toEqual([null]);
    expect(titles('EXPERIENCE\nTracked client payments\n03/2007 to 01/2012')).toEqual([null]);
  });

  it('takes a part in lower case as a title only when it ends with its title word', () => {
    const titles = (text: string) => extract(text).positions.map((p) => p.title);
    expect(titles('EXPERIENCE\nLaw Centre (2014 - 2016), unpaid advisor')).toEqual(['unpaid advisor']);
    expect(titles('EXPERIENCE\nActive Learning Classrooms (2011 - 2014) Conducted literature search, faculty needs')).toEqual([null]);
  });

  it('dates a job by one date alone on its line, but not a talk or an award so dated', () => {
    const dated = (text: string) => extract(text).positions.map((p) => [p.title, p.start, p.end]);
    expect(dated('EXPERIENCE\nMicrosoft Research\nResearch Intern\nSummer 2009')).toEqual([
      ['Research Intern', { year: 2009, month: 6 }, { year: 2009, month: 6 }],
    ]);
    expect(dated('EXPERIENCE\nPaper presented at the\nAssociation for Counselor Education and Supervision\nOctober, 2014')).toEqual([]);
  });

  it('leaves a long remark out of a labelled title, but keeps a short note', () => {
    const titles = (text: string) => extract(text).positions.map((p) => p.title);
    expect(titles('EXPERIENCE\nMonash University\nPosition: Tutor (five contact hours per week)\n2011 - 2012')).toEqual(['Tutor']);
    expect(titles('EXPERIENCE\nAcme BPO\nPosition: Agent (Voice)\n2011 - 2012')).toEqual(['Agent (Voice)']);
  });

  it('takes a part without an employer word as the employer only when named like one', () => {
    expect(jobs('EXPERIENCE\nGame Programmer, eClerx\nJan 2019 - Dec 2020')).toEqual([['Game Programmer', 'eClerx']]);
    expect(jobs('EXPERIENCE\nGame Programmer, designing layout\nJan 2019 - Dec 2020')).toEqual([['Game Programmer', null]]);
  });

  it("takes a title headed in the singular over a firm's trade in the plural", () => {
    expect(jobs('EXPERIENCE\nAccounts Assistant\nM/s Desai and Patel, Chartered Accountants, Ahmedabad\nJun 2014 - Jul 2016')).toEqual([
      ['Accounts Assistant', 'M/s Desai and Patel'],
    ]);
  });

  it('reads "Co-" as the start of a word in a title, not as a legal form', () => {
    expect(extract('EXPERIENCE\nInterchange Testing Co-Ordinator\nTesting of card interchange files').undatedPositions.map((p) => p.title)).toEqual([
      'Interchange Testing Co-Ordinator',
    ]);
    expect(jobs('EXPERIENCE\nMeridian Trading Co\nJan 2019 - Dec 2020')).toEqual([[null, 'Meridian Trading Co']]);
  });

  it('takes a dated title from another section when a heading was lost, but not a degree', () => {
    const text = 'EXPERIENCE\nBluewave BPO, Analyst, 2019 - 2021\nEDUCATION\nB.Com in Accounting, 2009 - 2012\n2013 to present: Lecturer in Commerce, Northgate College';
    expect(jobs(text)).toEqual([
      ['Analyst', 'Bluewave BPO'],
      ['Lecturer', 'Northgate College'],
    ]);
  });

  it('lists a job a summary tells in a sentence by its formal title, but not a duty or a title already listed', () => {
    const undated = (text: string) => extract(text).undatedPositions.map((p) => [p.title, p.employer]);
    const jobs = 'EXPERIENCE\nAgent, Bluewave BPO, 2014 - 2016';
    expect(undated(`SUMMARY\n• Worked as Operation Analyst for Orbit Networks.\n${jobs}`)).toEqual([['Operation Analyst', 'Orbit Networks']]);
    expect(undated(`SUMMARY\n• Worked as a buddy for new joiners on the floor.\n${jobs}`)).toEqual([]);
    expect(undated(`SUMMARY\n• Worked as Agent with Bluewave BPO.\n${jobs}`)).toEqual([]);
    expect(undated(`SUMMARY\n2 years' experience as a Customer Service Representative at Orbit Networks.\n${jobs}`)).toEqual([
      ['Customer Service Representative', 'Orbit Networks'],
    ]);
    expect(undated(`SUMMARY\n6 months experience as a cashier in the evening shift.\n${jobs}`)).toEqual([]);
  });

  it('reads the title a resume opens with as the current job, unless a listed job already has it', () => {
    const undated = (text: string) => extract(text).undatedPositions.map((p) => [p.title, p.employer]);
    expect(undated('Ravi Menon\nProcess Executive - Vertex Outsourcing\nKochi, Kerala\nEXPERIENCE\nAgent, Bluewave BPO, 2014 - 2016')).toEqual([
      ['Process Executive', 'Vertex Outsourcing'],
    ]);
    expect(undated('Ravi Menon\nCustomer Care Executive\nEXPERIENCE\nCustomer Care Executive\nBluewave BPO\nJune 2016 to Present')).toEqual([]);
    expect(undated('Ravi Menon\nResume Template\nEXPERIENCE\nWaiter, Harbour Grill, 2010 - 2012')).toEqual([]);
  });

  it('states the experience written in words, the total first, and no figure after "less than"', () => {
    const stated = (text: string) => extract(text).experience.stated;
    expect(stated('• Total experience: 3 years 6 months\n• 2 years of experience in Java')).toMatchObject({ months: 42, total: true });
    expect(stated('• 8.5+ years of experience in IT\n• 4yrs. of solid work experience')).toMatchObject({ months: 102, total: false });
    expect(stated('SUMMARY\nAlmost 7 years as an art editor')?.months).toBe(84);
    expect(stated('SKILLS\nC++ (Less than 1 year), Java (2 years)')).toBeNull();
    expect(stated('EXPERIENCE\nWorked 7 years as a teacher')).toBeNull();
    // A job site's export writes its units with a plural in brackets.
    expect(stated('Total Experience: 7 Year(s) 5 Month(s)')).toMatchObject({ months: 89, total: true });
  });

  it("never reads the candidate's age as experience", () => {
    const stated = (text: string) => extract(text).experience.stated;
    expect(stated('SUMMARY\nI am 23 years old.\n\nWORK EXPERIENCE\nAgent')).toBeNull();
    expect(stated('PERSONAL DETAILS\nAge: 45 years.\nSUMMARY\nSkilled agent with customer service experience')).toBeNull();
    expect(stated('SUMMARY\nAged 30 years, with customer service experience')).toBeNull();
    expect(stated('SUMMARY\n5 years of experience in BPO, 30 years old')?.months).toBe(60);
  });

  it('reads a number written as a word only as a whole word: "any" is no year', () => {
    const stated = (text: string) => extract(text).experience.stated;
    expect(stated('SUMMARY\nTen years of customer service experience')?.months).toBe(120);
    expect(stated('SUMMARY\nReady to help with any customer service request')).toBeNull();
    expect(stated('SUMMARY\nCalm at any given time.\nExperience')).toBeNull();
  });

  it('finds a statement far along a long text, around its year unit', () => {
    const filler = 'Handled billing questions for retail customers. '.repeat(60);
    expect(extract(`SUMMARY\n${filler}\nOver 6 years of experience in collections`).experience.stated?.months).toBe(72);
  });
});

describe('a date range split over lines', () => {
  it('dates the job when start, connector and end stand on lines of their own', () => {
    const text = 'EXPERIENCE\nMarch 2014\nto\nNovember 2014\nCompany Name City , State Risk Specialist\n• Reviewed loan files';
    const [job] = extract(text).positions;
    expect([job?.start, job?.end, job?.ongoing]).toEqual([{ year: 2014, month: 3 }, { year: 2014, month: 11 }, false]);
    expect(job?.title).toContain('Risk Specialist');
  });

  it('dates the job when the connector ends the first line and the open end stands below', () => {
    const [job] = extract('EXPERIENCE\nTeam Leader, Acme BPO\n01/2015 -\nCurrent\n• Led 12 agents').positions;
    expect([job?.title, job?.start, job?.ongoing]).toEqual(['Team Leader', { year: 2015, month: 1 }, true]);
  });

  it('leaves a lone date and the lines after it apart when they make no range together', () => {
    const text = 'EXPERIENCE\nTeam Leader, Acme BPO\nMarch 2014\nto\nthe whole floor\n• Led 12 agents';
    // The date alone dates the job, as a single date does; nothing after it joins in.
    const march = { year: 2014, month: 3 };
    expect(extract(text).positions.map((p) => [p.title, p.start, p.end, p.evidence.text])).toEqual([
      ['Team Leader', march, march, 'Team Leader, Acme BPO\nMarch 2014'],
    ]);
  });
});

describe('a list of papers and talks', () => {
  it('holds no jobs and claims no skills, which the same words in a skills list do', () => {
    const papers = 'Spreadsheet Models for Call Centre Staffing, Operations Research Society, 2016 - 2017';
    const asPapers = extract(`EXPERIENCE\nQuality Analyst, Acme BPO\nJan 2018 - Dec 2020\nPUBLICATIONS AND PRESENTATIONS\n${papers}`);
    expect(asPapers.positions.map((p) => p.title)).toEqual(['Quality Analyst']);
    expect(asPapers.skills.map((s) => s.id)).not.toContain('microsoft-excel');
    expect(extract(`SKILLS\n${papers}`).skills.map((s) => s.id)).toContain('microsoft-excel');
  });
});

describe('activities and memberships', () => {
  it('takes no club, society or membership for a job, in a resume with or without an experience section', () => {
    const student = 'Ana Reyes\n\nEDUCATION\nBachelor of Arts in Communication, University of the Philippines, 2026\n\n'
      + 'ACTIVITIES\nMember, UP Debate Society (2023-2026)\nTreasurer, Marketing Club, 2024 - 2025';
    expect(extract(student).positions).toEqual([]);
    expect(extract(student).experience.totalMonths).toBe(0);
    const worker = 'EXPERIENCE\nCustomer Service Representative, Concentrix, Jan 2021 - Present\n\n'
      + 'PROFESSIONAL AFFILIATIONS\nMember, Contact Center Association of the Philippines, 2019 - Present';
    expect(jobs(worker)).toEqual([['Customer Service Representative', 'Concentrix']]);
  });

  it('takes no dated honour for a job, with or without an experience section', () => {
    const graduate = 'Jose Santos\n\nEDUCATION\nBachelor of Science in Psychology\nUniversity of Santo Tomas, Manila\n\n'
      + 'ACHIEVEMENTS\nDean\'s Lister, 2023-2024\n\nSKILLS\nGood communication skills in English and Filipino';
    expect(extract(graduate).positions).toEqual([]);
    expect(extract(graduate).experience.totalMonths).toBe(0);
    const worker = 'EXPERIENCE\nCustomer Service Representative, Concentrix, Jan 2021 - Present\n\n'
      + 'AWARDS\nTop Performer, Concentrix Manila, 2022 - 2023';
    expect(jobs(worker)).toEqual([['Customer Service Representative', 'Concentrix']]);
  });

  it('takes no job from a duty that dates something within its sentence, and a job whose line says when still', () => {
    const resume = (duty: string) => 'EXPERIENCE\nTrainer, Acme Corp, Jan 2000 - Jan 2006\n' + duty;
    expect(jobs(resume('MS Office power-user with additional proficiencies in assorted 2001-2010 databases.'))).toEqual([['Trainer', 'Acme Corp']]);
    expect(jobs(resume('Cashier at Jollibee, 2006 - 2008'))).toEqual([['Trainer', 'Acme Corp'], ['Cashier', 'Jollibee']]);
  });

  it('reads a school\'s "Activities:" as part of its education, so the schools after it are still read', () => {
    const text = 'EDUCATION\nJ.D., Clarkmore School of Law, May 2006\nActivities:\nEditor, Law Review\n'
      + 'B.A. Art History, Tallahassee State University, May 2001';
    const levels = extract(text).education.entries.map((e) => e.level);
    expect(levels).toHaveLength(2);
    expect(levels.every((level) => level !== null)).toBe(true);
  });
});

describe('on-the-job training', () => {
  it('lists an internship under an OJT heading as a job, and no training given', () => {
    const candidate = extract('OJT\nIT Support Intern, PLDT, Makati | Feb 2025 to May 2025 (486 hours)\n- answered helpdesk calls\n\nEDUCATION\nBS Information Technology, 2025');
    expect(candidate.positions.map((p) => [p.title, p.employer, p.months])).toEqual([['IT Support Intern', 'PLDT', 4]]);
    expect(candidate.education.entries.map((e) => e.level)).toEqual(['bachelor']);
    expect(candidate.skills.map((s) => s.id)).not.toContain('new-hire-training');
  });
});

describe('undated jobs that state their duration', () => {
  it('count the months noted in brackets, or on a line of a duration alone below, towards total and relevant experience', () => {
    const candidate = extract('EXPERIENCE\nMedical Coder – Omega Healthcare Management Services, Bengaluru (3 yrs)\n- E/M coding\n\n'
      + 'Trainee Medical Coder – Episource, Bengaluru (1.5 yrs)\n- HCC coding\n\nData Entry Operator\nDatamatics\n2 yrs 3 mos');
    expect(candidate.undatedPositions.map((p) => [p.title, p.months])).toEqual([
      ['Medical Coder', 36],
      ['Trainee Medical Coder', 18],
      ['Data Entry Operator', 27],
    ]);
    expect(candidate.experience.totalMonths).toBe(36 + 18 + 27);
    expect(candidate.experience.relevantMonths['medical-coder']).toBe(54);
  });

  it('count nothing for a job that states no duration, or a figure that is no duration', () => {
    const candidate = extract('EXPERIENCE\nMedical Coder – Omega Healthcare (team of 12)\n- E/M coding\n3 yrs');
    expect(candidate.undatedPositions.map((p) => p.months)).toEqual([null]);
    expect(candidate.experience.totalMonths).toBe(0);
  });
});

describe('career breaks', () => {
  it('counts a dated career break for no months, on its own lines or on one with its dates', () => {
    const ownLines = extract('EXPERIENCE\nCustomer Service Representative, Convergys\nJune 2016 - April 2020\n'
      + 'Career Break — Family caregiver\nMay 2020 – December 2024\nTeam Leader, Alorica\nJanuary 2025 - Present');
    expect(ownLines.positions.map((p) => p.title)).toEqual(['Customer Service Representative', 'Team Leader']);
    expect(ownLines.experience.totalMonths).toBe(47 + 23);
    const parent = extract('EXPERIENCE\nCustomer Service Representative | Convergys | 2014 - 2018\nFull-time mother | 2018 - 2023');
    expect(parent.experience.totalMonths).toBe(49);
  });

  it('keeps its dates from the job after it', () => {
    const oneLine = extract('EXPERIENCE\nCareer break (caring for a parent), May 2020 – December 2024\n'
      + 'Customer Service Representative (bilingual), Convergys, June 2016 - April 2020\n- Handled billing calls');
    expect(oneLine.positions.map((p) => [p.title, p.start.year, p.end.year])).toEqual([['Customer Service Representative (bilingual)', 2016, 2020]]);
  });

  it('still reads a job whose title only holds a word of one, as a job', () => {
    expect(jobs('EXPERIENCE\nLeave Administration Specialist, Acme HR Services, 2019 - 2022')).toEqual([['Leave Administration Specialist', 'Acme HR Services']]);
  });
});

describe('duties bulleted on the date line', () => {
  it('reads the job whose dates and inline bullets share one line, and keeps the duties as its own', () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      'RN Team Lead',
      'September 2010 to Current Company Name, City, State * Providing nursing leadership and operations guidance to 7 facilities nationwide * Team lead responsibilities included staff scheduling and coaching of new nurses',
      'Fitness Director',
      'March 2003 to August 2004 Company Name, City, State',
    ].join('\n');
    const candidate = extract(text);
    expect(candidate.positions.map((p) => [p.title, p.months])).toEqual([['RN Team Lead', 195], ['Fitness Director', 18]]);
    expect(candidate.positions[0]?.evidence.context).not.toContain('Providing');
  });

  it('leaves a header whose fields a bullet separates, and a short line, as they are', () => {
    expect(jobs('EXPERIENCE\nTeam Leader • Concentrix • Jan 2019 – Dec 2021 • Cebu City')).toEqual([['Team Leader', 'Concentrix']]);
  });
});

describe("an anonymised template's placeholders", () => {
  it('read as the employer and the place they stand for, apart from the title beside them', () => {
    expect(jobs('EXPERIENCE\nCompany Name City , State Senior Director of Business Operations 09/2011 to Current')).toEqual([
      ['Senior Director of Business Operations', 'Company Name'],
    ]);
    expect(jobs('EXPERIENCE\n07/2009 to 07/2014\nChef Company Name | City , State')).toEqual([['Chef', 'Company Name']]);
    expect(jobs('EXPERIENCE\nCompany Name - Healthcare Unit Coordinator City , State 02/2001 - 08/2007')).toEqual([
      ['Healthcare Unit Coordinator', 'Company Name'],
    ]);
    // A real employer's city is no placeholder, and a label's colon still names the employer.
    expect(jobs('EXPERIENCE\nTeam Leader, Concentrix, Makati City, 2019 - 2023')).toEqual([['Team Leader', 'Concentrix']]);
  });
});
