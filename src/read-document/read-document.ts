/** Stage 1: bytes in, clean text out, or a typed error saying why not. */
import { megabytes } from '../text/megabytes.js';
import { RolefitError } from '../errors.js';
import { cleanText } from './clean-text.js';
import { detectFormat, isMarkdownName } from './detect-format.js';
import type { DocumentInput, DocumentText, QualityFlag, ReadOptions } from './document-types.js';
import { readDoc } from './read-doc.js';
import { readDocx } from './read-docx.js';
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

export async function readDocument(input: DocumentInput, options: ReadOptions): Promise<DocumentText> {
  const { name, bytes } = input;
  if (bytes.length > options.maxBytes) {
    throw new RolefitError('file_too_large', `${name} is ${megabytes(bytes.length)}; the limit is ${megabytes(options.maxBytes)}.`);
  }
  const detected = detectFormat(name, bytes);
  const read =
    detected.format === 'pdf' ? await readPdf(name, bytes, options)
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
  const flags: QualityFlag[] = [...read.flags];
  if (repair.repaired) flags.push('repaired_encoding');
  if (text.length < cleaned.length) flags.push('truncated');
  if (detected.extensionMismatch) flags.push('extension_mismatch');
  if (text.split(/\s+/).length < lowTextWords) flags.push('low_text');
  return { ...read, text, flags };
}
