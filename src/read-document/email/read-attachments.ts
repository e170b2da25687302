/**
 * An e-mail's attachments, read through the same entry point as any file, in the order most likely to reach the
 * resume first: attachments whose name says CV or resume, then the rest as the message lists them. Reading stops at
 * the first one whose name or text suggests a resume; attachments that cannot hold one are passed by unread.
 */
import type { Attachment } from 'postal-mime';
import { RolefitError } from '../../errors.js';
import type { DocumentInput, DocumentText } from '../document-types.js';
import { nameSuggestsResume, textSuggestsResume } from './resume-signals.js';

export type ReadAttachment = (input: DocumentInput) => Promise<DocumentText>;

export interface AttachmentRead {
  readonly name: string;
  readonly size: number;
  readonly document: DocumentText;
  readonly suggestsResume: boolean;
}

export interface AttachmentsRead {
  readonly reads: readonly AttachmentRead[];
  /** Why each attachment not read was not: its reader's error, or why it was passed by. */
  readonly failures: readonly RolefitError[];
  readonly passedBy: readonly string[];
  /** Every attachment's name, read or not: what a message about them may name. */
  readonly names: readonly string[];
}

/** Attachments read from one message at most: each may cost a PDF parse or OCR. */
const maxAttachmentsRead = 10;

/** Calendar invites, contact cards, signatures and delivery reports: never a resume, and a vCard holds the sender's contact. */
const notResumeTypes: ReadonlySet<string> = new Set([
  'text/calendar', 'application/ics', 'text/vcard', 'text/x-vcard', 'text/directory', 'text/csv',
  'application/pkcs7-signature', 'application/x-pkcs7-signature', 'application/pgp-signature', 'application/pgp-keys',
  'message/delivery-status', 'message/disposition-notification', 'text/rfc822-headers',
]);
const notResumeExtensions: ReadonlySet<string> = new Set(['ics', 'vcs', 'vcf', 'csv', 'p7s', 'asc', 'sig']);

interface NamedAttachment {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly attachment: Attachment;
}

/** The attachment's own name, or its place in the message; a forwarded message is named .eml so it reads as one. */
function nameOf(attachment: Attachment, index: number): string {
  if (attachment.filename !== null && attachment.filename.trim() !== '') return attachment.filename.trim();
  const place = `attachment ${index + 1}`;
  return attachment.mimeType === 'message/rfc822' ? `${place}.eml` : `${place} (${attachment.mimeType})`;
}

function bytesOf(attachment: Attachment): Uint8Array {
  const { content } = attachment;
  if (typeof content !== 'string') return new Uint8Array(content);
  return Buffer.from(content, attachment.encoding === 'base64' ? 'base64' : 'utf8');
}

/** Why an attachment is not worth reading, or null when it may be the resume. */
function passByReason({ name, attachment }: NamedAttachment): string | null {
  // Logos and pictures the message's own HTML shows (a signature's image, say), referenced by Content-ID.
  if (attachment.related === true) return `${name} is an image shown in the message itself`;
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (notResumeTypes.has(attachment.mimeType) || notResumeExtensions.has(extension)) {
    return `${name} is ${attachment.mimeType === 'application/octet-stream' ? `a .${extension} file` : attachment.mimeType}, not a resume`;
  }
  return null;
}

export async function readAttachments(attachments: readonly Attachment[], read: ReadAttachment): Promise<AttachmentsRead> {
  const named = attachments.map((attachment, index) => ({ name: nameOf(attachment, index), bytes: bytesOf(attachment), attachment }));
  const passedBy: string[] = [];
  const candidates: NamedAttachment[] = [];
  for (const file of named) {
    const reason = passByReason(file);
    if (reason === null) candidates.push(file);
    else passedBy.push(reason);
  }
  const ordered = [...candidates.filter((file) => nameSuggestsResume(file.name)), ...candidates.filter((file) => !nameSuggestsResume(file.name))];
  for (const file of ordered.slice(maxAttachmentsRead)) passedBy.push(`${file.name} was not read (only ${maxAttachmentsRead} attachments are)`);
  const reads: AttachmentRead[] = [];
  const failures: RolefitError[] = [];
  for (const file of ordered.slice(0, maxAttachmentsRead)) {
    try {
      const document = await read({ name: file.name, bytes: file.bytes });
      const suggestsResume = nameSuggestsResume(file.name) || textSuggestsResume(document.text);
      reads.push({ name: file.name, size: file.bytes.length, document, suggestsResume });
      if (suggestsResume) break;
    } catch (error) {
      // Only typed errors say the attachment is unreadable; anything else is a bug and stays visible.
      if (!(error instanceof RolefitError)) throw error;
      failures.push(error);
    }
  }
  return { reads, failures, passedBy, names: named.map((file) => file.name) };
}
