/**
 * Resumes from Nairobi and Johannesburg, as a careers adviser found them read: ICDL, South Africa's NQF levels and
 * contact-centre certificate, its "home language", the languages of Kenya and South Africa, and Kenya's ICT diplomas.
 */
import { describe, expect, it } from 'vitest';
import { adviceContextOf, buildGapAnalyses } from '../../src/build-reports/build-gap-analysis.js';
import type { GapAnalysis } from '../../src/build-reports/gap-types.js';
import type { Candidate } from '../../src/extract-candidate/candidate-types.js';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const read = (text: string): Candidate => extractText(text, taxonomy);
const certifications = (text: string): string[] => read(text).certifications.map((c) => c.id);
const languages = (text: string): (string | null)[][] => read(text).screening.languages.map((l) => [l.id, l.proficiency]);
const levelAndField = (text: string): (string | null)[][] => read(text).education.entries.map((e) => [e.level, e.field]);

describe('ICDL', () => {
  it.each([
    'ICDL (International Computer Driving Licence) – 7 modules',
    'ICDL Workforce',
    'ICDL Base, 2021',
    'ICDL certificate',
    'ECDL',
  ])('reads "%s" as the ICDL, which shows computer literacy, word processing and spreadsheets', (line) => {
    const candidate = read(`CERTIFICATIONS\n${line}`);
    expect(candidate.certifications.map((c) => c.id)).toEqual(['icdl']);
    expect(candidate.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['computer-literacy', 'microsoft-word', 'microsoft-excel']));
  });

  it('takes no ICDL from a lowercase word or a course still under way', () => {
    expect(certifications('SKILLS\nicdl-style typing drills')).toEqual([]);
    expect(certifications('CERTIFICATIONS\nICDL Base (in progress)')).toEqual([]);
  });

  function dataEntryAdvice(certificationsLine: string): GapAnalysis {
    const candidate = read(`Wanjiru Kamau\nNairobi, Kenya\n\nEDUCATION\nKCSE, 2019\n\nCERTIFICATIONS\n${certificationsLine}`);
    const [analysis] = buildGapAnalyses(scoreRoles(candidate, taxonomy, ['data-entry-operator']), taxonomy, 1, adviceContextOf(candidate, false));
    if (!analysis) throw new Error('no gap analysis');
    return analysis;
  }

  it('does not advise a holder of the ICDL to take it, and does advise one without it', () => {
    const holder = dataEntryAdvice('ICDL Base – ICDL Africa, 2022');
    expect(holder.gaps.map((g) => g.id)).not.toContain('computer-literacy');
    expect(holder.gaps.filter((g) => /ICDL/.test(g.action))).toEqual([]);
    const without = dataEntryAdvice('First Aid Level 1, 2022');
    expect(without.gaps.find((g) => g.id === 'computer-literacy')?.action).toMatch(/ICDL/);
  });
});

describe("South Africa's NQF levels and contact-centre certificate", () => {
  it('reads an NQF level as the school level it stands at, and a short course with none as no level', () => {
    expect(levelAndField('EDUCATION\nContact Centre NQF Level 2 Short Course (online) – 2024')).toEqual([['secondary-school', null]]);
    expect(levelAndField('EDUCATION\nBookkeeping: ICB FET Certificate (NQF 4), 2021')).toEqual([['higher-secondary', null]]);
    expect(levelAndField('EDUCATION\nContact Centre Short Course (online) – 2024')).toEqual([[null, null]]);
  });

  it('ranks an NQF Level 2 certificate below Matric, and a Higher Certificate or N6 above it', () => {
    expect(read('EDUCATION\nContact Centre NQF Level 2 Short Course – 2024\nNational Senior Certificate – 2019').education.highestLevel).toBe('higher-secondary');
    expect(read('EDUCATION\nHigher Certificate in Contact Centre Management (NQF 5) – TUT, 2023').education.highestLevel).toBe('post-secondary-certificate');
    expect(levelAndField('EDUCATION\nN6 Business Management – Ekurhuleni East TVET College, 2019')).toEqual([['post-secondary-certificate', 'business-administration']]);
  });

  it('reads the National Certificate: Contact Centre Support as a certificate showing call-centre skills', () => {
    const candidate = read('EDUCATION\nNational Certificate: Contact Centre Support NQF Level 2 – 2023');
    expect(candidate.certifications.map((c) => c.id)).toEqual(['sa-contact-centre-support-nc']);
    expect(candidate.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['customer-service', 'inbound-call-handling']));
    expect(candidate.education.entries.map((e) => e.level)).toEqual(['secondary-school']);
    // A short course at the same level is no National Certificate.
    expect(certifications('EDUCATION\nContact Centre NQF Level 2 Short Course (online) – 2024')).toEqual([]);
  });
});

describe('languages of Kenya and South Africa', () => {
  it('reads a home language as native, and the other languages listed beside it', () => {
    expect(languages('PERSONAL DETAILS\nHome language: isiZulu\nOther languages: English')).toEqual([['zulu', 'native'], ['english', null]]);
    expect(languages('PERSONAL DETAILS\nMother tongue: Kiswahili')).toEqual([['swahili', 'native']]);
    // A home town names no language, nor does a tribe written without a level.
    expect(languages('PERSONAL DETAILS\nHome town: Durban\nTribe: Kikuyu\nNationality: Somali')).toEqual([]);
  });

  it('reads Somali, Sepedi, Xitsonga, Lingala, Kikuyu and Dholuo under their common names and their own', () => {
    const ids = (text: string): string[] => read(text).screening.languages.map((l) => l.id);
    expect(ids('LANGUAGES\nSomali, Sepedi, Xitsonga, Lingala, Kikuyu, Dholuo')).toEqual(['somali', 'sepedi', 'tsonga', 'lingala', 'kikuyu', 'luo']);
    expect(ids('LANGUAGES\nNorthern Sotho\nTsonga\nGĩkũyũ\nLuo\nAf-Soomaali')).toEqual(['sepedi', 'tsonga', 'kikuyu', 'luo', 'somali']);
    // Northern Sotho is not Sesotho, though its own name holds the word.
    expect(ids('LANGUAGES\nSesotho sa Leboa')).toEqual(['sepedi']);
    expect(ids('LANGUAGES\nSesotho')).toEqual(['sotho']);
  });
});

describe("Kenya's ICT diplomas", () => {
  it('reads "Information Communication Technology" as computing, and communications alone as media', () => {
    expect(levelAndField('EDUCATION\nDiploma in Information Communication Technology (KNEC) — Kisumu National Polytechnic, 2022'))
      .toEqual([['diploma', 'computer-science-and-it']]);
    expect(levelAndField('EDUCATION\nCertificate in ICT – Nairobi Technical Training Institute, 2019')).toEqual([['post-secondary-certificate', 'computer-science-and-it']]);
    expect(levelAndField('EDUCATION\nDiploma in Communications – Kenya Institute of Mass Communication, 2020')).toEqual([['diploma', 'communications-and-media']]);
  });
});
