/**
 * Small RFC 822/MIME messages built in the tests, as mail clients save them to .eml: headers, then a body or a
 * multipart/mixed of parts, each encoded as a client would (base64 for files, quoted-printable or 7bit for text).
 */

/** Lines of base64 are cut at this length, as RFC 2045 asks. */
const base64LineLength = 76;
const boundary = '=_rolefit_test_boundary';

export interface MimePart {
  readonly contentType: string;
  readonly body: string | Uint8Array;
  /** base64 when absent: what clients use for attachments. */
  readonly encoding?: 'base64' | 'quoted-printable' | '7bit';
  /** Makes the part an attachment with this file name. */
  readonly filename?: string;
  /** Extra header lines for the part ("Content-ID: <logo>", "Content-Disposition: inline"). */
  readonly headers?: readonly string[];
}

/** Base64 in lines of 76 characters, CRLF-separated. */
export function base64Lines(data: string | Uint8Array): string {
  const encoded = Buffer.from(data).toString('base64');
  return (encoded.match(new RegExp(`.{1,${base64LineLength}}`, 'g')) ?? []).join('\r\n');
}

/** The header lines given, joined with CRLF, as mail is stored. */
export function headerBlock(headers: readonly string[]): string {
  return headers.map((line) => `${line}\r\n`).join('');
}

function encodedBody(part: MimePart): string {
  const encoding = part.encoding ?? 'base64';
  if (encoding === 'base64') return base64Lines(part.body);
  // quoted-printable bodies are given already encoded: the tests control where the soft line breaks fall.
  return typeof part.body === 'string' ? part.body.replace(/\r?\n/g, '\r\n') : Buffer.from(part.body).toString('latin1');
}

function partBlock(part: MimePart): string {
  const headers = [
    `Content-Type: ${part.contentType}${part.filename === undefined ? '' : `; name="${part.filename}"`}`,
    `Content-Transfer-Encoding: ${part.encoding ?? 'base64'}`,
    ...(part.filename === undefined ? [] : [`Content-Disposition: attachment; filename="${part.filename}"`]),
    ...(part.headers ?? []),
  ];
  return `${headerBlock(headers)}\r\n${encodedBody(part)}\r\n`;
}

/** A message of one part (its headers beside the envelope's) or, given several, a multipart/mixed of them. */
export function mimeMessage(envelope: readonly string[], parts: readonly MimePart[]): Buffer {
  const [only] = parts;
  if (parts.length === 1 && only !== undefined) return Buffer.from(`${headerBlock([...envelope, 'MIME-Version: 1.0'])}${partBlock(only)}`, 'latin1');
  const multipart = parts.map((part) => `--${boundary}\r\n${partBlock(part)}`).join('');
  const headers = headerBlock([...envelope, 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`]);
  return Buffer.from(`${headers}\r\nThis is a multi-part message in MIME format.\r\n${multipart}--${boundary}--\r\n`, 'latin1');
}

/** The envelope of a message a recruiter forwards: these addresses must never become the candidate's. */
export const recruiterEnvelope = [
  'From: Priya Menon <priya.menon@talentbridge.example>',
  'To: Hiring Desk <hiring@omegabpo.example>',
  'Cc: Team Leads <leads@omegabpo.example>',
  'Reply-To: priya.menon@talentbridge.example',
  'Subject: Application for AR Caller - Sai Kiran',
  'Date: Mon, 02 Nov 2026 10:15:00 +0530',
  'Message-ID: <fwd-1@talentbridge.example>',
];

/** Every address of the recruiter's envelope and forwarding headers. */
export const recruiterAddresses = ['priya.menon@talentbridge.example', 'hiring@omegabpo.example', 'leads@omegabpo.example'];

/** A plain-text resume long enough (over 80 words) to read as a whole one, with the candidate's own contact. */
export function resumeText(name = 'Sai Kiran', email = 'sai.kiran@mailbox.example'): string {
  return [
    name,
    `${email} | +91 98480 22338 | Hyderabad, India`,
    '',
    'Career Objective',
    'AR Caller with three years of US healthcare revenue cycle experience, seeking to grow in denial management.',
    '',
    'Work Experience',
    'AR Caller, Omega Healthcare, Hyderabad, June 2021 - Present',
    '- Called insurance companies to follow up on unpaid and denied claims, 60 calls a day.',
    '- Worked denials in Epic and Athena, resolving coding and eligibility issues.',
    '- Checked claim status on payer portals and updated notes for the billing team.',
    'Customer Care Executive, Teleperformance, Hyderabad, May 2019 - May 2021',
    '- Handled inbound voice support for a US telecom client and met quality targets.',
    '',
    'Education',
    'B.Com, Osmania University, 2019',
    '',
    'Skills',
    'Denial management, AR follow-up, medical billing, CPT and ICD-10 basics, MS Excel, typing 40 WPM',
  ].join('\n');
}
