/**
 * Decides what a document is from its bytes, never from its name: people rename files, and servers lose extensions.
 * The name only serves to tell the user when the two disagree.
 */
import { RolefitError } from '../errors.js';
import { ZipArchive } from './zip/read-zip.js';
import type { DetectedKind } from './document-types.js';
import { looksLikeEmail } from './email/looks-like-email.js';
import { utf16WithoutMark } from './read-text.js';

export interface DetectedFormat {
  readonly format: DetectedKind;
  /** True when the file name promises another format than the bytes hold. */
  readonly extensionMismatch: boolean;
}

interface Signature {
  readonly kind: string;
  readonly matches: (bytes: Uint8Array) => boolean;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);
/** The bytes from `from` up to `to` as Latin-1 text; what lies past the file's end is no text ("" for a short file). */
const ascii = (bytes: Uint8Array, from: number, to: number): string => {
  const start = Math.min(from, bytes.length);
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(to, bytes.length) - start)).toString('latin1');
};

// The first four bytes of the OLE2 signature D0 CF 11 E0 A1 B1 1A E1: a file cut off after them is still recognised.
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0];

// Formats recognised but not read: a clear message beats a garbled guess.
const unreadable: Signature[] = [
  { kind: 'a PNG image', matches: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47) },
  { kind: 'a JPEG image', matches: (b) => startsWith(b, 0xff, 0xd8, 0xff) },
  { kind: 'a GIF image', matches: (b) => ascii(b, 0, 4) === 'GIF8' },
  { kind: 'a TIFF image', matches: (b) => startsWith(b, 0x49, 0x49, 0x2a, 0x00) || startsWith(b, 0x4d, 0x4d, 0x00, 0x2a) },
  // Browsers save pictures as WebP, and OCR decodes it like PNG: a RIFF container of the WEBP form.
  { kind: 'a WebP image', matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { kind: 'an AVIF image', matches: (b) => ftypBrands(b).some((brand) => avifBrands.has(brand)) },
  { kind: 'a HEIC image', matches: (b) => ftypBrands(b).some((brand) => heifBrands.has(brand)) },
];
const images = new Set(['a PNG image', 'a JPEG image', 'a GIF image', 'a TIFF image', 'a WebP image']);
/** Photo formats OCR cannot decode: phones save HEIC, browsers AVIF. Naming them tells the sender what to change. */
const photosNotRead = new Set(['an AVIF image', 'a HEIC image']);

// HEIF (ISO/IEC 23008-12) brands of still images and sequences, HEVC-coded or generic; AVIF is HEIF with AV1 inside,
// told apart by its own brands, which come first.
const heifBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1', 'heif']);
const avifBrands = new Set(['avif', 'avis']);
/** How many bytes of an ISO media file's first box are searched for brands: a photo's lists a handful. */
const maxFtypBytes = 64;

/** The major and compatible brands of an ISO base media file (HEIC, AVIF, MP4): its first box, "ftyp", lists them. */
function ftypBrands(bytes: Uint8Array): string[] {
  if (ascii(bytes, 4, 8) !== 'ftyp') return [];
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(boxSize > 0 ? boxSize : maxFtypBytes, maxFtypBytes, bytes.length);
  // The major brand at 8, a minor version at 12, then compatible brands four bytes each.
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands;
}

const markdownExtensions = new Set(['md', 'markdown']);

function extensionOf(name: string): string {
  return /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** A text file whose name says Markdown (`.md`, `.markdown`) is read as Markdown; it stays text. */
export function isMarkdownName(name: string): boolean {
  return markdownExtensions.has(extensionOf(name));
}

const extensionFormats: Record<string, DetectedKind> = {
  pdf: 'pdf',
  docx: 'docx',
  doc: 'doc',
  rtf: 'rtf',
  odt: 'odt',
  html: 'html',
  htm: 'html',
  txt: 'text',
  text: 'text',
  ...Object.fromEntries([...markdownExtensions].map((extension) => [extension, 'text' as const])),
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  tif: 'image',
  tiff: 'image',
  webp: 'image',
  eml: 'email',
};
const supported = 'PDF, Word (DOCX or DOC), RTF, OpenDocument text (ODT), HTML, plain text, Markdown or an image (read with OCR)';

export function detectFormat(name: string, bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0) throw new RolefitError('empty_file', `${name} is empty (0 bytes).`);
  const extension = extensionOf(name);
  const claimed = extensionFormats[extension];
  const format = formatOfBytes(name, bytes, extension);
  return { format, extensionMismatch: claimed !== undefined && claimed !== format };
}

function formatOfBytes(name: string, bytes: Uint8Array, extension: string): DetectedKind {
  // First: a message's header block is plain text at byte 0, and its attachments may hold "%PDF-" within the first KiB.
  if (looksLikeEmail(bytes, extensionFormats[extension] === 'email')) return 'email';
  // PDF readers accept the header anywhere in the first kilobyte, so do we.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return zipFormat(name, bytes, extension);
  if (startsWith(bytes, ...oleSignature)) return oleFormat(name, bytes, extension);
  if (ascii(bytes, 0, 5) === '{\\rtf' || (startsWith(bytes, 0xef, 0xbb, 0xbf) && ascii(bytes, 3, 8) === '{\\rtf')) return 'rtf';
  const known = unreadable.find((signature) => signature.matches(bytes));
  if (known && images.has(known.kind)) return 'image';
  if (known && photosNotRead.has(known.kind)) throw photoNotRead(name, extension, known.kind);
  if (known) throw mismatchOrUnsupported(name, extension, known.kind);
  if (looksLikeText(bytes)) return looksLikeHtml(bytes) ? 'html' : 'text';
  throw mismatchOrUnsupported(name, extension, 'binary data in no format rolefit reads');
}

/** ZIP entry names are stored uncompressed, so the parts that make a Word or OpenDocument file show in the raw bytes. */
function zipFormat(name: string, bytes: Uint8Array, extension: string): DetectedKind {
  if (!hasZipDirectory(bytes)) throw new RolefitError('corrupt_document', `${name} is a damaged or cut-off ZIP/Word file.`);
  // The central directory names the entries; nothing is unpacked to read it. A ZIP holding Word files holds their
  // part names in its bytes too, so only the directory tells a Word file from a ZIP of them.
  const { entries } = new ZipArchive(name, bytes, Number.MAX_SAFE_INTEGER);
  if (entries.has('word/document.xml')) return 'docx';
  // OpenDocument puts an uncompressed "mimetype" entry first, so its media type sits in the first bytes.
  const head = ascii(bytes, 0, 200);
  if (head.includes('mimetype') && head.includes('application/vnd.oasis.opendocument.text')) return 'odt';
  throw mismatchOrUnsupported(name, extension, `${zipContents(entries, head)}, not a Word (DOCX) or OpenDocument text (ODT) document`);
}

/** What a ZIP that is no document holds, in words: a spreadsheet, a presentation, or files to unzip. */
function zipContents(entries: ReadonlyMap<string, unknown>, head: string): string {
  if (entries.has('xl/workbook.xml')) return 'an Excel workbook (XLSX)';
  if (entries.has('ppt/presentation.xml')) return 'a PowerPoint presentation (PPTX)';
  if (head.includes('opendocument')) return 'an OpenDocument file that is not a text document';
  const files = [...entries.keys()].filter((entry) => !entry.endsWith('/'));
  return `a ZIP archive of ${files.length} file${files.length === 1 ? '' : 's'} (unzip it and send the files themselves)`;
}

/**
 * OLE compound files hold legacy Word, but also Excel, PowerPoint, Outlook messages and password-protected DOCX. The
 * stream names (UTF-16) in the directory tell them apart; a file with none of the known names is taken as a damaged
 * Word file, and the Word reader says so.
 */
function oleFormat(name: string, bytes: Uint8Array, extension: string): DetectedKind {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const has = (stream: string): boolean => raw.includes(Buffer.from(stream, 'utf16le'));
  if (has('EncryptedPackage')) throw new RolefitError('encrypted_document', `${name} is a password-protected Office document.`);
  if (has('WordDocument')) return 'doc';
  const other =
    has('Workbook') || has('Book') ? 'an Excel workbook'
    : has('PowerPoint Document') ? 'a PowerPoint presentation'
    : has('__substg1.0_') ? 'an Outlook message'
    : null;
  if (other) throw mismatchOrUnsupported(name, extension, `${other}, not a Word document`);
  return 'doc';
}

function mismatchOrUnsupported(name: string, extension: string, what: string): RolefitError {
  if (extension in extensionFormats) {
    return new RolefitError('extension_mismatch', `${name} is named .${extension} but holds ${what}. Send it as ${supported}.`);
  }
  return new RolefitError('unsupported_format', `${name} holds ${what}. Send it as ${supported}.`);
}

/** A photo OCR cannot decode: said plainly, with the formats to send instead, not the list of every format read. */
function photoNotRead(name: string, extension: string, what: string): RolefitError {
  const advice = `${what}, which rolefit cannot read. Send it as a JPEG or PNG image, or as a PDF.`;
  if (extension in extensionFormats) return new RolefitError('extension_mismatch', `${name} is named .${extension} but is ${advice}`);
  return new RolefitError('unsupported_format', `${name} is ${advice}`);
}

/** A whole ZIP file ends with its central directory record (PK\x05\x06), at most a 64 KiB comment before the end. */
function hasZipDirectory(bytes: Uint8Array): boolean {
  const maxCommentLength = 0xffff;
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).subarray(-(maxCommentLength + 22));
  return tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}

/**
 * HTML: after an optional byte-order mark and white space it starts with a doctype or <html>, or it has a <body>
 * and closes some element.
 * UTF-16 pages are read through their byte-order mark.
 */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const text =
    startsWith(bytes, 0xff, 0xfe) ? raw.subarray(2).toString('utf16le')
    : startsWith(bytes, 0xfe, 0xff) ? Buffer.from(raw.subarray(2, raw.length - (raw.length % 2))).swap16().toString('utf16le')
    : raw.toString('latin1');
  const start = text.replace(/^(\ufeff|\u00ef\u00bb\u00bf)?\s*/, '').slice(0, 20).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return true;
  // A plain-text resume may mention "<body>" (web developers do): a page also closes some element.
  return /<body[\s>]/i.test(text) && /<\/(body|html|div|p|table)>/i.test(text);
}

/** Text has byte-order marks or no NUL bytes and few control characters in its first 8 KiB. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff) || utf16WithoutMark(bytes) !== null) return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  const maxControlShare = 0.01;
  return control <= sample.length * maxControlShare;
}
