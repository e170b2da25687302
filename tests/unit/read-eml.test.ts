import { describe, expect, it } from 'vitest';
import { RolefitError } from '../../src/errors.js';
import { detectFormat } from '../../src/read-document/detect-format.js';
import { defaultReadOptions, type DocumentText } from '../../src/read-document/document-types.js';
import { readDocument } from '../../src/read-document/read-document.js';
import { base64Lines, headerBlock, mimeMessage, recruiterAddresses, recruiterEnvelope, resumeText } from './email-fixtures.js';
import { makeDocx, makeZip, wordXml } from './zip-fixtures.js';

const readEml = (bytes: Uint8Array, name = 'application.eml'): Promise<DocumentText> => readDocument({ name, bytes }, defaultReadOptions);

/** The typed error reading fails with, as "code: message". */
async function failure(bytes: Uint8Array, name = 'application.eml'): Promise<string> {
  const error = await readEml(bytes, name).then(() => null, (thrown: unknown) => thrown);
  if (!(error instanceof RolefitError)) throw new Error(`expected a RolefitError, got ${String(error)}`);
  return `${error.code}: ${error.message}`;
}

function expectNoRecruiter(text: string): void {
  for (const address of recruiterAddresses) expect(text).not.toContain(address);
  expect(text).not.toMatch(/Priya|Application for AR Caller/);
}

const resumeDocx = (text = resumeText()): Uint8Array =>
  makeDocx({ 'word/document.xml': wordXml.document(text.split('\n').map((line) => wordXml.paragraph(line)).join('')) });

describe('reading a resume pasted in an e-mail body', () => {
  it('decodes a base64 plain-text body into the resume, as the .txt reads', async () => {
    const eml = mimeMessage(recruiterEnvelope, [{ contentType: 'text/plain; charset=utf-8', body: resumeText() }]);
    // Read as raw text, the base64 is all the reader sees: the old failure, "little text".
    expect(eml.toString('latin1')).not.toContain('Omega Healthcare');
    const read = await readEml(eml);
    const asText = await readDocument({ name: 'sai.txt', bytes: Buffer.from(resumeText()) }, defaultReadOptions);
    expect(read.text).toBe(asText.text);
    expect(read).toMatchObject({ format: 'text', flags: ['email_body'] });
    expect(read.flags).not.toContain('low_text');
    expectNoRecruiter(read.text);
  });

  it('reads a quoted-printable HTML body through the HTML reader, soft line breaks joined and UTF-8 decoded', async () => {
    const html = [
      '<html><body><h2>Sai Kiran</h2><p>sai.kiran@mailbox.example</p>',
      '<h3>Work Experience</h3><ul><li>AR Caller, Omega Healthcare, June 2021 =E2=80=93 Pres=',
      'ent</li><li>Worked denials in Epic and Athena, resolving coding and eligibility iss=',
      'ues.</li></ul><h3>Skills</h3><p>Denial management</p></body></html>',
    ].join('\n');
    const eml = mimeMessage(recruiterEnvelope, [{ contentType: 'text/html; charset=utf-8', encoding: 'quoted-printable', body: html }]);
    const read = await readEml(eml);
    expect(read.format).toBe('html');
    expect(read.flags).toContain('email_body');
    expect(read.text).toContain('• AR Caller, Omega Healthcare, June 2021 – Present');
    expect(read.text).toContain('eligibility issues.');
    expect(read.text).not.toMatch(/=\r?\n|=E2|<li>/);
    expectNoRecruiter(read.text);
  });

  it('prefers the plain-text part of a multipart/alternative body to its HTML', async () => {
    const alternative = [
      'Content-Type: multipart/alternative; boundary="alt"',
      '',
      '--alt',
      'Content-Type: text/plain; charset=utf-8',
      '',
      resumeText(),
      '--alt',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>HTML copy only</p>',
      '--alt--',
      '',
    ].join('\r\n');
    const read = await readEml(Buffer.from(headerBlock([...recruiterEnvelope, 'MIME-Version: 1.0']) + alternative));
    expect(read.format).toBe('text');
    expect(read.text).toContain('Omega Healthcare');
    expect(read.text).not.toContain('HTML copy only');
  });
});

describe('forwarded and replied messages', () => {
  const gmailForward = (candidate: string, email: string): Buffer =>
    mimeMessage([...recruiterEnvelope.filter((line) => !line.startsWith('Subject')), `Subject: Fwd: Application - ${candidate}`], [{
      contentType: 'text/plain; charset=utf-8',
      body: [
        'Hi team, strong AR profile below, please screen.',
        '',
        'Priya Menon | Senior Recruiter | priya.menon@talentbridge.example | +91 99000 11223',
        '',
        '---------- Forwarded message ---------',
        `From: ${candidate} <${email}>`,
        'Date: Sun, 1 Nov 2026 at 21:04',
        'Subject: Application for AR Caller',
        'To: Priya Menon <priya.menon@talentbridge.example>,',
        '  Hiring Desk <hiring@omegabpo.example>',
        '',
        resumeText(candidate, email),
      ].join('\n'),
    }]);

  it('drops the forwarding header block and the forwarder’s note and signature, keeping the resume', async () => {
    const read = await readEml(gmailForward('Sai Kiran', 'sai.kiran@mailbox.example'));
    expect(read.text.startsWith('Sai Kiran\nsai.kiran@mailbox.example | +91 98480 22338')).toBe(true);
    expect(read.flags).toEqual(expect.arrayContaining(['email_body', 'forwarded_headers_removed']));
    expectNoRecruiter(read.text);
    expect(read.text).not.toMatch(/Forwarded message|strong AR profile|99000 11223/);
  });

  it('leaves two candidates forwarded by one recruiter with nothing of the recruiter in common', async () => {
    const first = await readEml(gmailForward('Sai Kiran', 'sai.kiran@mailbox.example'));
    const second = await readEml(gmailForward('Anjali Rao', 'anjali.rao@mailbox.example'));
    const addresses = (text: string): string[] => text.match(/[\w.]+@[\w.]+/g) ?? [];
    expect(addresses(first.text)).toEqual(['sai.kiran@mailbox.example']);
    expect(addresses(second.text)).toEqual(['anjali.rao@mailbox.example']);
  });

  it('drops an Outlook header block under its rule, and a reply’s "On … wrote:" line, but not a resume’s own From/To', async () => {
    const body = [
      'Dear Ma’am,',
      'Please find my profile below.',
      '',
      '________________________________',
      'From: Priya Menon <priya.menon@talentbridge.example>',
      'Sent: Monday, November 2, 2026 9:02 AM',
      'To: Sai Kiran <sai.kiran@mailbox.example>',
      'Subject: AR Caller opening',
      '',
      'On Mon, 2 Nov 2026 at 09:02, Priya Menon <',
      'priya.menon@talentbridge.example> wrote:',
      resumeText(),
      'Availability',
      'From: 1 December 2026',
    ].join('\n');
    const read = await readEml(mimeMessage(['From: Sai Kiran <sai.kiran@mailbox.example>', 'To: priya.menon@talentbridge.example', 'Subject: RE: AR Caller opening'], [
      { contentType: 'text/plain; charset=utf-8', encoding: '7bit', body },
    ]));
    expectNoRecruiter(read.text);
    // A reply is the candidate's own writing: what is above the quoted block stays.
    expect(read.text).toContain('Please find my profile below.');
    expect(read.text).toContain('Omega Healthcare');
    // One "From:" line is a resume's, not a header block.
    expect(read.text).toContain('From: 1 December 2026');
  });

  it('reads a message forwarded as an attachment (message/rfc822) as an e-mail in turn', async () => {
    const original = mimeMessage(['From: Sai Kiran <sai.kiran@mailbox.example>', 'To: priya.menon@talentbridge.example', 'Subject: My application'], [
      { contentType: 'text/plain; charset=utf-8', body: resumeText() },
    ]);
    const eml = mimeMessage(recruiterEnvelope, [
      { contentType: 'text/plain', encoding: '7bit', body: 'See the attached application. Priya, priya.menon@talentbridge.example' },
      { contentType: 'message/rfc822', encoding: '7bit', body: original },
    ]);
    const read = await readEml(eml);
    expect(read.flags).toEqual(expect.arrayContaining(['email_attachment:attachment 1.eml', 'email_body']));
    expect(read.text).toContain('AR Caller, Omega Healthcare');
    expect(read.text).not.toContain('My application');
    expectNoRecruiter(read.text);
  });
});

describe('reading a resume attached to an e-mail', () => {
  const note = { contentType: 'text/plain; charset=utf-8', encoding: '7bit', body: 'Please find my resume attached.\nRegards, Priya' } as const;
  const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

  it('reads an attached DOCX through the Word reader and names it in a flag, leaving the covering note out', async () => {
    const read = await readEml(mimeMessage(recruiterEnvelope, [note, { contentType: docxType, filename: 'Sai_Kiran_CV.docx', body: resumeDocx() }]));
    expect(read.format).toBe('docx');
    expect(read.flags[0]).toBe('email_attachment:Sai_Kiran_CV.docx');
    expect(read.text.startsWith('Sai Kiran\nsai.kiran@mailbox.example')).toBe(true);
    expect(read.text).not.toContain('Please find my resume attached');
    expectNoRecruiter(read.text);
  });

  it('takes the attachment named as a CV over a larger one listed before it', async () => {
    const notes = 'Interview slots and directions to the office. '.repeat(200);
    const read = await readEml(mimeMessage(recruiterEnvelope, [
      note,
      { contentType: 'text/plain', filename: 'interview-notes.txt', body: notes },
      { contentType: docxType, filename: 'Resume - Sai.docx', body: resumeDocx() },
    ]));
    expect(read.flags).toContain('email_attachment:Resume - Sai.docx');
  });

  it('takes an attachment whose text reads as a resume when no name says so, else the largest readable one', async () => {
    const letter = resumeDocx('Dear Hiring Manager,\nI am applying for the AR Caller role. '.repeat(50));
    const byContent = await readEml(mimeMessage(recruiterEnvelope, [
      { contentType: docxType, filename: 'letter.docx', body: letter },
      { contentType: docxType, filename: 'sai.docx', body: resumeDocx() },
    ]));
    expect(byContent.flags).toContain('email_attachment:sai.docx');
    const bySize = await readEml(mimeMessage(recruiterEnvelope, [
      { contentType: 'text/plain', filename: 'small.txt', body: 'AR Caller, three years.' },
      { contentType: 'text/plain', filename: 'large.txt', body: 'AR Caller at Omega Healthcare for three years, denial management. '.repeat(5) },
      { contentType: 'application/zip', filename: 'photos.zip', body: makeZip([{ name: 'a.txt', data: 'a' }]) },
    ]));
    expect(bySize.flags).toContain('email_attachment:large.txt');
  });

  it('decodes an attachment name encoded for its non-ASCII letters (RFC 2231)', async () => {
    const part = { contentType: docxType, body: resumeDocx(), headers: ["Content-Disposition: attachment; filename*=UTF-8''R%C3%A9sum%C3%A9%20Sai.docx"] };
    const read = await readEml(mimeMessage(recruiterEnvelope, [note, part]));
    expect(read.flags).toContain('email_attachment:Résumé Sai.docx');
  });

  it('passes by a signature logo and the recruiter’s contact card, reading the body', async () => {
    const vcard = 'BEGIN:VCARD\nVERSION:3.0\nFN:Priya Menon\nEMAIL:priya.menon@talentbridge.example\nEND:VCARD';
    const read = await readEml(mimeMessage(recruiterEnvelope, [
      { contentType: 'text/plain; charset=utf-8', body: resumeText() },
      { contentType: 'text/vcard', filename: 'Priya Menon.vcf', body: vcard },
    ]));
    expect(read.flags).toEqual(['email_body']);
    expectNoRecruiter(read.text);
  });

  it('reads a body that is a resume over an attachment that is not one', async () => {
    const read = await readEml(mimeMessage(recruiterEnvelope, [
      { contentType: 'text/plain; charset=utf-8', body: resumeText() },
      { contentType: 'text/plain', filename: 'directions.txt', body: 'Take the metro to HITEC City and walk 200 m.' },
    ]));
    expect(read.flags).toEqual(['email_body']);
  });
});

describe('e-mails with nothing to read', () => {
  const brokenDocx = makeZip([{ name: 'notes.txt', data: 'not a Word file' }]);

  it('fails with a typed error naming each unreadable attachment when there is no body', async () => {
    const eml = mimeMessage(recruiterEnvelope, [
      { contentType: 'application/msword', filename: 'Sai_Kiran_CV.docx', body: brokenDocx },
      { contentType: 'application/octet-stream', filename: 'Sai_Kiran_CV.pdf', body: makeZip([{ name: 'x', data: 'y' }]).subarray(0, 20) },
    ]);
    const message = await failure(eml);
    // Failing in different ways, the attachments leave no text to read.
    expect(message).toMatch(/^no_text: application\.eml is an e-mail with no text in its body, and none of its 2 attachment\(s\) could be read: /);
    expect(message).toContain('Sai_Kiran_CV.docx is named .docx but holds a ZIP archive');
    expect(message).toContain('Sai_Kiran_CV.pdf');
  });

  it('fails rather than score a covering note when the attachment is damaged, but reads a full body beside it', async () => {
    const damaged = { contentType: 'application/pdf', filename: 'cv.pdf', body: Buffer.from('%PDF-1.7\n1 0 obj') } as const;
    const shortNote = { contentType: 'text/plain', encoding: '7bit', body: 'PFA my resume. Regards, Sai' } as const;
    expect(await failure(mimeMessage(recruiterEnvelope, [shortNote, damaged]))).toMatch(
      /^corrupt_document: .* only a short note in its body \(5 words\), and none of its 1 attachment\(s\) could be read: cv\.pdf is a damaged PDF/,
    );
    const read = await readEml(mimeMessage(recruiterEnvelope, [{ contentType: 'text/plain', body: resumeText() }, damaged]));
    expect(read.flags).toEqual(['email_body']);
  });

  it('fails with no_text when there is neither a body nor an attachment', async () => {
    const eml = Buffer.from(headerBlock(recruiterEnvelope) + '\r\n\r\n   \r\n');
    expect(await failure(eml)).toBe('no_text: application.eml is an e-mail with no text in its body and no attachments.');
  });

  it('stops reading messages forwarded inside messages past a few levels', async () => {
    let eml: Buffer = mimeMessage(['From: a@b.example', 'Subject: x'], [{ contentType: 'text/plain', body: resumeText() }]);
    for (let level = 0; level < 8; level += 1) eml = mimeMessage(['From: a@b.example', 'Subject: x'], [{ contentType: 'message/rfc822', encoding: '7bit', body: eml }]);
    expect(await failure(eml)).toMatch(/^unsupported_format: .*forwarded inside more than 5 others/);
  });
});

describe('telling an e-mail from a text resume', () => {
  const bytes = (text: string): Buffer => Buffer.from(text);

  it('takes a message for an e-mail by its headers, with or without the .eml name', () => {
    const eml = mimeMessage(recruiterEnvelope, [{ contentType: 'text/plain', body: resumeText() }]);
    expect(detectFormat('application.eml', eml)).toEqual({ format: 'email', extensionMismatch: false });
    expect(detectFormat('download', eml)).toEqual({ format: 'email', extensionMismatch: false });
    expect(detectFormat('forwarded.txt', eml)).toEqual({ format: 'email', extensionMismatch: true });
    const mbox = bytes(`From sai@mailbox.example Mon Nov  2 10:15:00 2026\nFrom: sai@mailbox.example\nSubject: CV\n\n${resumeText()}`);
    expect(detectFormat('saved', mbox).format).toBe('email');
    // Named .eml, one message field is enough.
    expect(detectFormat('note.eml', bytes('Subject: My CV\n\nSai Kiran')).format).toBe('email');
  });

  it('reads text resumes and cover letters that start with "Field: value" lines as text', () => {
    expect(detectFormat('sai.txt', bytes(`Name: Sai Kiran\nEmail: sai@mailbox.example\n\n${resumeText()}`)).format).toBe('text');
    // A memo-style cover letter: To, From and Subject, but no address and nothing a mail system adds.
    const memo = 'To: The Hiring Manager\nFrom: Sai Kiran\nSubject: Application for AR Caller\n\nDear Sir or Madam,';
    expect(detectFormat('letter.txt', bytes(memo)).format).toBe('text');
    expect(detectFormat('letter', bytes(memo)).format).toBe('text');
    expect(detectFormat('notes.eml', bytes(resumeText()))).toEqual({ format: 'text', extensionMismatch: true });
  });
});

describe('the text of an e-mail read as text before', () => {
  it('no longer carries base64 or header lines', async () => {
    const eml = mimeMessage(recruiterEnvelope, [{ contentType: 'text/plain; charset=utf-8', body: resumeText() }]);
    const read = await readEml(eml);
    expect(read.text).not.toContain(base64Lines(resumeText()).slice(0, 40));
    expect(read.text).not.toMatch(/^(From|To|Cc|Subject|MIME-Version|Content-Type):/m);
  });
});
