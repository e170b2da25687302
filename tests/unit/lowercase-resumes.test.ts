/** Resumes typed wholly in lower case (on a phone) read as their capitalised twins; ordinary resumes read as before. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/extract-candidate/candidate-types.js';
import { segmentSections } from '../../src/segment-sections/group-lines-into-sections.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

type Job = [title: string | null, employer: string | null, months: number];

const jobsOf = (candidate: Candidate): Job[] => candidate.positions.map((p) => [p.title, p.employer, p.months]);
const schoolsOf = (candidate: Candidate): [string | null, string | null, number | null][] =>
  candidate.education.entries.map((e) => [e.level, e.institution, e.graduationYear]);

const phoneTyped = [
  'rhea mae santos',
  '09281234567 / rheamae.santos@yahoo.com',
  'quezon city',
  '',
  'work exp',
  '-call center agent (inbound, healthcare account) - concentrix eastwood - 2022 to now',
  '  -answer member calls re: claims & eligibility, HIPAA compliant',
  '  -use Epic & Salesforce',
  '-cashier - jollibee - 2019-2021',
  '',
  'educ',
  'bs nursing - far eastern university 2019 (board passer, RN license 2019)',
  '',
  'skills',
  'medical terminology, empathy, typing 40wpm, ms office, multitasking',
].join('\n');

/** The same resume with the capitals a desktop resume has. */
const capitalised = [
  'Rhea Mae Santos',
  '09281234567 / rheamae.santos@yahoo.com',
  'Quezon City',
  '',
  'WORK EXPERIENCE',
  'Call Center Agent (inbound, healthcare account) - Concentrix Eastwood - 2022 to now',
  '  -answer member calls re: claims & eligibility, HIPAA compliant',
  '  -use Epic & Salesforce',
  'Cashier - Jollibee - 2019-2021',
  '',
  'EDUCATION',
  'BS Nursing - Far Eastern University 2019 (board passer, RN license 2019)',
  '',
  'SKILLS',
  'medical terminology, empathy, typing 40wpm, ms office, multitasking',
].join('\n');

describe('a resume typed in lower case on a phone', () => {
  it('reads its jobs as its capitalised twin does, titles and employers quoted as written', () => {
    const lower = extractText(phoneTyped, taxonomy);
    const twin = extractText(capitalised, taxonomy);
    expect(jobsOf(lower)).toEqual([
      ['call center agent (inbound, healthcare account)', 'concentrix eastwood', 54],
      ['cashier', 'jollibee', 25],
    ]);
    expect(jobsOf(twin).map(([, , months]) => months)).toEqual([54, 25]);
    expect(lower.experience.totalMonths).toBe(twin.experience.totalMonths);
    expect(lower.positions[0]?.titleRoles).toEqual(twin.positions[0]?.titleRoles);
    expect(lower.positions[0]?.evidence.text).toBe('-call center agent (inbound, healthcare account) - concentrix eastwood - 2022 to now');
  });

  it('reads its schooling: "bs" is a bachelor\'s, and the school is named as written', () => {
    const lower = extractText(phoneTyped, taxonomy);
    expect(schoolsOf(lower)).toEqual([['bachelor', 'far eastern university', 2019]]);
    expect(lower.education.highestLevel).toBe('bachelor');
    expect(schoolsOf(extractText(capitalised, taxonomy))).toEqual([['bachelor', 'Far Eastern University', 2019]]);
  });

  it('heads its sections with short headings, "work exp" and "educ", in any case', () => {
    const ids = (text: string): string[] => segmentSections(text, taxonomy).sections.map((s) => s.id);
    expect(ids(phoneTyped)).toEqual(['header', 'experience', 'education', 'skills']);
    expect(ids(capitalised.replace('WORK EXPERIENCE', 'Work Exp').replace('EDUCATION', 'Educ'))).toEqual(['header', 'experience', 'education', 'skills']);
  });

  it('is marked as written in lower case; its capitalised twin and a short snippet are not', () => {
    expect(segmentSections(phoneTyped, taxonomy).lowerCase).toBe(true);
    expect(segmentSections(capitalised, taxonomy).lowerCase).toBeUndefined();
    expect(segmentSections('skills\nexcel, zendesk, typing', taxonomy).lowerCase).toBeUndefined();
  });
});

describe('a resume in lower case with its duties unbulleted', () => {
  const lower = [
    'juan dela cruz',
    'juandc@gmail.com | 0917 123 4567',
    '',
    'work experience',
    'customer service representative',
    'teleperformance, cebu city',
    'jan 2020 - dec 2022',
    'handled inbound calls for a us telco account',
    'resolved billing concerns and escalations',
    '',
    'technical support representative',
    'sutherland global services',
    '2023 - present',
    'troubleshot internet connection issues for customers',
    '',
    'education',
    'bachelor of science in information technology',
    'university of san carlos, 2019',
  ].join('\n');

  it('takes no duty for a title or an employer', () => {
    const candidate = extractText(lower, taxonomy);
    expect(jobsOf(candidate)).toEqual([
      ['customer service representative', 'teleperformance', 36],
      ['technical support representative', 'sutherland global services', 42],
    ]);
    expect(candidate.undatedPositions).toEqual([]);
    expect(schoolsOf(candidate)).toEqual([['bachelor', 'university of san carlos', 2019]]);
  });
});

describe('an ordinary resume with lines in lower case', () => {
  it('still takes a lower-case line of duties for no title', () => {
    const text = ['EXPERIENCE', 'handled escalations for the customer service team', 'Convergys, Cebu City | Jan 2020 - Dec 2022', '- Handled inbound calls'].join('\n');
    expect(segmentSections(text, taxonomy).lowerCase).toBeUndefined();
    expect(jobsOf(extractText(text, taxonomy))[0]?.[0]).not.toBe('handled escalations for the customer service team');
  });

  it('still takes no employer named in lower case, nor a lower-case heading ending in a section\'s name', () => {
    const text = [
      'Maria Reyes',
      'WORK EXPERIENCE',
      '- Cashier - jollibee - 2019-2021',
      'bpo experience',
      '- Served walk-in customers and balanced the register every shift',
    ].join('\n');
    const candidate = extractText(text, taxonomy);
    expect(segmentSections(text, taxonomy).lowerCase).toBeUndefined();
    expect(candidate.sections.map((s) => s.id)).toEqual(['header', 'experience']);
    expect(candidate.positions.map((p) => p.employer)).not.toContain('jollibee');
  });
});
