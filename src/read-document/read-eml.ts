/**
 * E-mails saved as .eml, as recruiters receive resumes: attached, or pasted in the body. postal-mime decodes the MIME
 * structure (base64, quoted-printable, charsets, encoded file names); this file decides what the resume is. An
 * attachment is read through the same entry point as any file; the body is read when no attachment is the resume.
 * The message's own headers (From, To, Cc, Reply-To, Subject) never enter the text: they name whoever sent or
 * forwarded it, often a recruiter, and contact details must come from the resume.
 */
import PostalMime, { type Email } from 'postal-mime';
import { RolefitError, type ErrorCode } from '../errors.js';
import { emailAttachmentFlag, type DocumentFormat, type DocumentText, type QualityFlag } from './document-types.js';
import { readAttachments, type AttachmentRead, type AttachmentsRead, type ReadAttachment } from './email/read-attachments.js';
import { textSuggestsResume } from './email/resume-signals.js';
import { stripForwardedHeaders } from './email/strip-forwarded-headers.js';
import { htmlToText } from './read-html.js';

export type { ReadAttachment } from './email/read-attachments.js';

/**
 * Words a body needs to be read when every attachment failed: fewer, it is a covering note ("Please find my resume
 * attached") and the failure of the attachment is the answer. The same bar as a full read's low_text flag.
 */
const minBodyWordsBesideFailedAttachments = 80;

interface Body {
  readonly format: DocumentFormat;
  readonly text: string;
  readonly flags: readonly QualityFlag[];
}

export async function readEml(name: string, bytes: Uint8Array, readAttachment: ReadAttachment): Promise<DocumentText> {
  const email = await parseEmail(name, bytes);
  const body = bodyOf(email);
  const attachments = await readAttachments(email.attachments, readAttachment);
  const resumeAttachment = attachments.reads.find((read) => read.suggestsResume);
  if (resumeAttachment) return fromAttachment(resumeAttachment);
  if (body && textSuggestsResume(body.text)) return fromBody(body);
  const largest = attachments.reads.reduce<AttachmentRead | null>((best, read) => (best === null || read.size > best.size ? read : best), null);
  if (largest) return fromAttachment(largest);
  if (body && (attachments.failures.length === 0 || wordCount(body.text) >= minBodyWordsBesideFailedAttachments)) return fromBody(body);
  throw nothingReadable(name, body, attachments);
}

async function parseEmail(name: string, bytes: Uint8Array): Promise<Email> {
  try {
    // Forwarded messages stay attachments, read as .eml in turn: inlined, postal-mime writes their From and To lines
    // into the body text.
    return await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', forceRfc822Attachments: true });
  } catch (error) {
    // postal-mime's own errors carry a code (EMAXNESTINGDEPTH, EMAXPARTCOUNT, …): the message is malformed or hostile.
    if (!(error instanceof Error && 'code' in error && typeof error.code === 'string')) throw error;
    throw new RolefitError('corrupt_document', `${name} looks like an e-mail but cannot be read: ${error.message}`, { cause: error });
  }
}

/** The plain-text body, else the HTML body as text, without quoted header blocks; null when it holds no text. */
function bodyOf(email: Email): Body | null {
  const plain = email.text?.trim() ? email.text : null;
  const html = plain === null && email.html?.trim() ? email.html : null;
  const raw = plain ?? (html === null ? null : htmlToText(html));
  if (raw === null) return null;
  const stripped = stripForwardedHeaders(raw, email.subject ?? '');
  if (stripped.text.trim() === '') return null;
  const flags: QualityFlag[] = stripped.removed ? ['email_body', 'forwarded_headers_removed'] : ['email_body'];
  // A forwarded application whose resume gives no address of its own: the forwarded message's sender is the
  // applicant, and the only way to reach them. The forwarder's own address never enters.
  const sender = /@/.test(stripped.text) ? null : stripped.forwardedFrom;
  const text = sender === null ? stripped.text : `${sender}\n${stripped.text}`;
  return { format: plain === null ? 'html' : 'text', text, flags: sender === null ? flags : [...flags, 'forwarded_sender_kept'] };
}

function fromBody(body: Body): DocumentText {
  return { format: body.format, text: body.text, pages: null, flags: [...body.flags] };
}

function fromAttachment({ name, document }: AttachmentRead): DocumentText {
  return { ...document, flags: [`${emailAttachmentFlag}:${name}`, ...document.flags] };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/** An attachment's codes that would misdescribe the message: the .eml is neither misnamed nor empty. */
const asMessageCode: Partial<Record<ErrorCode, ErrorCode>> = { extension_mismatch: 'unsupported_format', empty_file: 'no_text' };

/**
 * No resume anywhere: the attachments' own errors say why each failed. When they all failed alike (every one
 * encrypted, or a scan with OCR off) that code is the message's; otherwise there was no text to read.
 */
function nothingReadable(name: string, body: Body | null, { failures, passedBy, names }: AttachmentsRead): RolefitError {
  const bodyState = body === null ? 'no text in its body' : `only a short note in its body (${wordCount(body.text)} words)`;
  const found = failures.length + passedBy.length;
  if (found === 0) return new RolefitError('no_text', `${name} is an e-mail with ${bodyState} and no attachments.`);
  const codes = new Set<ErrorCode>(failures.map((failure) => asMessageCode[failure.code] ?? failure.code));
  const [shared] = codes;
  const code: ErrorCode = codes.size === 1 && shared !== undefined ? shared : 'no_text';
  const reasons = [...failures.map((failure) => failure.message.replace(/\.$/, '')), ...passedBy];
  // The attachments' names, and those an attached e-mail's own message gives, are hidden in blind screening.
  const mentionedNames = [...names, ...failures.flatMap((failure) => failure.mentionedNames)];
  return new RolefitError(code, `${name} is an e-mail with ${bodyState}, and none of its ${found} attachment(s) could be read: ${reasons.join('; ')}.`, { mentionedNames });
}
