import { beforeAll, describe, expect, it } from 'vitest';
import { adviceContextOf, buildGapAnalyses } from '../../src/build-reports/build-gap-analysis.js';
import { contactRedactor, redactionMark } from '../../src/build-reports/contact-redactor.js';
import { blindMessage, blindSource } from '../../src/build-reports/blind-source.js';
import { redactResult } from '../../src/build-reports/redact-result.js';
import { analyseResume } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { resultSchemaVersion, successResultSchema, type SuccessResult } from '../../src/contracts/result-schema.js';
import type { Candidate, Contact, Evidence } from '../../src/extract-candidate/candidate-types.js';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { contactMentions } from '../support/contact-mentions.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const maria: Contact = { name: 'Maria Clarisse Santos', email: 'maria.santos@example.com', phone: '+63-917-555-0142', location: 'Lahug, Cebu', country: 'PH' };

describe('contactRedactor', () => {
  const redact = contactRedactor(maria);

  it.each([
    ['MARIA CLARISSE SANTOS', '[redacted]'],
    ['samples/csr-maria-santos.pdf', 'samples/csr-[redacted]-[redacted].pdf'],
    ['Reach me: maria.santos@example.com', 'Reach me: [redacted]'],
    ['linkedin.com/in/maria.santos', 'linkedin.com/in/[redacted]'],
    ['Mobile +63-917-555-0142', 'Mobile [redacted]'],
    ['Mobile +63 917 555 0142', 'Mobile [redacted]'],
    ['Mobile (63) 917.555.0142', 'Mobile [redacted]'],
    ['Mobile 639175550142', 'Mobile [redacted]'],
    ['Teleperformance, Lahug,Cebu', 'Teleperformance, [redacted]'],
    ['Teleperformance, Lahug  Jan 2019 - Present', 'Teleperformance, [redacted]  Jan 2019 - Present'],
    // A handle written bare, whoever's it looks like.
    ['Handled inbound calls; my Zendesk handle @mariasantos88, top agent', 'Handled inbound calls; my Zendesk handle [redacted], top agent'],
    ['Reach me on Telegram @m.c_santos.', 'Reach me on Telegram [redacted].'],
  ])('redacts %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Santosh Kumar trained the team', // a longer word that starts with a name
    'Account 1639175550142012', // the phone digits inside a number longer than any phone number
    'Customer service for Cebu Pacific', // a part of the location alone
    'Zendesk, Salesforce and Freshdesk',
    'Met 95% of targets @ 90 calls a day', // an at sign that names no one
  ])('leaves %j as it is', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('redacts a district and the city after it on their own, but not the state after them', () => {
    const kochi = contactRedactor({ ...maria, location: 'Kakkanad, Kochi, Kerala' });
    expect(kochi('Infopark, Kochi | Jan 2019 - Present')).toBe('Infopark, [redacted] | Jan 2019 - Present');
    expect(kochi('Kakkanad office')).toBe('[redacted] office');
    expect(kochi('Kerala Blasters fan club')).toBe('Kerala Blasters fan club');
  });

  it('leaves initials alone and changes nothing for a contact with no details', () => {
    expect(contactRedactor({ ...maria, name: 'Marcus D. Bell' })('Vitamin D. Bell curve')).toBe(`Vitamin D. ${redactionMark} curve`);
    const none = contactRedactor({ name: null, email: null, phone: null, location: null, country: null });
    expect(none('MARIA CLARISSE SANTOS')).toBe('MARIA CLARISSE SANTOS');
  });
});

describe('contactRedactor with the taxonomy\'s personal details', () => {
  let redact: (text: string) => string;
  beforeAll(async () => {
    redact = contactRedactor(maria, (await builtInTaxonomy()).personalDetails.labelledDetail);
  });

  it.each([
    ['escalations to m.santos.work@outlook.com or alternate mobile 022-2835-4455', 'escalations to [redacted] or alternate mobile [redacted]'],
    ['Date of Birth: 12/04/1984 | Gender: Male | Marital Status: Married', 'Date of Birth: [redacted] | Gender: [redacted] | Marital Status: [redacted]'],
    ['Personal: Female, 29 years, married, DOB 02/03/1997. Fluent in English', 'Personal: [redacted]'],
    ['Date of Birth: Sept. 12, 1995 | Birthday: 12 Sept', 'Date of Birth: [redacted] | Birthday: [redacted]'],
    ['Address: Blk 5 Lot 3, Brgy. San Isidro, Las Pinas City', 'Address: [redacted]'],
    ['D.O.B.: 14 May 1999; Nationality: Indian', 'D.O.B.: [redacted]; Nationality: [redacted]'],
    ["Father’s Name: Ramesh Gupta", "Father’s Name: [redacted]"],
    ['Age: 29 • Religion: Hindu', 'Age: [redacted] • Religion: [redacted]'],
  ])('redacts %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Led gender diversity hiring for 2019-2021 and 2022-2024', // a colon label without its colon; year ranges
    'Served customers of all age groups across pan-India accounts',
    'Handled 1,200,000 records; ticket 20231105',
    'Concentrix, 03.2019 - 11.2021; Sitel, 2016-01 - 2018-12', // months written in digits are no phone numbers
  ])('leaves %j as it is', (text) => {
    expect(redact(text)).toBe(text);
  });

  it("redacts a name's words but not the small words of its surnames, which stand in every Spanish sentence", async () => {
    const { labelledDetail } = (await builtInTaxonomy()).personalDetails;
    const angeles = contactRedactor({ ...maria, name: 'María de los Ángeles Gutiérrez de la Cruz' }, labelledDetail);
    expect(angeles('Ejecutiva Bilingüe de Atención a Clientes, Ciudad de México')).toBe('Ejecutiva Bilingüe de Atención a Clientes, Ciudad de México');
    expect(angeles('Referencia: Sra. Cruz, supervisora de la cuenta')).toBe(`Referencia: ${redactionMark}, supervisora de la cuenta`);
    expect(angeles('María de los Ángeles Gutiérrez de la Cruz — Ejecutiva')).toBe(`${redactionMark} — Ejecutiva`);
  });
});

/** Evidence the way extraction reports it: the words found, and the whole line around them. */
function quote(text: string, context: string, section = 'experience'): Evidence {
  const start = Math.max(context.indexOf(text), 0);
  return { text, section, context, start, end: start + text.length };
}

const header = 'MARIA CLARISSE SANTOS · Customer Service · maria.santos@example.com · +63 917 555 0142 · Lahug, Cebu';
const jobLine = 'Customer Service Representative, Santos Family Store, Lahug, Cebu | 2019 – Present';
const schoolLine = 'BS Business Administration, University of San Carlos, Lahug, Cebu, 2018';

/** A candidate whose contact details turn up all over the resume, as they do in headers, job lines and signatures. */
function candidate(contact: Contact): Candidate {
  return {
    contact,
    readsAsEnglish: true,
    rolesSought: [],
    resumesInFile: 1,
    skillsOnlyListed: 0,
    sections: [{ id: 'header', heading: null }, { id: 'experience', heading: 'Experience of Maria Santos' }],
    skills: [
      { id: 'customer-service', name: 'Customer Service', evidence: [quote('Customer Service', header, 'header')], viaCertifications: [] },
      { id: 'zendesk', name: 'Zendesk', evidence: [quote('Zendesk', 'Zendesk queues for Santos Family Store (ask Maria)')], viaCertifications: [] },
    ],
    certifications: [
      { id: 'copc-training-credential', name: 'COPC CX Standard Training Credential', evidence: [quote('COPC certified', 'COPC certified: MARIA C. SANTOS')] },
    ],
    education: {
      highestLevel: 'bachelor',
      fields: [],
      entries: [{ level: 'bachelor', field: null, institution: 'University of San Carlos, Lahug, Cebu', graduationYear: 2018, completed: true, evidence: quote('BS', schoolLine, 'education') }],
    },
    positions: [
      {
        title: 'Customer Service Representative',
        otherTitles: ['Team Lead for Maria Santos Hotline'],
        employer: 'Santos Family Store, Lahug, Cebu',
        start: { year: 2019, month: 1 },
        end: { year: 2026, month: 11 },
        ongoing: true,
        months: 95,
        titleRoles: ['customer-service-representative'],
        dutySkills: [],
        evidence: quote('Customer Service Representative', jobLine),
      },
    ],
    undatedPositions: [{ title: 'Volunteer Tutor', employer: null, titleRoles: [], months: null, evidence: quote('Volunteer Tutor', 'Volunteer Tutor, barangay hall of Lahug,Cebu') }],
    experience: {
      totalMonths: 95,
      relevantMonths: { 'customer-service-representative': 95 },
      stated: { months: 84, total: true, evidence: quote('7 years', 'Maria: 7 years of total experience', 'summary') },
    },
    screening: {
      languages: [{ id: 'english', name: 'English', proficiency: 'fluent', cefr: null, evidence: [quote('English', 'Fluent English (call 639175550142 to test)', 'languages')] }],
      languageTests: [],
      typingSpeed: { wordsPerMinute: 60, keystrokesPerHour: null, accuracyPercent: null, evidence: [quote('60 WPM', 'Typing 60 WPM, certified to maria.santos@example.com', 'skills')] },
      channels: [],
      callDirections: [],
      shifts: [],
      metrics: [{ id: 'csat', name: 'Customer Satisfaction', value: 95, unit: 'percent', evidence: quote('CSAT 95%', 'CSAT 95% as the Santos Family Store lead') }],
      teamLeadership: null,
    },
  };
}

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

/** The result the pipeline would give: the hand-built candidate, scored and analysed by the real stages. */
function resultFor(contact: Contact): SuccessResult {
  const found = candidate(contact);
  const matches = scoreRoles(found, taxonomy);
  return {
    schemaVersion: resultSchemaVersion,
    source: 'uploads/csr-maria-santos.pdf',
    ok: true,
    document: { format: 'pdf', pages: 1, pagesRead: 1, flags: [], parseMs: 0, analyseMs: 0, words: 120 },
    taxonomy: { name: taxonomy.source.manifest.name, version: taxonomy.source.manifest.version, hash: taxonomy.source.hash },
    referenceDate: '2026-11',
    candidate: found,
    matches,
    gapAnalysis: buildGapAnalyses(matches, taxonomy, taxonomy.source.scoring.gapAnalysisTopRoles, adviceContextOf(found, false)),
  };
}

describe('redactResult', () => {
  it('quotes the contact details all over the result before redaction', () => {
    const result = resultFor(maria);
    const requirementEvidence = result.matches.flatMap((m) => m.components.flatMap((c) => c.requirements.flatMap((r) => r.evidence)));
    expect(requirementEvidence.some((e) => contactMentions(e.context, maria).length > 0)).toBe(true);
    expect(contactMentions(JSON.stringify(result), maria).sort()).toEqual(
      ['Maria Clarisse Santos', 'Maria', 'Clarisse', 'Santos', 'maria.santos@example.com', 'Lahug, Cebu', '+63-917-555-0142'].sort(),
    );
    expect(result.redacted).toBeUndefined();
  });

  it('empties the contact, marks the result, and leaves no contact detail anywhere in it', () => {
    const result = resultFor(maria);
    const redacted = redactResult(result, taxonomy.personalDetails.labelledDetail);
    expect(redacted.redacted).toBe(true);
    expect(redacted.candidate.contact).toEqual({ name: null, email: null, phone: null, location: null, country: null });
    expect(redacted.source).toBe('uploads/csr-[redacted]-[redacted].pdf');
    expect(contactMentions(JSON.stringify(redacted), maria)).toEqual([]);
    expect(successResultSchema.safeParse(redacted).success).toBe(true);
  });

  it('redacts each kind of quote, and keeps the words around the details', () => {
    const { candidate: blind, matches } = redactResult(resultFor(maria), taxonomy.personalDetails.labelledDetail);
    expect(blind.sections[1]?.heading).toBe('Experience of [redacted] [redacted]');
    expect(blind.skills[0]?.evidence[0]?.context).toBe('[redacted] · Customer Service · [redacted] · [redacted] · [redacted]');
    expect(blind.skills[1]?.evidence[0]?.context).toBe('Zendesk queues for [redacted] Family Store (ask [redacted])');
    expect(blind.certifications[0]?.evidence[0]?.context).toBe('COPC certified: [redacted] C. [redacted]');
    expect(blind.positions[0]).toMatchObject({ title: 'Customer Service Representative', employer: '[redacted] Family Store, [redacted]' });
    expect(blind.undatedPositions[0]?.evidence.context).toBe('Volunteer Tutor, barangay hall of [redacted]');
    expect(blind.education.entries[0]?.institution).toBe('University of San Carlos, [redacted]');
    expect(blind.experience.stated?.evidence.context).toBe('[redacted]: 7 years of total experience');
    expect(blind.screening.languages[0]?.evidence[0]?.context).toBe('Fluent English (call [redacted] to test)');
    expect(blind.screening.typingSpeed?.evidence[0]?.context).toBe('Typing 60 WPM, certified to [redacted]');
    expect(blind.screening.metrics[0]?.evidence.context).toBe('CSAT 95% as the [redacted] Family Store lead');
    const contexts = matches.flatMap((m) => m.components.flatMap((c) => c.requirements.flatMap((r) => r.evidence.map((e) => e.context))));
    expect(contexts).toContain('Zendesk queues for [redacted] Family Store (ask [redacted])');
  });

  it('changes no score, id or taxonomy name, even where a name is also a word the taxonomy uses', () => {
    const contact = { ...maria, name: 'Grace English' };
    const result = resultFor(contact);
    const redacted = redactResult(result, taxonomy.personalDetails.labelledDetail);
    expect(redacted.matches.map((m) => [m.roleId, m.score, m.band])).toEqual(result.matches.map((m) => [m.roleId, m.score, m.band]));
    expect(redacted.gapAnalysis).toEqual(result.gapAnalysis);
    expect(redacted.candidate.screening.languages[0]).toMatchObject({ id: 'english', name: 'English' });
    expect(redacted.candidate.screening.languages[0]?.evidence[0]?.context).toBe('Fluent [redacted] (call [redacted] to test)');
  });

  it("keeps that a resume was read from an e-mail's attachment, without the attachment's name", () => {
    const result = resultFor(maria);
    const mailed = { ...result, document: { ...result.document, flags: ['email_attachment:Maria_Santos_CV.docx', 'forwarded_headers_removed'] } };
    expect(redactResult(mailed, taxonomy.personalDetails.labelledDetail).document.flags).toEqual(['email_attachment', 'forwarded_headers_removed']);
  });

  it('leaves the result it is given untouched', () => {
    const result = resultFor(maria);
    const before = JSON.stringify(result);
    redactResult(result, taxonomy.personalDetails.labelledDetail);
    expect(JSON.stringify(result)).toBe(before);
  });
});

describe('blindSource', () => {
  it('names a source by a hash of it and its bytes, stable, distinct for distinct sources or contents, with its extension', () => {
    const a = blindSource('uploads/Rhea Soriano CV.PDF');
    expect(a).toMatch(/^resume-[0-9a-f]{16}\.pdf$/);
    expect(blindSource('uploads/Rhea Soriano CV.PDF')).toBe(a);
    expect(blindSource('uploads/Juan Santos Resume.pdf')).not.toBe(a);
    expect(blindSource('no-extension')).toMatch(/^resume-[0-9a-f]{16}$/);
    // Two resumes sent under one name ("CV.pdf") are two blind names; the same resume again is the same one.
    expect(blindSource('CV.pdf', Buffer.from('one'))).not.toBe(blindSource('CV.pdf', Buffer.from('two')));
    expect(blindSource('CV.pdf', Buffer.from('one'))).toBe(blindSource('CV.pdf', Buffer.from('one')));
  });

  it('is the source of a blind result and of a blind failure, whose file name neither the text nor the message gives away', async () => {
    const context = { taxonomy: await builtInTaxonomy(), referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions, redact: true };
    const text = Buffer.from('SUMMARY\nRhea was named top agent in 2023 on a customer service account.');
    const blind = await analyseResume({ name: 'Rhea Soriano CV.txt', bytes: text }, context);
    expect(blind.source).toBe(blindSource('Rhea Soriano CV.txt', text));
    const broken = Buffer.from('%PDF-1.7\n1 0 obj broken');
    const failed = await analyseResume({ name: 'uploads/Rhea Soriano CV.pdf', bytes: broken }, context);
    if (failed.ok) throw new Error('a broken PDF was read');
    expect(failed.source).toBe(blindSource('uploads/Rhea Soriano CV.pdf', broken));
    expect(failed.error.message).toContain(failed.source);
    expect(failed.error.message).not.toMatch(/Rhea|Soriano/);
  });

  it('blinds every form a name takes in a message, the full path before its last part', () => {
    expect(blindMessage('/cvs/Rhea Soriano CV.pdf is a damaged PDF; Rhea Soriano CV.pdf has no pages.', ['/cvs/Rhea Soriano CV.pdf'], 'resume-1.pdf'))
      .toBe('resume-1.pdf is a damaged PDF; resume-1.pdf has no pages.');
  });
});
