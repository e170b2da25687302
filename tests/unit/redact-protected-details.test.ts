import { beforeAll, describe, expect, it } from 'vitest';
import { contactRedactor } from '../../src/build-reports/contact-redactor.js';
import { blindSource, isBlindSource } from '../../src/build-reports/blind-source.js';
import { skippedNote } from '../../src/cli/collect-inputs.js';
import type { Contact } from '../../src/extract-candidate/candidate-types.js';
import { decodeFailure, processJob } from '../../src/queue/process-job.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const maria: Contact = { name: 'Maria Clara Reyes', email: 'mcreyes@example.com', phone: '+63 917 555 0142', location: 'Columbus, OH', country: null };

let redact: (text: string) => string;
beforeAll(async () => {
  redact = contactRedactor(maria, (await builtInTaxonomy()).personalDetails.labelledDetail);
});

/** Each case: a protected detail redacted, and beside it a line with the same word that must stay. */
describe('blind screening of protected and identifying details', () => {
  it.each([
    // Special categories, labelled with a colon.
    ['Race: Black African | Typing 45 WPM', 'Race: [redacted] | Typing 45 WPM'],
    ['Health: Epilepsy (controlled) | MS Excel', 'Health: [redacted] | MS Excel'],
    ['Disability: Partially deaf | Salesforce', 'Disability: [redacted] | Salesforce'],
    ['Sexual orientation: Lesbian | Pronouns: she/her', 'Sexual orientation: [redacted] | Pronouns: [redacted]'],
    ['Tribe: Kikuyu; Ethnicity: Igorot; Home Language: isiZulu', 'Tribe: [redacted]; Ethnicity: [redacted]; Home Language: [redacted]'],
    // Labels with a spaced dash or none.
    ['Gender - Female | Sex – Female', 'Gender - [redacted] | Sex – [redacted]'],
    ['Typing 45 WPM | Religion Roman Catholic | Nationality Filipino', 'Typing 45 WPM | Religion [redacted] | Nationality [redacted]'],
    ['Age 40 | Typing 45 WPM', 'Age [redacted] | Typing 45 WPM'],
    ['8 years at a Kenyan BPO. Age 40, available immediately.', '8 years at a Kenyan BPO. Age [redacted]'],
    ['Representative (Age 40, female, married) with 6 years of Zendesk', 'Representative (Age [redacted]) with 6 years of Zendesk'],
    // Lone values on a line that holds a labelled detail.
    ['Age: 52 | Afrikaans / English | Married, 2 dependants | NG Kerk', 'Age: [redacted] | Afrikaans / English | [redacted] | [redacted]'],
    // Identity numbers, whole.
    ['National ID: 23456789 | KRA PIN: A001234567Z', 'National ID: [redacted] | KRA PIN: [redacted]'],
    ['Voter ID: ABC1234567 | UMID: CRN-0111-2345678-9', 'Voter ID: [redacted] | UMID: [redacted]'],
    ['Driving Licence No: DL-0420110012345', 'Driving Licence No: [redacted]'],
    ['Mother of two, passport P1234567A, SSS 34-5678901-2 – proficient in Excel.', 'Mother of two, passport [redacted], SSS [redacted] – proficient in Excel.'],
    // Birth dates and ages in sentences.
    ['Born on 14.02.1986 in Iloilo; Excel and Salesforce power user.', 'Born [redacted]; Excel and Salesforce power user.'],
    ['alternate contact born 14 Feb 1986', 'alternate contact born [redacted]'],
    ['alternate contact 14-Feb-1986 (DOB)', 'alternate contact [redacted] (DOB)'],
    ['alternate contact 40 yrs old', 'alternate contact [redacted] yrs old'],
    // Handles and profile addresses, whole.
    ['Skype: mariaclara.reyes88 | Viber: 0917 555 0142', 'Skype: [redacted] | Viber: [redacted]'],
    ['LinkedIn: linkedin.com/in/mariaclarareyes', 'LinkedIn: [redacted]'],
    ['https://github.com/mariareyes | facebook.com/mclara.reyes', '[redacted] | [redacted]'],
    // Relatives with their names, and an honorific by a redacted name.
    ['S/O Ramesh Chand Gupta | Typing 45 WPM', '[redacted] | Typing 45 WPM'],
    ['Mother of two, D/O Ernesto Reyes, Excel', 'Mother of two, [redacted], Excel'],
    ['Married to Jose Santos | coached by my husband Jose Santos who leads', '[redacted] | coached by my [redacted] who leads'],
    ["Wife's Name: Ana Reyes", "Wife's Name: [redacted]"],
    ['Mrs. Maria Clara Reyes', '[redacted]'],
    ['Maria Clara Reyes (Mrs.)', '[redacted]'],
  ])('redacts %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Led gender diversity training for 2019-2021 and 2022-2024', // a label before a lower-case word
    'Reviewed the age of the accounts; aged 30-60 days receivables',
    'BA Religion, University of Santo Tomas, 2010', // a degree's subject, not at an item's start
    'Religion and Philosophy, Ateneo de Manila, 2010',
    'Processed passport renewals for 300 customers', // a label with no number after it
    'Handled caller ID 5 issues', // too short for an identity number
    'Single point of contact for Married couples accounts', // marital words on a line with no labelled detail
    'Typing 45 WPM | Female | Catholic school alumni',
    'Trained the wife of the branch manager', // a relative's word before no name
    'Hindu festivals, Islamic banking', // a religion's word outside a personal-details line
    'Customer service after caring for my elderly parents (2019-2023). 20+ years of inbound experience.', // a year range
    'Teleperformance, 03.2019 - 11.2021; Sitel, 2016-01 - 2018-12',
    'Ms Excel and Dr Pepper account', // honorifics by no redacted name
  ])('leaves %j as it is', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('still redacts phone numbers on either side of a sentence end', () => {
    expect(redact('Mobile (02) 8123-4567. Call 0917.555.0142 anytime')).toBe('Mobile [redacted]. Call [redacted] anytime');
  });
});

describe('blind names of files skipped or queued', () => {
  it('names skipped files in a plain run and only counts them in a blind one', () => {
    const skipped = ['/cvs/maria-reyes-data.json'];
    expect(skippedNote(skipped, false)).toContain('maria-reyes-data.json');
    expect(skippedNote(skipped, true)).not.toContain('maria');
    expect(skippedNote(skipped, true)).toMatch(/^Skipped 1 /);
  });

  it('tells a blind name from a file name', () => {
    expect(blindSource('ats-10294', Buffer.from('x'), 'jane-doe.txt')).toMatch(/^resume-[0-9a-f]{16}\.txt$/);
    expect(blindSource('ats-10294.pdf', Buffer.from('x'), 'jane-doe.txt')).toMatch(/\.pdf$/);
    expect(isBlindSource(blindSource('Juan_dela_Cruz_resume.pdf', Buffer.from('x')))).toBe(true);
    expect(isBlindSource('Juan_dela_Cruz_resume.pdf')).toBe(false);
    expect(isBlindSource('resume-final.pdf')).toBe(false);
  });

  it('keeps the blind name a blind job was sent under, in its result and in its failure', async () => {
    const context = { taxonomy: await builtInTaxonomy(), referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions };
    const text = Buffer.from('SUMMARY\nCustomer service representative with 4 years of inbound calls in Zendesk.');
    const name = blindSource('Juan_dela_Cruz_resume.txt', text);
    const job = { source: name, document: { contentBase64: text.toString('base64'), fileName: name }, options: { redact: true } };
    expect((await processJob(job, context, new Date())).source).toBe(name);
    const empty = { source: blindSource('Juan_dela_Cruz_resume.pdf'), document: { contentBase64: '', fileName: blindSource('Juan_dela_Cruz_resume.pdf') }, options: { redact: true } };
    const reason = await processJob(empty, context, new Date()).then(() => '', (error: unknown) => (error instanceof Error ? error.message : ''));
    expect(decodeFailure(reason).message).toContain(empty.source);
    // A plain name sent to a blind job is still hashed, as before.
    const plain = await processJob({ ...job, source: 'Juan_dela_Cruz_resume.txt' }, context, new Date());
    expect(plain.source).toBe(blindSource('Juan_dela_Cruz_resume.txt', text));
  });
});
