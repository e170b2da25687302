/** A certification still to be earned is not held; one held beside it, or named with such a word in its name, is. */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const held = (text: string): string[] => extractText(`CERTIFICATIONS\n${text}`, taxonomy).certifications.map((c) => c.id);

describe('certifications not held yet', () => {
  it.each([
    ['comptia-a-plus', 'CompTIA A+ certification (in progress, exam scheduled March 2027)'],
    ['versant-english-test', 'Will take the Versant English Test in January 2027'],
    ['tesda-contact-center-nc-ii', 'TESDA Contact Center Services NC II (currently enrolled)'],
    ['cpc', 'Studying for the CPC exam (AAPC), exam booked for 2027'],
    ['pmp', 'Pursuing Project Management Professional (PMP) certification'],
    ['cpc', 'Currently learning ICD-10-CM, CPT and HCPCS coding in a CPC preparation course.'],
  ])('%s is not held in %j', (id, text) => {
    expect(held(text)).not.toContain(id);
  });

  it("takes the apprentice designation in brackets after the CPC's full name for the designation held", () => {
    const found = (text: string): string[] => extractText(text, taxonomy).certifications.map((c) => c.id);
    expect(found('PROFILE\nStaff nurse. AAPC Certified Professional Coder (CPC-A, 2025) trained in ICD-10-CM and CPT.')).toEqual(['cpc-a']);
    expect(found('CERTIFICATIONS\nCertified Professional Coder (CPC), AAPC, 2021')).toEqual(['cpc']);
  });

  it('keeps the skills such a certification would evidence out of the candidate\'s', () => {
    const skillsOf = (text: string): string[] => extractText(`CERTIFICATIONS\n${text}`, taxonomy).skills.map((s) => s.id);
    expect(skillsOf('CompTIA A+, 2020')).toContain('hardware-troubleshooting');
    expect(skillsOf('CompTIA A+ (in progress)')).not.toContain('hardware-troubleshooting');
  });

  it.each([
    ['cpc', 'CPC, CCS (in progress)'],
    ['cpc', 'Certified Professional Coder (CPC), 2019 | CompTIA A+ (pursuing)'],
    ['enrolled-agent', 'Enrolled Agent, IRS, 2018'],
    ['itil-4-foundation', 'ITIL 4 Foundation, 2021'],
    // The word in the bracket after the CCNA is the CCNA's: the certificate after the comma is done.
    ['google-it-support', 'CCNA (pursuing), Google IT Support Professional Certificate (Coursera, 2023)'],
  ])('%s is held in %j', (id, text) => {
    expect(held(text)).toContain(id);
  });

  it('reads a long line across a double space typed in it, as one sentence', () => {
    const summary = (gap: string) => extractText(`SUMMARY\nFinance and accounting professional with 12 years of experience in accounts payable, `
      + `receivable and month-end close, SAP FICO and Tally ERP 9. B.Com graduate pursuing${gap}CMA (Intermediate). Accurate and audit-ready.`, taxonomy)
      .certifications.map((c) => c.id);
    expect(summary(' ')).toEqual([]);
    expect(summary('  ')).toEqual([]);
    // Only the pieces beside the cut: a resume flattened into one line keeps its other skills.
    const flat = extractText(`SKILLS  Windows, MS Office (Access, Excel, Word)  Typing 45 wpm  ${'Handled customer accounts and billing queries. '.repeat(3)} `
      + `CERTIFICATIONS  CPC  (in progress)`, taxonomy);
    expect(flat.skills.map((skill) => skill.id)).toEqual(expect.arrayContaining(['microsoft-excel', 'windows-os']));
    expect(flat.certifications).toEqual([]);
  });

  it('reads the word beside the certification it is about', () => {
    expect(held('CPC, CCS (in progress)')).not.toContain('ccs');
    expect(held('Certified Professional Coder (CPC), 2019 | CompTIA A+ (pursuing)')).not.toContain('comptia-a-plus');
    expect(held('CCNA (pursuing), Google IT Support Professional Certificate (Coursera, 2023)')).not.toContain('ccna');
  });
});

describe('certifications others hold', () => {
  const named = (text: string): string[] => extractText(text, taxonomy).certifications.map((c) => c.id);

  it.each([
    ['chartered-accountant', 'EXPERIENCE\nAccounts Executive, M/s Desai and Patel, Chartered Accountants, Ahmedabad, 2015 - 2019'],
    ['cpa', 'EXPERIENCE\nPrepared schedules for the CPAs during the audit'],
    ['chartered-accountant', 'EXPERIENCE\nTrainee Accountant\nPatil & Associates (Chartered Accountants), Pune | June 2022 - June 2023'],
    ['ccna', 'CERTIFICATIONS\nCCNA: Introduction to Networks (Cisco NetAcad) – completed 2024'],
    ['cpc', 'CERTIFICATIONS\nCPC-A, AAPC – 2025 (apprentice designation)'],
    ['cpa', 'CERTIFICATIONS\nCPA Part I & II - KASNEB (Section 4 pending)'],
    ['ccna', 'SKILLS\nnetworking (Cisco CCNA 1-2 coursework)'],
    // A university that shares a credential's initials: Chaudhary Charan Singh University, Meerut.
    ['ccs', 'EDUCATION\nB.Com, CCS University Meerut, 2018'],
    // Trained toward it, not certified: a phone-typed "CCNA trained." names a course.
    ['ccna', 'CERTIFICATIONS\nCCNA trained. Google IT Support Certificate, 2023'],
    ['cpc', 'SUMMARY\nCPC-trained coder seeking an entry role'],
  ])('%s is not the candidate\'s in %j', (id, text) => {
    expect(named(text)).not.toContain(id);
  });

  it.each([
    ['chartered-accountant', 'CERTIFICATIONS\nChartered Accountant (ICAI), 2012'],
    ['cpa', 'CERTIFICATIONS\nCPA, 2015'],
    ['ccna', 'CERTIFICATIONS\nCCNA (200-301), 2023'],
    ['ccs', 'CERTIFICATIONS\nCCS (AHIMA), 2022'],
    ['copc-training-credential', 'CERTIFICATIONS\nCOPC CX Standard Training (2023)'],
    ['cpc-a', 'CERTIFICATIONS\nCPC-A, AAPC – 2025 (apprentice designation)'],
    ['chartered-accountant', 'MEMBERSHIPS\nICAN - Institute of Chartered Accountants of Nigeria (2018)'],
    ['chartered-accountant', 'MEMBERSHIPS\nAssociate Member, Institute of Chartered Accountants of India'],
  ])('%s is the candidate\'s in %j', (id, text) => {
    expect(named(text)).toContain(id);
  });
});
