/** PDF renderings of a parsed resume (single column or sidebar layout) and an image-only "scanned" page. */
import PDFDocument from 'pdfkit';
import { PDFParse } from 'pdf-parse';
import { FIXED_DATE, seededRandom } from './fixed.js';
import { isEntryTitle, type Block, type Resume, type Section } from './parse-resume.js';

type Doc = PDFKit.PDFDocument;
export type PdfLayout = 'single' | 'two-column';

interface Column {
  x: number;
  width: number;
}

const PAGE = { width: 612, height: 792 } as const; // US Letter
const MARGIN = 50;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#1f3a5f';
const SIDEBAR_FILL = '#e9eef4';
const BODY_SIZE = 10;
const BULLET_INDENT = 12;
const SIDEBAR_HEADINGS = /skill|competenc|language|certif|licen|training/iu;

function createDocument(title: string, author: string | undefined): Doc {
  return new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: title, ...(author === undefined ? {} : { Author: author }), CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
}

/** Ends the document and resolves with its bytes. */
function finish(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
    doc.end();
  });
}

/** Starts a new page when fewer than `needed` points are left, so a block is never split by a page break. */
function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function writeText(doc: Doc, text: string, column: Column, bold = false): void {
  doc.font(bold ? BOLD : FONT).fontSize(BODY_SIZE).fillColor(INK);
  ensureSpace(doc, doc.heightOfString(text, { width: column.width }));
  doc.text(text, column.x, doc.y, { width: column.width });
}

function writeBullet(doc: Doc, marker: string, text: string, column: Column): void {
  const width = column.width - BULLET_INDENT;
  doc.font(FONT).fontSize(BODY_SIZE).fillColor(INK);
  ensureSpace(doc, doc.heightOfString(text, { width }));
  const top = doc.y;
  doc.text(marker, column.x, top, { width: BULLET_INDENT, lineBreak: false });
  doc.text(text, column.x + BULLET_INDENT, top, { width });
}

function writeHeading(doc: Doc, heading: string, column: Column): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.7);
  doc.font(BOLD).fontSize(12).fillColor(ACCENT);
  doc.text(heading, column.x, doc.y, { width: column.width });
  const ruleY = doc.y + 1;
  doc.moveTo(column.x, ruleY).lineTo(column.x + column.width, ruleY).lineWidth(0.6).strokeColor(ACCENT).stroke();
  doc.y = ruleY + 4;
}

function writeBlocks(doc: Doc, blocks: readonly Block[], column: Column): void {
  blocks.forEach((block, index) => {
    if (block.kind === 'gap') doc.moveDown(0.45);
    else if (block.kind === 'bullet') writeBullet(doc, block.marker, block.text, column);
    else writeText(doc, block.text, column, isEntryTitle(blocks, index));
  });
}

function writeSection(doc: Doc, section: Section, column: Column): void {
  if (section.heading !== null) writeHeading(doc, section.heading, column);
  writeBlocks(doc, section.blocks, column);
}

function writeName(doc: Doc, name: string, column: Column, size: number): void {
  doc.font(BOLD).fontSize(size).fillColor(ACCENT);
  doc.text(name, column.x, doc.y, { width: column.width });
}

function writeContact(doc: Doc, lines: readonly string[], column: Column): void {
  doc.font(FONT).fontSize(9.5).fillColor(MUTED);
  for (const line of lines) doc.text(line, column.x, doc.y, { width: column.width });
}

function renderSingle(doc: Doc, resume: Resume): void {
  const column: Column = { x: MARGIN, width: PAGE.width - 2 * MARGIN };
  writeName(doc, resume.name, column, 20);
  doc.moveDown(0.2);
  writeContact(doc, resume.contact, column);
  for (const section of resume.sections) writeSection(doc, section, column);
}

function renderTwoColumn(doc: Doc, resume: Resume): void {
  const sidebarWidth = 200;
  const sidebar: Column = { x: 28, width: sidebarWidth - 2 * 28 + 14 };
  const main: Column = { x: sidebarWidth + 24, width: PAGE.width - sidebarWidth - 24 - 40 };
  const top = MARGIN;
  const isSidebar = (section: Section): boolean => section.heading !== null && SIDEBAR_HEADINGS.test(section.heading);

  doc.rect(0, 0, sidebarWidth, PAGE.height).fill(SIDEBAR_FILL);
  doc.y = top;
  writeHeading(doc, 'CONTACT', sidebar);
  writeContact(doc, resume.contact, sidebar);
  for (const section of resume.sections.filter(isSidebar)) writeSection(doc, section, sidebar);

  doc.y = top;
  writeName(doc, resume.name, main, 22);
  for (const section of resume.sections.filter((candidate) => !isSidebar(candidate))) {
    writeSection(doc, section, main);
  }
}

export function renderResumePdf(resume: Resume, layout: PdfLayout): Promise<Buffer> {
  const doc = createDocument(`Resume - ${resume.name}`, resume.name);
  if (layout === 'two-column') renderTwoColumn(doc, resume);
  else renderSingle(doc, resume);
  return finish(doc);
}

/** Grey bars where lines of text would be: a page that looks like a resume but has no text layer at all. */
function drawTextLikeBars(doc: Doc, next: () => number): void {
  let y = 170;
  while (y < PAGE.height - 90) {
    const isHeading = next() < 0.15;
    if (isHeading) {
      y += 14;
      doc.rect(70, y, 140, 9).fill('#3a3a3a');
      doc.moveTo(70, y + 14).lineTo(PAGE.width - 70, y + 14).lineWidth(0.8).stroke('#6b6b6b');
      y += 24;
    } else {
      const width = 250 + Math.floor(next() * 200);
      doc.rect(next() < 0.5 ? 70 : 84, y, width, 6).fill('#8c8c8c');
      y += 13;
    }
  }
}

export function renderScannedImagePdf(): Promise<Buffer> {
  const doc = createDocument('Scan 0001', undefined);
  const next = seededRandom(20250101);
  doc.rect(0, 0, PAGE.width, PAGE.height).fill('#f3f0e8');
  doc.rect(PAGE.width - 160, 60, 90, 105).fill('#b9b4aa');
  doc.circle(PAGE.width - 115, 95, 22).fill('#8f897e');
  doc.rect(70, 70, 240, 18).fill('#2b2b2b');
  doc.rect(70, 100, 300, 6).fill('#7a7a7a');
  doc.rect(70, 114, 220, 6).fill('#7a7a7a');
  drawTextLikeBars(doc, next);
  return finish(doc);
}

/** Rendering resolution of a scan: 150 dpi, a common scanner setting. */
const SCAN_WIDTH_PIXELS = Math.round((PAGE.width / 72) * 150);

/**
 * A scan of a PDF: its first page rasterised (pdf.js drawing through pdf-parse), then placed as the only content of
 * a new page, so the result has no text layer at all.
 */
export async function renderScannedPdf(pdf: Buffer): Promise<Buffer> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const shot = await parser.getScreenshot({ first: 1, desiredWidth: SCAN_WIDTH_PIXELS, imageBuffer: true, imageDataUrl: false });
  await parser.destroy();
  const page = shot.pages[0];
  if (!page) throw new Error('the PDF to scan has no page');
  const doc = createDocument('Scanned resume', undefined);
  doc.image(Buffer.from(page.data), 0, 0, { width: PAGE.width, height: PAGE.height });
  return finish(doc);
}
