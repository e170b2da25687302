/**
 * Schooling as the Philippines and India write it: two-year associate programmes, TESDA National Certificates, and
 * fields named by a bracketed subject or a degree's name. Each reading stands beside a look-alike that is no such one.
 */
import { describe, expect, it } from 'vitest';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const education = (text: string) => extractText(text, taxonomy).education;
const levelsAndFields = (text: string) => education(text).entries.map((e) => [e.level, e.field]);

/** The education-level requirement of a role for the resume: met, partial or missing. */
function levelStatus(text: string, roleId: string): string | undefined {
  const [match] = scoreRoles(extractText(text, taxonomy), taxonomy, [roleId]);
  return match?.components.find((c) => c.id === 'education')?.requirements.find((r) => r.id === 'education-level')?.status;
}

describe('Philippine two-year associate programmes', () => {
  it('reads "Associate in Computer Technology (2-year course)" as an associate degree in IT', () => {
    const read = education('EDUCATION\nAssociate in Computer Technology (2-year course) – Cebu Institute of Technology, 2002');
    expect(read.entries.map((e) => [e.level, e.field, e.graduationYear, e.completed])).toEqual([
      ['associate', 'computer-science-and-it', 2002, true],
    ]);
    expect(read.highestLevel).toBe('associate');
  });

  it.each([
    ['Associate in Hotel and Restaurant Management (AHRM), STI College, 2016', 'hospitality-and-tourism'],
    ['Associate of Arts, Lakeview Community College, 2010', null],
    ['Computer Secretarial, 2-year course, Riverside College, 2004', null],
  ])('reads %j as an associate degree, with its field %s', (line, field) => {
    expect(levelsAndFields(`EDUCATION\n${line}`)).toEqual([['associate', field]]);
  });

  it('meets a role asking for finished school, where the same line read no level before', () => {
    const text = 'EXPERIENCE\nTechnical Support Representative\nConvergys, Cebu | 2005 - 2024\nEDUCATION\nAssociate in Computer Technology (2-year course) – Cebu Institute of Technology, 2002';
    expect(levelStatus(text, 'customer-service-representative')).toBe('met');
    expect(levelStatus(text, 'technical-support-specialist')).toBe('met');
  });

  it('reads no degree in a job title that starts with "Associate in"', () => {
    const text = 'EDUCATION\nRiverside College\nEXPERIENCE\nProcess Associate in the claims team\nAccenture, Manila | 2021 - 2024';
    expect(education(text).entries.map((e) => e.level)).not.toContain('associate');
    expect(education(text).highestLevel).toBeNull();
  });
});

describe('TESDA National Certificates', () => {
  const seniorHigh = 'EDUCATION\nSenior High School – TVL Strand (ICT)\nDavao City National High School, 2022\n';

  it('reads "Computer Systems Servicing NC II" under certifications as a post-secondary certificate in IT', () => {
    const read = education(`${seniorHigh}CERTIFICATIONS\nTESDA Computer Systems Servicing NC II — issued 2023`);
    expect(read.highestLevel).toBe('post-secondary-certificate');
    expect(read.entries.at(-1)).toMatchObject({ level: 'post-secondary-certificate', field: 'computer-science-and-it', graduationYear: 2023 });
    expect(levelStatus(`${seniorHigh}CERTIFICATIONS\nTESDA Computer Systems Servicing NC II — issued 2023`, 'technical-support-specialist')).toBe('met');
    // Without the certificate, senior high school alone stays short of the role's minimum.
    expect(education(seniorHigh).highestLevel).toBe('higher-secondary');
    expect(levelStatus(seniorHigh, 'technical-support-specialist')).not.toBe('met');
  });

  it.each(['NC I', 'NC III', 'NC IV', 'NCII', 'National Certificate II'])('reads the level written %j, dated or not', (written) => {
    expect(education(`CERTIFICATIONS\nBookkeeping ${written}\nEDUCATION\nHigh School Diploma, 2015`).highestLevel).toBe('post-secondary-certificate');
  });

  it('keeps TESDA Contact Center Services NC II a certification, and reads it as schooling with no field', () => {
    const candidate = extractText(`${seniorHigh}CERTIFICATIONS\nTESDA Contact Center Services NC II, 2024\nCCS NCII`, taxonomy);
    expect(candidate.certifications.map((c) => c.id)).toEqual(['tesda-contact-center-nc-ii']);
    expect(candidate.education.entries.slice(2).map((e) => [e.level, e.field])).toEqual([
      ['post-secondary-certificate', null],
      ['post-secondary-certificate', null],
    ]);
  });

  it('reads the certificate once when the resume has no education section to read it from', () => {
    expect(levelsAndFields('CERTIFICATIONS\nTESDA Computer Systems Servicing NC II (2021)')).toEqual([['post-secondary-certificate', 'computer-science-and-it']]);
  });

  it('reads no level in a short course or a Sector Skill Council listed under certifications', () => {
    const text = 'EDUCATION\nHSC, State Board, 2018\nCERTIFICATIONS\nCertificate in Excel, Coursera, 2020\nNASSCOM SSC – Healthcare Customer Service Associate';
    expect(education(text).entries.map((e) => [e.level, e.graduationYear])).toEqual([
      ['higher-secondary', 2018],
      [null, 2020],
    ]);
    // The same course in the education section is a post-secondary certificate, as the taxonomy says.
    expect(education('EDUCATION\nCertificate in Excel, Coursera, 2020').highestLevel).toBe('post-secondary-certificate');
  });
});

describe('fields of study', () => {
  it.each([
    ['B.A. (Hindi Literature) – Savitribai Phule Pune University, 2018', 'arts-and-humanities'],
    ['B.A. (English Literature) – Savitribai Phule Pune University, 2018', 'english-and-literature'],
    ['BS Office Administration\nPolytechnic University of the Philippines, 2015', 'business-administration'],
    ['AB Literature, University of San Carlos, 2012', 'arts-and-humanities'],
  ])('reads the field of %j as %s', (lines, field) => {
    expect(levelsAndFields(`EDUCATION\n${lines}`)).toEqual([['bachelor', field]]);
  });

  it('reads no field from a degree that names none', () => {
    expect(levelsAndFields('EDUCATION\nB.A. – Savitribai Phule Pune University, 2018')).toEqual([['bachelor', null]]);
  });

  it('meets the Business Administration field a role prefers with BS Office Administration', () => {
    const role = [...taxonomy.rolesById.values()].find((r) => r.education.preferredFields.includes('business-administration'));
    if (!role) throw new Error('no role prefers Business Administration');
    const [match] = scoreRoles(extractText('EDUCATION\nBS Office Administration, 2015', taxonomy), taxonomy, [role.id]);
    const field = match?.components.find((c) => c.id === 'education')?.requirements.find((r) => r.id === 'education-field');
    expect(field?.status).toBe('met');
  });
});

describe('a bachelor\'s called undergraduate', () => {
  it('is finished when its years ended in the past, and under way when they run on', () => {
    expect(education('EDUCATION\nB.Com (undergraduate), 2019-2022\nMumbai University').entries.map((e) => [e.level, e.completed])).toEqual([
      ['bachelor', true],
    ]);
    expect(education('EDUCATION\nB.Com (undergraduate), 2024-2027\nMumbai University').entries.map((e) => [e.level, e.completed])).toEqual([
      ['bachelor', false],
    ]);
  });
});

describe("South Africa's Matric", () => {
  it('reads Matric with its grade or certificate as Grade 12, and Matric alone as it means in India', () => {
    expect(education('EDUCATION\nMatric (Grade 12) – Soweto Secondary School, 2015').highestLevel).toBe('higher-secondary');
    expect(education('EDUCATION\nMatric (NSC) – Pretoria High School, 2014').highestLevel).toBe('higher-secondary');
    expect(education('EDUCATION\nGrade 10 – Soweto Secondary School, 2013').highestLevel).toBe('secondary-school');
    expect(education('EDUCATION\nMatric, Kendriya Vidyalaya, 2012').highestLevel).toBe('secondary-school');
  });
});

describe("India's and the Philippines' health qualifications", () => {
  it.each([
    ['B.Pharmacy, JNTU Hyderabad, 2021', 'bachelor', 'pharmacy'],
    ['D.Pharm, SBTET Telangana, 2019', 'diploma', 'pharmacy'],
    ['GNM (General Nursing and Midwifery), 2020', 'diploma', 'nursing'],
    ['Bachelor of Science in Medical Technology, University of Mindanao, 2019', 'bachelor', 'health-sciences'],
    ['BAMS, Dr. NTR University of Health Sciences, 2019', 'bachelor', 'medicine'],
  ])('reads %j as its level and field', (line, level, field) => {
    expect(levelsAndFields(`EDUCATION\n${line}`)).toEqual([[level, field]]);
  });

  it('keeps BHM a hotel management degree', () => {
    expect(levelsAndFields('EDUCATION\nBHM, IHM Hyderabad, 2018')).toEqual([['bachelor', 'hospitality-and-tourism']]);
  });
});

describe("England's qualification levels", () => {
  it('reads a BTEC at its level, not as a diploma above school', () => {
    expect(education('EDUCATION\nBTEC Level 2 Diploma in Sport, Oldham College, 2023').highestLevel).toBe('secondary-school');
    expect(education('EDUCATION\nBTEC Level 3 Extended Diploma in IT, Salford City College, 2014').highestLevel).toBe('higher-secondary');
    // A diploma named by no level stays a diploma.
    expect(education('EDUCATION\nDiploma in Business Management, 2016').highestLevel).toBe('diploma');
  });
});
