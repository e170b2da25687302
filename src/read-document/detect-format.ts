/**
 * Decides what a document is from its bytes, never from its name: people rename files, and servers lose extensions.
 * The name only serves to tell the user when the two disagree.
 */
import { RolefitError } from '../errors.js';
import type { DocumentFormat } from './document-types.js';

export interface DetectedFormat {
  readonly format: DocumentFormat;
  /** True when the file name promises another format than the bytes hold. */
  readonly extensionMismatch: boolean;
}

interface Signature {
  readonly kind: string;
  readonly matches: (bytes: Uint8Array) => boolean;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString('latin1');

// Formats recognised but not (yet) read: a clear message beats a garbled guess.
const unreadable: Signature[] = [
  { kind: 'a legacy Word (.doc) or other OLE document', matches: (b) => startsWith(b, 0xd0, 0xcf, 0x11, 0xe0) },
  { kind: 'an RTF document', matches: (b) => ascii(b, 0, 5) === '{\\rtf' },
  { kind: 'a PNG image', matches: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47) },
  { kind: 'a JPEG image', matches: (b) => startsWith(b, 0xff, 0xd8, 0xff) },
  { kind: 'a GIF image', matches: (b) => ascii(b, 0, 4) === 'GIF8' },
  { kind: 'a TIFF image', matches: (b) => startsWith(b, 0x49, 0x49, 0x2a, 0x00) || startsWith(b, 0x4d, 0x4d, 0x00, 0x2a) },
];
const images = new Set(['a PNG image', 'a JPEG image', 'a GIF image', 'a TIFF image']);

const extensionFormats: Record<string, DocumentFormat> = { pdf: 'pdf', docx: 'docx', txt: 'text', text: 'text', md: 'text' };

export function detectFormat(name: string, bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0) throw new RolefitError('empty_file', `${name} is empty (0 bytes).`);
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const claimed = extensionFormats[extension];
  const format = formatOfBytes(name, bytes, extension);
  return { format, extensionMismatch: claimed !== undefined && claimed !== format };
}

function formatOfBytes(name: string, bytes: Uint8Array, extension: string): DocumentFormat {
  // PDF readers accept the header anywhere in the first kilobyte, so do we.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    if (!hasZipDirectory(bytes)) throw new RolefitError('corrupt_document', `${name} is a damaged or cut-off ZIP/Word file.`);
    // ZIP entry names are stored uncompressed, so the main part of a Word document shows in the raw bytes.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes('word/document.xml')) return 'docx';
    const what = ascii(bytes, 0, 200).includes('opendocument') ? 'an OpenDocument file' : 'a ZIP archive';
    throw mismatchOrUnsupported(name, extension, `${what}, not a Word (DOCX) document`);
  }
  const known = unreadable.find((signature) => signature.matches(bytes));
  if (known && images.has(known.kind)) {
    throw new RolefitError('ocr_required', `${name} is ${known.kind}; reading text from images needs OCR, which is not available.`);
  }
  if (known) throw mismatchOrUnsupported(name, extension, known.kind);
  if (looksLikeText(bytes)) return 'text';
  throw mismatchOrUnsupported(name, extension, 'binary data in no format rolefit reads');
}

function mismatchOrUnsupported(name: string, extension: string, what: string): RolefitError {
  const supported = 'PDF, DOCX or plain text';
  if (extension in extensionFormats) {
    return new RolefitError('extension_mismatch', `${name} is named .${extension} but holds ${what}. Send it as ${supported}.`);
  }
  return new RolefitError('unsupported_format', `${name} holds ${what}. Send it as ${supported}.`);
}

/** A whole ZIP file ends with its central directory record (PK\x05\x06), at most a 64 KiB comment before the end. */
function hasZipDirectory(bytes: Uint8Array): boolean {
  const maxCommentLength = 0xffff;
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).subarray(-(maxCommentLength + 22));
  return tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}

/** Text has byte-order marks or no NUL bytes and few control characters in its first 8 KiB. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  const maxControlShare = 0.01;
  return control <= sample.length * maxControlShare;
}
