/** Stage 1: bytes in, clean text out, or a typed error saying why not. */
import { overSizeLimit } from '../text/megabytes.js';
import { RolefitError } from '../errors.js';
import { cleanText } from './clean-text.js';
import { detectFormat, isMarkdownName } from './detect-format.js';
import type { DocumentInput, DocumentText, QualityFlag, ReadOptions } from './document-types.js';
import { readDoc } from './read-doc.js';
import { readDocx } from './read-docx.js';
import { readEml } from './read-eml.js';
import { readHtml } from './read-html.js';
import { readImage } from './read-image.js';
import { readMarkdown } from './read-markdown.js';
import { readOdt } from './read-odt.js';
import { readPdf } from './read-pdf.js';
import { readRtf } from './read-rtf.js';
import { readText } from './read-text.js';
import { repairMojibake } from './repair-mojibake.js';

/** Fewer words than this and the result is flagged: a resume this short is probably a partial read. */
const lowTextWords = 80;

/**
 * E-mails held inside e-mails (a forward sent as an attachment) are read this deep and no deeper: each level costs a
 * parse, and a crafted message could nest thousands.
 */
const maxEmailNesting = 5;

export async function readDocument(input: DocumentInput, options: ReadOptions): Promise<DocumentText> {
  return readNested(input, options, 0);
}

/** `emailDepth`: how many e-mails hold this document (their attachments are read through here in turn). */
async function readNested(input: DocumentInput, options: ReadOptions, emailDepth: number): Promise<DocumentText> {
  const { name, bytes } = input;
  if (bytes.length > options.maxBytes) {
    throw new RolefitError('file_too_large', overSizeLimit(name, bytes.length, options.maxBytes));
  }
  const detected = detectFormat(name, bytes);
  if (detected.format === 'email' && emailDepth >= maxEmailNesting) {
    throw new RolefitError('unsupported_format', `${name} is an e-mail forwarded inside more than ${maxEmailNesting} others: forward the resume itself.`);
  }
  const read =
    detected.format === 'email' ? await readEml(name, bytes, (attachment) => readNested(attachment, options, emailDepth + 1))
    : detected.format === 'pdf' ? await readPdf(name, bytes, options)
    : detected.format === 'docx' ? readDocx(name, bytes, options)
    : detected.format === 'odt' ? readOdt(name, bytes, options)
    : detected.format === 'doc' ? await readDoc(name, bytes)
    : detected.format === 'rtf' ? readRtf(bytes)
    : detected.format === 'html' ? readHtml(bytes)
    : detected.format === 'image' ? await readImage(name, bytes, options)
    : isMarkdownName(name) ? await readMarkdown(bytes)
    : readText(bytes);
  const repair = repairMojibake(read.text);
  const cleaned = cleanText(repair.text);
  const text = cleaned.length > options.maxChars ? cleaned.slice(0, options.maxChars) : cleaned;
  if (text.length === 0) throw new RolefitError('no_text', `${name} contains no text.`);
  // A set: an e-mail's attachment arrives already read, with flags this adds again.
  const flags = new Set<QualityFlag>(read.flags);
  if (repair.repaired) flags.add('repaired_encoding');
  if (text.length < cleaned.length) flags.add('truncated');
  if (detected.extensionMismatch) flags.add('extension_mismatch');
  if (text.split(/\s+/).length < lowTextWords) flags.add('low_text');
  return { ...read, text, flags: [...flags] };
}
