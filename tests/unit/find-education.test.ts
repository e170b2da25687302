/** Degrees, with the year written below or above them, and abbreviations as Indian and US resumes write them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { segmentSections } from '../../src/segment-sections/group-lines-into-sections.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const entries = (text: string) =>
  extractText(text, taxonomy).education.entries;
const degrees = (text: string): [string | null, number | null][] => entries(text).map((e) => [e.level, e.graduationYear]);

describe('education', () => {
  it('reads abbreviated degrees and the year three lines below', () => {
    const text = 'EDUCATION\nB.E in Computer Science\nAnna University\nChennai, Tamil Nadu\n2012 to 2016\nMCA\nPune University\n2018';
    expect(degrees(text)).toEqual([
      ['bachelor', 2016],
      ['master', 2018],
    ]);
    expect(degrees('EDUCATION\nBE (IT), 2011\nS.S.C, 2005\nMS in Information Systems, 2014')).toEqual([
      ['bachelor', 2011],
      ['secondary-school', 2005],
      ['master', 2014],
    ]);
  });

  it('gives each degree the dates written on the line above it when the section puts dates first', () => {
    const text = 'EDUCATION\n2012\nPhD in Computer Science, Lodz University\nThesis: wavelets\n2008\nMSc in Computer Science, Lodz University';
    expect(degrees(text)).toEqual([
      ['doctorate', 2012],
      ['master', 2008],
    ]);
  });

  it('names the school alone, not the degree and year on its line, with the city written after it', () => {
    const schools = (text: string) => entries(`EDUCATION\n${text}`).map((e) => e.institution);
    expect(schools('BS Business Administration, University of San Carlos, 2018')).toEqual(['University of San Carlos']);
    expect(schools('Master of Accountancy (MAcc) — University of Illinois Urbana-Champaign, 2016')).toEqual(['University of Illinois Urbana-Champaign']);
    expect(schools("BSc Nursing, St. Xavier's College, Mumbai, 2015")).toEqual(["St. Xavier's College, Mumbai"]);
    expect(schools('B.Com, Delhi University (School of Open Learning), 2016')).toEqual(['Delhi University (School of Open Learning)']);
    expect(schools('B.S. in Mathematics, The University of Texas at Arlington, 2017')).toEqual(['The University of Texas at Arlington']);
  });

  it('does not read a state code in a place as a degree', () => {
    expect(degrees('EDUCATION\nBOSTON UNIVERSITY, Boston, MA\nBS in Business Administration, 1992')).toEqual([['bachelor', 1992]]);
  });

  it('reads a range ending in two digits as its end year, and no percentage as a year', () => {
    expect(degrees('EDUCATION\nB.Sc in Physics, 2010-13\nHSC (Plus Two), State Board, 2010 – 85%')).toEqual([
      ['bachelor', 2013],
      ['higher-secondary', 2010],
    ]);
  });

  it('reads the year written on a line after the degree ("Passed out in 2015")', () => {
    expect(degrees('EDUCATION\nB.Com\nNorthgate University\nPassed out in 2015')).toEqual([['bachelor', 2015]]);
  });

  it('gives a degree the year nearest it, not the latest of the lines after it', () => {
    expect(degrees('EDUCATION\nB.A.\nRiverside University, 1998.\nMajor History\nLakeview State University, 2001.')).toEqual([
      ['bachelor', 1998],
      [null, 2001],
    ]);
  });

  it('reports a certification the taxonomy knows among the certifications only, not as schooling', () => {
    const text = 'EDUCATION\nBS Nursing, Our Lady of Fatima University, 2016\nCERTIFICATIONS\nCertified Professional Biller (CPB), AAPC, 2022\nCompTIA A+ (2021)';
    expect(degrees(text)).toEqual([['bachelor', 2016]]);
    expect(extractText(text, taxonomy).certifications.map((c) => c.id)).toEqual(['cpb', 'comptia-a-plus']);
  });

  it('reads dates written above the degree even with the school between them', () => {
    const text = 'EDUCATION\n2016 - present\nRiverside University\nDoctor of Philosophy in Statistics\n2014\nLakeview State University\nMaster of Science in Statistics';
    expect(entries(text).map((e) => [e.level, e.graduationYear, e.institution])).toEqual([
      ['doctorate', 2016, 'Riverside University'],
      ['master', 2014, 'Lakeview State University'],
    ]);
  });

  it('lists a school written with a year and no known degree, but not a job at a university', () => {
    const text = 'EDUCATION\nB.Tech in Electronics\nNorthgate Institute of Technology\n2015\nSunrise Junior College\n2011\nGreenfield High School\n2009';
    expect(entries(text).map((e) => [e.level, e.graduationYear, e.institution])).toEqual([
      ['bachelor', 2015, 'Northgate Institute of Technology'],
      [null, 2011, 'Sunrise Junior College'],
      ['higher-secondary', 2009, 'Greenfield High School'],
    ]);
    expect(degrees('EDUCATION\nMSc, Riverside University, 2008\nResearch Assistant, Riverside University\n2008 - 2012')).toEqual([['master', 2008]]);
    expect(degrees('EXPERIENCE\nNorthgate College, 2010 - 2012')).toEqual([]);
  });

  it('reads the year in a row of an education table', () => {
    const text = 'EDUCATION\nCourse    College/University    Year    Percentage\nB.E. (Mechanical)    Northgate Institute of Technology    2014    72%';
    expect(degrees(text)).toEqual([['bachelor', 2014]]);
  });

  it('keeps "Course: <degree>" in the education section, while "Courses:" elsewhere still opens a section', () => {
    const text = 'EDUCATION\n2017 - Current\nRiverside University\nCourse: Master of Commerce\n2015\nRiverside University\nCourse: Bachelor of Arts';
    expect(degrees(text)).toEqual([
      ['master', 2017],
      ['bachelor', 2015],
    ]);
    expect(segmentSections('SKILLS\nExcel\nCourses: Advanced Excel, Power BI', taxonomy).sections.map((s) => s.id)).toEqual(['skills', 'certifications']);
  });

  it('reads "Certificate in …" as a post-secondary certificate', () => {
    expect(degrees('EDUCATION\nCertificate in Medical Coding 2018\nDiploma in Nursing, Riverside School of Nursing, 2016')).toEqual([
      ['post-secondary-certificate', 2018],
      ['diploma', 2016],
    ]);
  });

  it('looks for degrees in the whole resume when the education section names none', () => {
    expect(degrees('EDUCATION\nVOLUNTEER EXPERIENCE\nBachelor of Science in Nursing\nMay 2017')).toEqual([['bachelor', 2017]]);
  });

  it('reads a dated course or training with no degree level as an entry, but not a job held at a school', () => {
    const text = 'EDUCATION\n2002 - 2006: in-house training in distribution management\n1999 - 2002: Bachelor of Arts in Journalism, Riverside University';
    expect(degrees(text)).toEqual([
      [null, 2006],
      ['bachelor', 2002],
    ]);
    expect(degrees('EDUCATION\nRiverside Career Institute\nParalegal Certificate (1999)')).toEqual([[null, 1999]]);
    expect(degrees('EDUCATION\nResearch Assistant, Riverside University\n2015 - 2017')).toEqual([]);
  });

  it('keeps to the education section when it names a school but no degree the taxonomy knows', () => {
    const text = 'EDUCATION\nC.S.\nRIVERSIDE TECHNICAL UNIVERSITY\n2011 to 2015\nEXPERIENCE\nAnalyst, Acme Corp\n2016 - 2018';
    expect(entries(text).map((e) => [e.level, e.institution, e.graduationYear])).toEqual([[null, 'RIVERSIDE TECHNICAL UNIVERSITY', 2015]]);
  });

  it('reads the year a course or credential listed under a certifications heading was completed', () => {
    const text = 'CERTIFICATIONS\nMedical Assistant Certification, Riverside Community College, 2001\nNotary Public\nEDUCATION\nBBA, 1998';
    expect(degrees(text)).toEqual([
      ['bachelor', 1998],
      [null, 2001],
    ]);
  });

  it('does not take the words of an office suite for a master degree', () => {
    expect(degrees('EDUCATION\nMS Office, MS Excel\nB.Com, 2015')).toEqual([['bachelor', 2015]]);
  });
});

describe('the school a line names', () => {
  const schools = (line: string) => entries(`EDUCATION\n${line}`).map((e) => e.institution);
  it.each([
    ['Masters of Accounting May 2016 Nova Southeastern University City , State', 'Nova Southeastern University'],
    ['Bachelor of Science : Aviation Maintenance 2014 Embry Riddle Aeronautical University GPA: GPA: 3.8', 'Embry Riddle Aeronautical University'],
    ['BS Psychology, Rizal Technological University (Expected May 2027)', 'Rizal Technological University'],
    ['High School Diploma — Central High School, Phoenix, AZ, 2016', 'Central High School'],
    ['High School: San Jose National High School, 2014', 'San Jose National High School'],
    ['Bachelor of Science in Nursing at Our Lady of Fatima University, 2015', 'Our Lady of Fatima University'],
    ['MBA, The University of Texas at Arlington, 2018', 'The University of Texas at Arlington'],
    ['Bachelor of Arts in Communication, University of the Philippines Diliman, 2026', 'University of the Philippines Diliman'],
    // A field in the school's own name is the name's.
    ['MBA, Symbiosis Institute of Management Studies, Pune, 2014', 'Symbiosis Institute of Management Studies, Pune'],
    ['MBA, Management Development Institute, 2016', 'Management Development Institute'],
    ['London Business School, 2015', 'London Business School'],
  ])('reads "%s" as the school %s, without the degree, dates or remarks beside it', (line, school) => {
    expect(schools(line)).toEqual([school]);
  });
});

describe('degrees written by their abbreviations', () => {
  it.each([
    ['B.B.A : Management , May 2014 University of Denver', 'bachelor'],
    ['B.F.A : Painting, 1998', 'bachelor'],
    ['MLIS , Library and Information Science 2001', 'master'],
  ])('reads "%s" as a %s', (line, level) => {
    expect(degrees(`EDUCATION\n${line}`).map(([found]) => found)).toEqual([level]);
  });
});

describe('a degree whose end is left open', () => {
  it('is under way with "Present", and "Present" is no part of the school\'s name', () => {
    const [entry] = entries('EDUCATION\nMaster of Science , Computer Engineering Present University of Missouri');
    expect(entry).toMatchObject({ level: 'master', institution: 'University of Missouri', completed: false });
    expect(entries('EDUCATION\nBachelor of Science in Nursing, 2011 - 2015, Our Lady of Fatima University')[0]?.completed).toBe(true);
  });
});

describe('words of a level that name no degree', () => {
  it('takes no master\'s from master data, a scrum master or a master trainer, and still reads a master\'s degree', () => {
    const job = 'EXPERIENCE\nCustomer Service Representative, Acme, Jan 2020 - Present\n';
    expect(degrees(`${job}- Updated customer master data in SAP`)).toEqual([]);
    expect(degrees(`${job}Maintained the vendor master and material master records`)).toEqual([]);
    expect(degrees(`${job}CERTIFICATIONS\nCertified Scrum Master, 2021`).map(([level]) => level)).not.toContain('master');
    expect(degrees(`${job}EDUCATION\nMasters in Business Administration, University of Mumbai, 2018`)).toEqual([['master', 2018]]);
  });

  it("takes no Master of Fine Arts from a help desk's MFA tickets, and still reads an MFA", () => {
    const job = 'EXPERIENCE\nHelp Desk Agent, Acme, Jan 2022 - Present\n- Level 1/2 support for Windows, VPN and MFA issues\n- Reset MFA tokens\n';
    expect(degrees(job)).toEqual([]);
    expect(degrees(`${job}EDUCATION\nMFA, Yale School of Art, 2019`)).toEqual([['master', 2019]]);
  });
});

describe('degrees not finished', () => {
  const education = (text: string) => extractText(text, taxonomy).education;

  it('reads a degree its line says is under way, or that ends after the reference date, as not finished', () => {
    const partial = education('EDUCATION\nBachelor of Science in Tourism (Undergraduate, 3 years completed)\nHigh School Diploma, 2018');
    expect(partial.entries.map((e) => [e.level, e.completed])).toEqual([['bachelor', false], ['higher-secondary', true]]);
    expect(partial.highestLevel).toBe('higher-secondary');
    expect(education('EDUCATION\nMBA (pursuing), IIM Lucknow\nB.Com, Delhi University, 2015').highestLevel).toBe('bachelor');
    expect(education('EDUCATION\nB.Tech in Computer Science, 2029').entries[0]?.completed).toBe(false);
  });

  it('reads a degree whose years run to today as not finished, and one already graduated as finished whatever its words', () => {
    expect(education('EDUCATION\nBachelor of Science in IT, 2023 - Present').entries[0]?.completed).toBe(false);
    expect(education('EDUCATION\nBS Psychology, Candidate for graduation May 2024').entries[0]?.completed).toBe(true);
    expect(education('EDUCATION\nBachelor of Commerce, 2015 - 2019, Dean\'s List candidate').entries[0]?.completed).toBe(true);
    // Left after three years: unfinished whatever year it stopped.
    expect(education('EDUCATION\nBachelor of Science in Tourism (3 years completed), 2021 - 2024').entries[0]?.completed).toBe(false);
  });

  it('keeps a finished degree finished, this year\'s included', () => {
    const done = education('EDUCATION\nBachelor of Arts, University of the Philippines, 2026');
    expect(done.entries[0]?.completed).toBe(true);
    expect(done.highestLevel).toBe('bachelor');
  });

  it.each([
    ['BSIT, STI College, 2018', 'bachelor'],
    ['BSBA Major in Marketing, 2016', 'bachelor'],
    ['AB Communication, University of the Philippines, 2015', 'bachelor'],
    ['10+2, CBSE, 2012', 'higher-secondary'],
    ['A-Levels: Maths, English, Business - Leeds City College, 2022', 'higher-secondary'],
    ['National Senior Certificate (Matric), Soweto High School, 2019', 'higher-secondary'],
    ['Licenciatura en Administración de Empresas, Universidad Autónoma de Nuevo León, 2015', 'bachelor'],
  ])('reads %j as %s, as the Philippines, India, the UK, South Africa and Latin America write it', (line, level) => {
    expect(extractText(`EDUCATION\n${line}`, taxonomy).education.highestLevel).toBe(level);
  });

  it('reads the French-speaking world\'s licence as a bachelor\'s, and no licence to practise as one', () => {
    expect(extractText('EDUCATION\nLicence Professionnelle in Communication, Université Mohammed V, Rabat, 2015', taxonomy).education.highestLevel).toBe('bachelor');
    expect(extractText('EDUCATION\nLicence en Droit, Université Hassan II, 2012', taxonomy).education.highestLevel).toBe('bachelor');
    expect(extractText('EDUCATION\nRN licence, Board of Nursing, 2019', taxonomy).education.highestLevel).not.toBe('bachelor');
  });

  it('names a Spanish, Portuguese or French university as the institution', () => {
    const institution = (line: string) => entries(`EDUCATION\n${line}`)[0]?.institution;
    expect(institution('Licenciatura en Administración, Universidad de Guadalajara, 2015')).toBe('Universidad de Guadalajara');
    expect(institution('Licence en Droit, Université Hassan II, 2012')).toBe('Université Hassan II');
  });

  it('reads no degree in a Swedish company\'s name', () => {
    expect(extractText('EDUCATION\nVolvo AB, Gothenburg', taxonomy).education.highestLevel).toBeNull();
  });

  it.each([
    'Bachelor of Science in Nursing - College Level, 2015-2017',
    'BS Accountancy (undergraduate, 3rd year)',
    'BS Nursing 2016 - 2018 (did not finish)',
    'BS Criminology (3rd year level)',
    'BS Nursing, 2nd year – Our Lady of Fatima University, 2019 - 2021',
    '2nd yr college BS Computer Science - TIP Manila (di natapos dahil sa pandemic), 2021 - 2023',
  ])('reads %j as a bachelor\'s not finished, which still attests finished school', (line) => {
    const { education } = extractText(`EDUCATION\n${line}`, taxonomy);
    expect(education.entries.map((e) => [e.level, e.completed])).toEqual([['bachelor', false]]);
    expect(education.highestLevel).toBe('higher-secondary');
  });

  it('keeps a degree called undergraduate finished once its graduation year is past', () => {
    expect(entries('EDUCATION\nBachelor of Arts, Undergraduate, 2012 - 2016').map((e) => e.completed)).toEqual([true]);
  });
});
