/** A US healthcare BPO's resumes and postings: credentials lapsed, trained for or failed, titles and tools of its work. */
import { describe, expect, it } from 'vitest';
import { buildJobProfile } from '../../src/build-job-profile/build-job-profile.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const certificationsOf = (text: string): string[] => extractText(text, taxonomy).certifications.map((c) => c.id);
const skillsOf = (text: string): string[] => extractText(text, taxonomy).skills.map((s) => s.id);

describe('a certification no longer held, trained for or failed', () => {
  it.each([
    'CERTIFICATIONS\nCPC – AAPC (expired 2022)',
    'CERTIFICATIONS\nCPC - AAPC (lapsed)',
    'SUMMARY\nCPC certification lapsed in 2022 (CEUs not renewed)',
    'CERTIFICATIONS\nCPC - AAPC (inactive)',
    'CERTIFICATIONS\nCPC Training Programme – AAPC-licensed institute, Chennai (2024)',
    'CERTIFICATIONS\nCPC training program, 2024',
    'SUMMARY\nCompleted a CPC training course.',
    'SUMMARY\nTrained in CPC coding at an AAPC-licensed institute.',
    'SUMMARY\nNot CPC certified yet; appearing for CPC exam in Feb 2026',
    'CERTIFICATIONS\nCPC exam – failed once, reattempting',
  ])('holds no CPC in %j', (text) => {
    expect(certificationsOf(text)).not.toContain('cpc');
  });

  it.each([
    'CERTIFICATIONS\nCPC – AAPC, 2021 (expires 2027)',
    'CERTIFICATIONS\nCPC - AAPC (active)',
    'Certifications & Training\nCPC, AAPC, 2021',
    'Training & Certifications\nCPC, AAPC, 2021',
    'Certifications and Training\nCPC, AAPC, 2021',
    'CERTIFICATIONS\nCPC, AAPC, 2021 | CCS - AHIMA (expired 2019)',
  ])('holds the CPC in %j', (text) => {
    expect(certificationsOf(text)).toContain('cpc');
  });

  it('reads a heading that says its credentials expired, and keeps a heading of certifications and training', () => {
    const resume = (heading: string) => extractText(`Priya Sharma\npriya@example.com\n\nSUMMARY\nMedical coder.\n\n${heading}\nCPC, AAPC, 2021 – Tally ERP`, taxonomy);
    for (const heading of ['Certifications (expired)', 'Expired Certifications', 'Lapsed Certifications']) {
      const candidate = resume(heading);
      expect(candidate.sections.map((s) => s.heading)).toContain(heading);
      expect(candidate.skills.map((s) => s.id)).not.toContain('tally');
    }
    for (const heading of ['Certifications & Training', 'Training', 'Certifications']) {
      const candidate = resume(heading);
      expect(candidate.certifications.map((c) => c.id)).toEqual(['cpc']);
      expect(candidate.skills.map((s) => s.id)).toContain('tally');
    }
  });

  it('reads "trained in" after a credential as the codes its holder trained in', () => {
    expect(certificationsOf('PROFILE\nStaff nurse. AAPC Certified Professional Coder (CPC-A, 2025) trained in ICD-10-CM and CPT.')).toEqual(['cpc-a']);
  });
});

describe('the CPC and its apprentice designation', () => {
  it.each([
    ['cpc', 'CERTIFICATIONS\nCPC (Apprentice status removed 2025) – AAPC'],
    ['cpc', 'CERTIFICATIONS\nCPC, apprentice designation removed 2024'],
    ['cpc-a', 'CERTIFICATIONS\nCPC-A, AAPC, 2024'],
    ['cpc-a', 'CERTIFICATIONS\nCPC (Apprentice), AAPC, 2024'],
  ])('reads %s in %j', (id, text) => {
    expect(certificationsOf(text)).toEqual([id]);
  });

  it("tells who has no CPC-A to pass the CPC exam, not to remove a designation they lack", () => {
    const acquire = taxonomy.certificationsById.get('cpc-a')?.acquire ?? '';
    expect(acquire).toMatch(/pass the CPC exam/);
    expect(acquire).not.toMatch(/^Remove/);
  });
});

describe("AHIMA's physician-based CCS-P", () => {
  it.each([
    ['ccs-p', 'CERTIFICATIONS\nCCS-P – AHIMA, 2024'],
    ['ccs-p', 'CERTIFICATIONS\nCertified Coding Specialist - Physician-based (CCS-P), 2023'],
    ['ccs', 'CERTIFICATIONS\nCCS – AHIMA, 2024'],
  ])('reads %s in %j', (id, text) => {
    expect(certificationsOf(text)).toEqual([id]);
  });

  it('evidences professional-fee coding, not inpatient coding', () => {
    const skills = skillsOf('CERTIFICATIONS\nCCS-P – AHIMA, 2024');
    expect(skills).toEqual(expect.arrayContaining(['em-coding', 'cpt-coding', 'icd-10-cm', 'hcpcs']));
    expect(skills).not.toContain('inpatient-coding');
    expect(skillsOf('CERTIFICATIONS\nCCS – AHIMA, 2024')).toContain('inpatient-coding');
  });
});

describe('authorisation and verification titles', () => {
  const monthsFor = (title: string, role: string): number | undefined =>
    extractText(`EXPERIENCE\n${title}, Omega Healthcare, Chennai, Jan 2020 - Dec 2021`, taxonomy).experience.relevantMonths[role];

  it.each([
    'Prior Authorization Specialist',
    'Prior Authorisation Specialist',
    'Pre-Authorization Specialist',
    'Authorization Specialist',
    'Eligibility and Benefits Verification Specialist',
  ])('counts %j as healthcare support and revenue-cycle experience', (title) => {
    expect(monthsFor(title, 'healthcare-support-representative')).toBe(24);
    expect(monthsFor(title, 'medical-biller')).toBe(24);
  });

  it.each(['Card Authorization Specialist', 'Credit Card Authorization Specialist', 'Graphic Design Specialist'])(
    'does not count %j', (title) => {
      expect(monthsFor(title, 'healthcare-support-representative')).toBeUndefined();
      expect(monthsFor(title, 'medical-biller')).toBeUndefined();
    });
});

describe('Bachelor of Physiotherapy', () => {
  it.each([
    'BPT – Dr. M.G.R. Medical University, 2025',
    'B.P.T – Dr. M.G.R. Medical University, 2025',
    'Bachelor of Physiotherapy – Dr. M.G.R. Medical University, 2025',
    'Bachelor of Physical Therapy, 2019',
  ])('reads a bachelor in health sciences in %j', (line) => {
    const [entry] = extractText(`EDUCATION\n${line}`, taxonomy).education.entries;
    expect(entry?.level).toBe('bachelor');
    expect(entry?.field).toBe('health-sciences');
  });

  it('keeps another bachelor out of health sciences', () => {
    expect(extractText('EDUCATION\nB.Com – Madras University, 2025', taxonomy).education.entries[0]?.field).not.toBe('health-sciences');
  });
});

describe('TriZetto, Facets and QNXT', () => {
  it.each([
    'EXPERIENCE\nAR Caller, Cognizant Healthcare (TriZetto), Chennai, 2019 - 2022',
    'SKILLS\nOffice Ally, Trizetto',
    'SUMMARY\nHandled all facets of claims processing.',
  ])('credits no payer claims system in %j', (text) => {
    expect(skillsOf(text)).not.toContain('trizetto-facets');
  });

  it.each(['SKILLS\nFacets, QNXT', 'SKILLS\nTriZetto Facets', 'SUMMARY\nAdjudicated claims in TriZetto QNXT.', 'SUMMARY\nAdjudicated member claims in Facets.'])(
    'credits the payer claims system in %j', (text) => {
      expect(skillsOf(text)).toContain('trizetto-facets');
    });
});

describe('Epic', () => {
  it.each(['SUMMARY\nWork in Epic and the 3M encoder', 'SKILLS\nEpic, Cerner', 'SUMMARY\nRegistered patients in Epic.'])(
    'is the EHR in %j', (text) => {
      expect(skillsOf(text)).toContain('epic');
    });

  it.each(['SUMMARY\nWrote user stories for each epic in Jira.', 'SUMMARY\nDelivered an epic turnaround for the team.'])(
    'is no EHR in %j', (text) => {
      expect(skillsOf(text)).not.toContain('epic');
    });
});

describe("a medical coding trainee's posting", () => {
  const requirements = '\nRequirements\n- Knowledge of anatomy and medical terminology\n- Good English';

  it.each(['Medical Coding Trainee – Freshers – Hyderabad', 'Medical Coding Fresher', 'Medical Coding Executive'])(
    'is closest to the medical coder in %j', (title) => {
      expect(buildJobProfile({ text: `${title}${requirements}`, name: 'p.txt' }, taxonomy).closestRole).toBe('medical-coder');
    });

  it('keeps a transcription trainee with the transcriptionist', () => {
    expect(buildJobProfile({ text: `Medical Transcription Trainee – Hyderabad${requirements}`, name: 'p.txt' }, taxonomy).closestRole)
      .toBe('medical-transcriptionist');
  });
});

describe('coding months', () => {
  it('counts a coder\'s months for the coder role, and no AR caller\'s or transcriptionist\'s', () => {
    const relevant = (header: string) => extractText(`EXPERIENCE\n${header}\n- Worked the assigned queue`, taxonomy).experience.relevantMonths['medical-coder'] ?? 0;
    expect(relevant('Medical Coder – E/M, Omega Healthcare, Jun 2023 - May 2025')).toBe(24);
    expect(relevant('AR Caller, AGS Health, Jun 2023 - May 2025')).toBe(0);
    expect(relevant('Medical Transcription Editor, iMedX, Jun 2023 - May 2025')).toBe(0);
  });
});

describe('certifications under a heading that says they are not held', () => {
  it('holds none under "Certifications (expired)", and all under "Certifications & Training"', () => {
    expect(certificationsOf('CERTIFICATIONS (EXPIRED)\nCPC, AAPC, 2018\n\nSKILLS\nExcel')).toEqual([]);
    expect(certificationsOf('CERTIFICATIONS & TRAINING\nCPC, AAPC, 2021')).toEqual(['cpc']);
  });
});
