/** Dated jobs whose header line above the dates holds a remark, a department or a firm named by its trade. */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileTaxonomy, type CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { checkTaxonomy } from '../../src/taxonomy/load-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

type Job = [title: string | null, employer: string | null, months: number];

const jobsIn = (text: string, rules: CompiledTaxonomy = taxonomy): Job[] =>
  extractText(text, rules).positions.map((p) => [p.title, p.employer, p.months]);

describe('a title line with a remark in brackets, dates below', () => {
  const titleLine = 'Customer Support Executive – Teleperformance India, Pune';
  const resume = (line: string): string => ['WORK EXPERIENCE', line, 'December 2021 – December 2023', '- Handled 90+ inbound calls a day'].join('\n');

  it('reads one dated job, as it does without the remark', () => {
    const remarked = resume(`${titleLine} (US telecom, inbound voice and chat)`);
    const expected: Job[] = [['Customer Support Executive', 'Teleperformance India', 25]];
    expect(jobsIn(remarked)).toEqual(expected);
    expect(jobsIn(resume(titleLine))).toEqual(expected);
    const candidate = extractText(remarked, taxonomy);
    expect(candidate.undatedPositions).toEqual([]);
    expect(candidate.experience.relevantMonths['customer-service-representative']).toBe(25);
  });

  it("still ends the header at a line of the previous job's duties, remark or not", () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      'Hexaware Technologies, Nagpur',
      'Senior Associate',
      'Oct 2022 – Present',
      'US P&C insurance claims processing (FNOL set-up, policy verification)',
      'Tech Mahindra, Nagpur',
      'Aug 2020 – Sep 2022',
    ].join('\n');
    expect(jobsIn(text).map(([, employer]) => employer)).toEqual(['Hexaware Technologies', 'Tech Mahindra']);
  });
});

describe('a title written in lower case on a line of its own', () => {
  it('is the title when the line is a title and nothing else, but a line of duties in lower case is none', () => {
    const job = (line: string): Job[] => jobsIn(['EXPERIENCE', line, 'Convergys, Cebu City | Jan 2020 - Dec 2022', '- Handled inbound calls'].join('\n'));
    expect(job('customer service representative')).toEqual([['customer service representative', 'Convergys', 36]]);
    expect(job('Customer Service Representative')).toEqual([['Customer Service Representative', 'Convergys', 36]]);
    expect(job('handled escalations for the customer service team')[0]?.[0]).not.toBe('handled escalations for the customer service team');
  });
});

describe('a firm named by its trade after the title', () => {
  it('is the employer on the title line, but a trade alone is none', () => {
    const firm = 'WORK EXPERIENCE\nAccounts Intern – Sharma & Associates Chartered Accountants\nJune 2024 – August 2024\n- Prepared ledgers';
    expect(jobsIn(firm)).toEqual([['Accounts Intern', 'Sharma & Associates Chartered Accountants', 3]]);
    const joined = 'WORK EXPERIENCE\nAccounts Intern – Patil and Associates\nJune 2024 – August 2024\n- Prepared ledgers';
    expect(jobsIn(joined)).toEqual([['Accounts Intern', 'Patil and Associates', 3]]);
    const trade = 'WORK EXPERIENCE\nAccounts Intern – Chartered Accountants\nJune 2024 – August 2024\n- Prepared ledgers';
    expect(jobsIn(trade)).toEqual([['Accounts Intern', null, 3]]);
  });

  it('is no employer when the plural names a group of staff, on the title line or a line of its own', () => {
    const own = 'WORK EXPERIENCE\nCustomer Care Associate\nNight Shift Supervisors\nJune 2024 – August 2024\n- Answered calls';
    expect(jobsIn(own).map(([, employer]) => employer)).toEqual([null]);
    const beside = 'WORK EXPERIENCE\nCustomer Care Associate – Night Shift Supervisors\nJune 2024 – August 2024\n- Answered calls';
    expect(jobsIn(beside).map(([, employer]) => employer)).toEqual([null]);
  });
});

describe('a department after the title', () => {
  /**
   * The built-in taxonomy with these department words (proposed for `jobs.departments` in vocabulary.yaml): the
   * reading is the vocabulary's, not the code's.
   */
  const withDepartments = async (words: readonly string[]): Promise<CompiledTaxonomy> => {
    const built = await checkTaxonomy();
    if (!built.ok) throw new Error('the built-in taxonomy is invalid');
    const { vocabulary } = built.taxonomy;
    const departments = [...new Set([...vocabulary.jobs.departments, ...words])];
    return compileTaxonomy({ ...built.taxonomy, vocabulary: { ...vocabulary, jobs: { ...vocabulary.jobs, departments } } });
  };
  let departments: CompiledTaxonomy;
  beforeAll(async () => {
    departments = await withDepartments(['administrative', 'department', 'dept', 'division']);
  });

  it("qualifies the title, and the organisation after it is the employer; a government department stays one", () => {
    const ojt = 'WORK EXPERIENCE\nOJT Trainee – Administrative Department, Cebu Pacific Air\nJune 2024 – August 2024\n- Filed records';
    expect(jobsIn(ojt, departments)).toEqual([['OJT Trainee – Administrative Department', 'Cebu Pacific Air', 3]]);
    const teacher = 'WORK EXPERIENCE\nTeacher – Department of Education, Manila\nJune 2019 – May 2022\n- Taught grade 5';
    expect(jobsIn(teacher, departments)).toEqual([['Teacher', 'Department of Education', 36]]);
  });
});

describe('a title alone before its employer and city', () => {
  it('reads the employer without the city, and an open range to the reference date', () => {
    const text = 'WORK EXPERIENCE\nCollector – Bayanihan Lending Corp., Cebu City\nJanuary 2022 – Present\n- Collected payments';
    const [job] = extractText(text, taxonomy).positions;
    expect([job?.title, job?.employer, job?.start, job?.ongoing]).toEqual(['Collector', 'Bayanihan Lending Corp.', { year: 2022, month: 1 }, true]);
    const city = 'WORK EXPERIENCE\nCollector – Cebu City\nJanuary 2022 – Present\n- Collected payments';
    expect(jobsIn(city).map(([title, employer]) => [title, employer])).toEqual([['Collector', null]]);
  });
});

describe('a title a phone-made resume decorates', () => {
  it('reads the title after an arrow or an emoji, the duties under their own bullets still none', () => {
    const resume = [
      'WORK EXPERIENCE',
      '➤ CUSTOMER SERVICE REPRESENTATIVE',
      'Teleperformance Philippines – Ortigas | June 2023 – Present',
      '• Inbound calls for a US telco account',
      '🔹 Content Moderator — TaskUs Davao',
      'Jan 2021 – May 2023',
      '• Reviewed flagged posts',
    ].join('\n');
    expect(jobsIn(resume).map(([title, employer]) => [title, employer])).toEqual([
      ['CUSTOMER SERVICE REPRESENTATIVE', 'Teleperformance Philippines'],
      ['Content Moderator', 'TaskUs Davao'],
    ]);
    // A bulleted line of duties above the dates is still no title: a sentence in mixed case.
    const duties = 'WORK EXPERIENCE\nAgent, Acme BPO, 2019 - 2020\n➤ Handled billing inquiries for a telco\nJanuary 2021 – Present';
    expect(jobsIn(duties).map(([title]) => title)).not.toContain('Handled billing inquiries for a telco');
  });
});
