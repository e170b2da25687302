/**
 * Builds a corpus of hostile inputs for the read stage: empty, cut-off, random, encrypted, oversized and bomb-like
 * files in every format rolefit reads, plus controls that must read cleanly. Each file comes with the outcome it
 * must have (a typed error code, or success with text and flags), so a test can read the whole folder and check.
 *
 * The corpus is generated, never committed. Output is byte-identical from run to run (seeded PRNG, fixed dates).
 * It takes a few seconds and about 20 MB on disk, most of it the one file over the size limit.
 *
 * Usage: npx tsx scripts/make-hostile-corpus.ts <out-dir>
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { Deflate, Zlib, zlibSync } from 'fflate';
import PDFDocument from 'pdfkit';
import type { ErrorCode } from '../src/errors.js';
import type { QualityFlag } from '../src/read-document/document-types.js';
import { FIXED_DATE, seededBytes, seededRandom } from './samples/fixed.js';
import { makeWord97 } from './samples/word97.js';
import { writeZip, type ZipWriteEntry } from './samples/zip.js';

export type HostileExpectation =
  | { readonly code: ErrorCode }
  | {
      readonly ok: true;
      /** Text the result must contain. */
      readonly contains?: string;
      /** Flags the result must carry (others may come too). */
      readonly flags?: readonly QualityFlag[];
    };

export interface HostileCase {
  /** The file's name inside the corpus folder. */
  readonly file: string;
  readonly expect: HostileExpectation;
  /** What the file is, for people reading a failure. */
  readonly about: string;
}

const MB = 1024 * 1024;

/** The control: a short resume that every reader must get right. */
const RESUME_LINES = [
  'Dana Whitfield',
  'dana.whitfield@example.com | +1 555 0100 | Austin, TX',
  '',
  'SUMMARY',
  'Customer service representative with four years of inbound voice and chat support for a telecom account.',
  '',
  'EXPERIENCE',
  'Customer Service Representative, Northwind Support, Jan 2021 - Present',
  '- Handled 60 inbound calls a day with a 92% first-call resolution rate.',
  '- Resolved billing disputes and de-escalated complaints in Zendesk and Salesforce.',
  'Data Entry Clerk, Contoso Logistics, Jun 2019 - Dec 2020',
  '- Keyed 400 shipping records a day at 99.5% accuracy.',
  '',
  'SKILLS',
  'CRM, Zendesk, Salesforce, active listening, typing 55 WPM, Microsoft Excel',
  '',
  'EDUCATION',
  'Bachelor of Arts in Communication, University of Texas, 2019',
];
const RESUME = RESUME_LINES.join('\n');
const NAME = 'Dana Whitfield';

// ---------------------------------------------------------------------------------------------------------------
// PDF (pdfkit)

type Doc = PDFKit.PDFDocument;

function pdfDocument(options: PDFKit.PDFDocumentOptions = {}): Doc {
  return new PDFDocument({ info: { Title: 'Resume', CreationDate: FIXED_DATE, ModDate: FIXED_DATE }, ...options });
}

function finish(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolvePdf, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      resolvePdf(Buffer.concat(chunks));
    });
    doc.on('error', reject);
    doc.end();
  });
}

function resumePdf(options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = pdfDocument(options);
  doc.font('Helvetica').fontSize(10);
  for (const line of RESUME_LINES) doc.text(line.length > 0 ? line : ' ');
  return finish(doc);
}

/** No page at all: a catalog whose page tree is empty. */
function zeroPagePdf(): Promise<Buffer> {
  return finish(pdfDocument({ autoFirstPage: false }));
}

/** Many tiny pages with one word each: cheap to write, and far over the pages read. */
function manyPagePdf(pages: number): Promise<Buffer> {
  const doc = pdfDocument({ autoFirstPage: false });
  doc.font('Helvetica').fontSize(8);
  for (let page = 1; page <= pages; page += 1) {
    doc.addPage({ size: [72, 36], margin: 4 });
    doc.text(`word${page}`, 4, 4, { lineBreak: false });
  }
  return finish(doc);
}

/** Grey boxes and lines, no text and no glyph shapes: OCR must find nothing in it. */
function imageOnlyPdf(): Promise<Buffer> {
  const doc = pdfDocument({ size: [300, 200] });
  doc.rect(0, 0, 300, 200).fill('#f4f1ea');
  doc.rect(20, 20, 120, 90).fill('#8c8c8c');
  doc.circle(220, 70, 40).fill('#5a5a5a');
  doc.moveTo(20, 150).lineTo(280, 170).lineWidth(3).stroke('#3a3a3a');
  return finish(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// ZIP (DOCX, ODT): the samples' writer, which can also store already-deflated data and declare a size that lies

function deflated(name: string, data: string | Uint8Array): ZipWriteEntry {
  return { name, data };
}

function stored(name: string, data: string | Uint8Array): ZipWriteEntry {
  return { name, data, method: 0 };
}

const WORD_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
const wordDocument = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${WORD_NS}><w:body>${body}</w:body></w:document>`;
const resumeBody = (): string => RESUME_LINES.map(paragraph).join('');

/** The parts every Word package has besides its document. */
function packageParts(): ZipWriteEntry[] {
  return [
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    deflated(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  ];
}

function docx(documentXml: string | Uint8Array, extra: readonly ZipWriteEntry[] = []): Buffer {
  return writeZip([...packageParts(), deflated('word/document.xml', documentXml), ...extra]);
}

/** A minimal Word document with one paragraph per line, for benchmarks that need the same text as a DOCX. */
/**
 * A one-page PDF whose content stream inflates to `megabytes` of spaces after a line of text: small on disk, large in
 * memory once pdf.js decodes it. Built in pieces, so that making it never holds the inflated stream.
 */
export function flateBombPdf(megabytes: number): Buffer {
  const chunks: Uint8Array[] = [];
  const zlib = new Zlib({ level: 9 }, (chunk) => chunks.push(chunk));
  zlib.push(new TextEncoder().encode('BT /F1 12 Tf 72 712 Td (Customer service agent) Tj ET\n'));
  const spaces = new Uint8Array(MB).fill(0x20);
  for (let written = 0; written < megabytes; written += 1) zlib.push(spaces);
  zlib.push(new Uint8Array(0), true);
  const stream = Buffer.concat(chunks);
  const head = [
    '%PDF-1.4\n',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n',
    `4 0 obj << /Length ${stream.length} /Filter /FlateDecode >> stream\n`,
  ].join('');
  const tail = '\nendstream endobj\n5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  return Buffer.concat([Buffer.from(head), stream, Buffer.from(tail)]);
}

export function docxOfLines(lines: readonly string[]): Buffer {
  return docx(wordDocument(lines.map(paragraph).join('')));
}

/**
 * Raw DEFLATE data for `megabytes` MB of spaces, made in milliseconds: one MB compressed by fflate at level 9 and
 * ended with a sync flush (byte-aligned, and its back-references only reach spaces), repeated, then an empty final
 * block. 256 MB comes to about 260 KB; compressing 256 MB in one go would take seconds.
 */
function deflatedSpaces(megabytes: number): { data: Uint8Array; crc: number; size: number } {
  const chunks: Uint8Array[] = [];
  const deflater = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const block = Buffer.alloc(MB, 0x20);
  deflater.push(block);
  deflater.flush(true);
  const compressed = Buffer.concat(chunks);
  let crc = 0;
  for (let k = 0; k < megabytes; k += 1) crc = crc32(block, crc);
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return { data: Buffer.concat([...Array.from({ length: megabytes }, () => compressed), finalEmptyBlock]), crc, size: megabytes * MB };
}

function bombItem(name: string, megabytes: number, declaredSize?: number): ZipWriteEntry {
  const bomb = deflatedSpaces(megabytes);
  return { name, data: '', raw: bomb.data, crc: bomb.crc, declaredSize: declaredSize ?? bomb.size };
}

function odt(contentXml: ZipWriteEntry): Buffer {
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>';
  return writeZip([stored('mimetype', 'application/vnd.oasis.opendocument.text'), contentXml, deflated('META-INF/manifest.xml', manifest)]);
}

// ---------------------------------------------------------------------------------------------------------------
// Legacy Word (OLE compound file)

/**
 * A Word 97 file whose sector chain loops back on itself (the last sector of WordDocument points to its first): a
 * reader that follows chains as stated never reaches the end.
 */
function loopedDoc(): Buffer {
  const wordDocumentLastSector = 9;
  const wordDocumentFirstSector = 2;
  const text = RESUME.replace(/\n/g, '\r').slice(0, 4096 - 0x800);
  return Buffer.from(makeWord97({ text, fatPatches: [[wordDocumentLastSector, wordDocumentFirstSector]] }));
}

// ---------------------------------------------------------------------------------------------------------------
// Images, text, RTF, HTML

/** A grayscale PNG: a pale page with a darker box, nothing that reads as letters. */
function blankPng(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      const inBox = x > width / 4 && x < width / 2 && y > height / 4 && y < (3 * height) / 4;
      raw[y * (width + 1) + 1 + x] = inBox ? 0x90 : 0xf2;
    }
  }
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(0, 9); // grayscale
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

const VOCABULARY = [
  'customer', 'service', 'billing', 'inbound', 'calls', 'resolved', 'escalation', 'ticket', 'chat', 'support',
  'accuracy', 'quality', 'team', 'queue', 'schedule', 'account', 'refund', 'order', 'claim', 'process',
];

/** About `bytes` bytes of words separated by spaces, with no line break anywhere. */
function oneLongLine(bytes: number, seed: number): string {
  const next = seededRandom(seed);
  const words: string[] = [];
  let length = 0;
  while (length < bytes) {
    const word = VOCABULARY[Math.floor(next() * VOCABULARY.length)] ?? 'word';
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

const rtfBody = (): string => RESUME_LINES.map((line) => `${line.replace(/[\\{}]/g, (c) => `\\${c}`)}\\par\n`).join('');

const htmlBody = (): string => RESUME_LINES.map((line) => `<p>${escapeXml(line)}</p>`).join('\n');

// ---------------------------------------------------------------------------------------------------------------

type CaseSpec = HostileCase & { readonly bytes: Uint8Array };

async function buildCases(): Promise<CaseSpec[]> {
  const resumeText = Buffer.from(RESUME, 'utf8');
  const controlPdf = await resumePdf();
  const controlDocx = docx(wordDocument(resumeBody()));
  const cut = (bytes: Uint8Array, share: number): Uint8Array => bytes.subarray(0, Math.floor(bytes.length * share));
  const okWith = (contains: string, ...flags: QualityFlag[]): HostileExpectation => ({ ok: true, contains, ...(flags.length > 0 ? { flags } : {}) });
  const fails = (code: ErrorCode): HostileExpectation => ({ code });

  return [
    // Controls: these must read cleanly, or the rest of the corpus proves nothing.
    { file: 'control-resume.txt', bytes: resumeText, expect: okWith(NAME), about: 'a valid short resume in UTF-8' },
    { file: 'control-resume.pdf', bytes: controlPdf, expect: okWith(NAME), about: 'a valid one-page resume PDF' },
    { file: 'control-resume.docx', bytes: controlDocx, expect: okWith(NAME), about: 'a valid minimal DOCX' },

    // Sizes at the edges.
    { file: 'empty.pdf', bytes: new Uint8Array(0), expect: fails('empty_file'), about: '0 bytes' },
    { file: 'one-byte.txt', bytes: Buffer.from('A'), expect: okWith('A', 'low_text'), about: 'one letter: text, read as such' },
    { file: 'one-byte-nul.pdf', bytes: new Uint8Array([0]), expect: fails('extension_mismatch'), about: 'one NUL byte named .pdf' },
    {
      file: 'over-size-limit.txt',
      bytes: Buffer.from(`${RESUME}\n`.repeat(Math.ceil((11 * MB) / (RESUME.length + 1)))).subarray(0, 11 * MB),
      expect: fails('file_too_large'),
      about: '11 MB of text, over the 10 MB default',
    },

    // PDF.
    ...[0.1, 0.5, 0.9].map((share): CaseSpec => ({
      file: `truncated-${share * 100}pct.pdf`,
      bytes: cut(controlPdf, share),
      expect: fails('corrupt_document'),
      about: `the control PDF cut off after ${share * 100}% of its bytes`,
    })),
    {
      file: 'pdf-header-then-noise.pdf',
      bytes: Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), seededBytes(1001, 64 * 1024)]),
      expect: fails('corrupt_document'),
      about: 'a PDF header followed by 64 KB of random bytes',
    },
    { file: 'zero-pages.pdf', bytes: await zeroPagePdf(), expect: fails('no_text'), about: 'a well-formed PDF whose page tree is empty' },
    {
      file: 'encrypted.pdf',
      bytes: await resumePdf({ userPassword: 'hunter2', ownerPassword: 'hunter2-owner' }),
      expect: fails('encrypted_document'),
      about: 'the control resume behind a user password (RC4, pdfkit)',
    },
    {
      file: 'five-hundred-pages.pdf',
      bytes: await manyPagePdf(500),
      expect: okWith('word1', 'pages_truncated'),
      about: '500 tiny pages, one word each: the first 20 are read',
    },
    { file: 'image-only.pdf', bytes: await imageOnlyPdf(), expect: fails('no_text'), about: 'shapes only: no text layer, and OCR finds nothing' },

    // Random bytes under each name a document can have.
    ...(['pdf', 'docx', 'txt', 'doc'] as const).map((extension, index): CaseSpec => ({
      file: `random-bytes.${extension}`,
      bytes: seededBytes(2000 + index, 16 * 1024),
      expect: fails('extension_mismatch'),
      about: `16 KB of random bytes named .${extension}`,
    })),
    { file: 'random-bytes.bin', bytes: seededBytes(2100, 16 * 1024), expect: fails('unsupported_format'), about: 'random bytes under a name that promises nothing' },

    // ZIP-based documents.
    {
      file: 'zip-bomb.docx',
      bytes: writeZip([...packageParts(), bombItem('word/document.xml', 256)]),
      expect: fails('unzipped_too_large'),
      about: 'word/document.xml of 256 MB of spaces, honestly declared',
    },
    {
      file: 'zip-bomb-lying-size.docx',
      bytes: writeZip([...packageParts(), bombItem('word/document.xml', 256, 4096)]),
      expect: fails('unzipped_too_large'),
      about: 'the same bomb declaring 4 KB: only counting the output stops it',
    },
    {
      file: 'zip-bomb.odt',
      bytes: odt(bombItem('content.xml', 256, 2048)),
      expect: fails('unzipped_too_large'),
      about: 'an ODT whose content.xml is a 256 MB bomb declaring 2 KB',
    },
    {
      file: 'ten-thousand-entries.docx',
      bytes: docx(wordDocument(resumeBody()), Array.from({ length: 10_000 }, (_, k) => stored(`customXml/item${String(k).padStart(5, '0')}.xml`, 'x'))),
      expect: okWith(NAME),
      about: 'a valid DOCX with 10,000 extra one-byte entries',
    },
    { file: 'truncated.docx', bytes: cut(controlDocx, 0.5), expect: fails('corrupt_document'), about: 'the control DOCX cut in half: no central directory' },
    {
      file: 'plain-zip.docx',
      bytes: writeZip([deflated('notes/packing-list.txt', 'projector, badges, snacks')]),
      expect: fails('extension_mismatch'),
      about: 'a plain ZIP archive named .docx',
    },
    {
      file: 'docx-document-not-xml.docx',
      bytes: docx(seededBytes(3001, 64 * 1024)),
      expect: fails('corrupt_document'),
      about: 'word/document.xml is 64 KB of random bytes',
    },
    {
      file: 'docx-nested-100k.docx',
      bytes: docx(wordDocument(`${'<w:sdt><w:sdtContent>'.repeat(50_000)}${resumeBody()}${'</w:sdtContent></w:sdt>'.repeat(50_000)}`)),
      expect: okWith(NAME),
      about: 'the resume inside 100,000 nested elements',
    },
    {
      file: 'docx-unclosed-100k.docx',
      bytes: docx(wordDocument(`${resumeBody()}${'<w:sdt>'.repeat(100_000)}${'</w:x>'.repeat(100_000)}`)),
      expect: okWith(NAME),
      about: '100,000 elements left open, then 100,000 stray end tags',
    },
    {
      file: 'docx-600k-attributes.docx',
      bytes: docx(wordDocument(`<w:p ${Array.from({ length: 600_000 }, (_, k) => `a${k}="x"`).join(' ')}></w:p>${resumeBody()}`)),
      expect: okWith(NAME),
      about: 'a paragraph tag of 600,000 attributes, read in one pass (each value skipped once)',
    },
    {
      file: 'docx-5mb-line.docx',
      bytes: docx(wordDocument(paragraph(NAME) + paragraph(oneLongLine(5 * MB, 3003)))),
      expect: okWith(NAME, 'truncated'),
      about: 'one 5 MB paragraph of words',
    },
    {
      file: 'docx-entity-bomb.docx',
      bytes: docx(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
          Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k === 0 ? '' : k};`.repeat(10)}">`).join('') +
          `]><w:document ${WORD_NS}><w:body>${resumeBody()}<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`,
      ),
      expect: okWith(NAME),
      about: 'a "billion laughs" DOCTYPE: entities must never be expanded',
    },

    // Plain text.
    { file: 'long-line-5mb.txt', bytes: Buffer.from(`${NAME} ${oneLongLine(5 * MB, 4001)}`), expect: okWith(NAME, 'truncated'), about: 'a single 5 MB line' },
    {
      file: 'utf16le-no-bom.txt',
      bytes: Buffer.from(RESUME, 'utf16le'),
      expect: okWith(NAME),
      about: 'the resume in UTF-16LE without a byte-order mark: recognised by its zero bytes and read',
    },
    {
      file: 'nul-bytes.txt',
      bytes: Buffer.from(RESUME_LINES.join('\n\0')),
      expect: fails('extension_mismatch'),
      about: 'the resume with a NUL byte at the start of every line',
    },
    { file: 'text-named.docx', bytes: resumeText, expect: okWith(NAME, 'extension_mismatch'), about: 'plain text named .docx: read by its bytes, flagged' },

    // RTF.
    {
      file: 'rtf-nested-100k.rtf',
      bytes: Buffer.from(`{\\rtf1\\ansi\\deff0 ${'{'.repeat(100_000)}${rtfBody()}${'}'.repeat(100_000)}}`, 'latin1'),
      expect: okWith(NAME),
      about: 'the resume inside 100,000 nested groups',
    },
    {
      file: 'rtf-unclosed-100k.rtf',
      bytes: Buffer.from(`{\\rtf1\\ansi\\deff0 ${rtfBody()}${'{\\b '.repeat(100_000)}`, 'latin1'),
      expect: okWith(NAME),
      about: '100,000 groups opened and never closed',
    },
    {
      file: 'rtf-huge-bin.rtf',
      bytes: Buffer.from(`{\\rtf1\\ansi\\deff0 ${rtfBody()}{\\bin2147483647 ${'\u00ff'.repeat(1024)}}}`, 'latin1'),
      expect: okWith(NAME),
      about: '\\bin declaring 2 GB of binary data in a small file',
    },

    // HTML.
    {
      file: 'html-nested-100k.html',
      bytes: Buffer.from(`<!DOCTYPE html><html><body>${'<div>'.repeat(100_000)}${htmlBody()}${'</div>'.repeat(100_000)}</body></html>`),
      expect: okWith(NAME),
      about: 'the resume inside 100,000 nested divs',
    },
    {
      file: 'html-all-script.html',
      bytes: Buffer.from(
        `<!DOCTYPE html><html><head><script>${'var resume = "Dana Whitfield";\n'.repeat(2000)}</script></head>` +
          `<body><script>document.write(resume);</script><style>p { color: red }</style></body></html>`,
      ),
      expect: fails('no_text'),
      about: 'a page that is all script and style',
    },

    // Legacy Word.
    { file: 'doc-looped-chain.doc', bytes: loopedDoc(), expect: fails('corrupt_document'), about: 'an OLE file whose sector chain loops' },

    // Names that lie.
    { file: 'docx-named.pdf', bytes: controlDocx, expect: okWith(NAME, 'extension_mismatch'), about: 'the control DOCX named .pdf' },
    { file: 'png-named.txt', bytes: blankPng(320, 120), expect: fails('no_text'), about: 'a PNG with no letters, named .txt: OCR finds nothing' },
  ];
}

/** Writes the corpus into `dir` (created if needed) and returns each file's expected outcome. */
export async function makeHostileCorpus(dir: string): Promise<HostileCase[]> {
  await mkdir(dir, { recursive: true });
  const cases = await buildCases();
  const names = new Set(cases.map((hostile) => hostile.file));
  if (names.size !== cases.length) throw new Error('two hostile cases share a file name');
  await Promise.all(cases.map((hostile) => writeFile(join(dir, hostile.file), hostile.bytes)));
  return cases.map(({ file, expect, about }) => ({ file, expect, about }));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (out === undefined) {
    console.error('usage: npx tsx scripts/make-hostile-corpus.ts <out-dir>');
    process.exit(2);
  }
  const started = performance.now();
  const cases = await makeHostileCorpus(out);
  for (const hostile of cases) {
    const outcome = 'code' in hostile.expect ? hostile.expect.code : 'ok';
    console.log(`${hostile.file.padEnd(32)} ${outcome.padEnd(20)} ${hostile.about}`);
  }
  console.log(`${cases.length} files in ${out} (${Math.round(performance.now() - started)} ms)`);
}
