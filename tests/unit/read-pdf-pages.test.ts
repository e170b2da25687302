/** A PDF longer than --max-pages: a resume with certificates annexed is read up to the limit, not refused. */
import PDFDocument from 'pdfkit';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderShortlistCsv, shortlistEntry } from '../../src/build-reports/render-csv.js';
import { renderHtml } from '../../src/build-reports/render-html.js';
import { renderMarkdown } from '../../src/build-reports/render-markdown.js';
import { analyseResume } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { readDocument } from '../../src/read-document/read-document.js';
import { sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const resumePages = [
  [
    'Juan Dela Cruz', 'juan.delacruz@example.com | +63 917 555 0142 | Quezon City', '',
    'EXPERIENCE', 'Customer Service Representative, Northwind Support, Jan 2021 - Present',
    '- Handled 60 inbound calls a day on a telecom account with a 92% first-call resolution rate.',
  ],
  ['SKILLS', 'Zendesk, Salesforce, active listening, typing 55 WPM', '', 'EDUCATION', 'Bachelor of Science in Psychology, 2020'],
];
const certificatePages = 21;
/**
 * Each certificate page says something of its own in letters: a line that other pages repeat, digits aside, is dropped
 * as a header (remove-repeated-lines.ts). Page 1 names module A, page 21 module U.
 */
const firstLetter = 'A'.charCodeAt(0);
const certificateLine = (page: number): string => `Certificate of completion, training module ${String.fromCharCode(firstLetter + page - 1).repeat(3)}`;

/** A PDF of pdfkit's drawing, its bytes once it ends. */
function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve) => doc.on('end', () => {
    resolve(Buffer.concat(chunks));
  }));
  draw(doc);
  doc.end();
  return ended;
}

function resumeWithCertificates(): Promise<Buffer> {
  return pdf((doc) => {
    doc.font('Helvetica').fontSize(10);
    for (const lines of resumePages) {
      doc.addPage();
      for (const line of lines) doc.text(line.length > 0 ? line : ' ');
    }
    for (let page = 1; page <= certificatePages; page += 1) doc.addPage().text(certificateLine(page));
  });
}

let bytes: Buffer;
const totalPages = resumePages.length + certificatePages;
const { maxPages } = defaultReadOptions;
/** The last certificate within the limit, and the first past it. */
const lastRead = maxPages - resumePages.length;

beforeAll(async () => {
  bytes = await resumeWithCertificates();
});

describe('a PDF over --max-pages', () => {
  it('is read up to the limit and flagged, with the pages it has and the pages read', async () => {
    expect(totalPages).toBeGreaterThan(maxPages);
    const document = await readDocument({ name: 'juan.pdf', bytes }, defaultReadOptions);
    expect(document).toMatchObject({ format: 'pdf', pages: totalPages, pagesRead: maxPages });
    expect(document.flags).toContain('pages_truncated');
    expect(document.text).toContain('Juan Dela Cruz');
    expect(document.text).toContain(certificateLine(lastRead));
    expect(document.text).not.toContain(certificateLine(lastRead + 1));
  });

  it('is read whole, and not flagged, when the limit takes every page', async () => {
    const document = await readDocument({ name: 'juan.pdf', bytes }, { ...defaultReadOptions, maxPages: totalPages });
    expect(document.flags).not.toContain('pages_truncated');
    expect(document.pagesRead).toBeUndefined();
    expect(document.text).toContain(certificateLine(certificatePages));
  });

  it('stays in the shortlist, and every output says which pages were read and which option reads more', async () => {
    const result = await analyseResume({ name: 'juan.pdf', bytes }, {
      taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: defaultReadOptions,
    });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.document).toMatchObject({ pages: totalPages, pagesRead: maxPages });
    expect(result.candidate.contact.name).toBe('Juan Dela Cruz');
    const rows: Record<string, string>[] = parse(renderShortlistCsv([shortlistEntry(result)]), { columns: true });
    expect(rows.length).toBe(result.matches.length);
    for (const row of rows) expect(row.notes).toContain(`only the first ${maxPages} of ${totalPages} pages read (--max-pages)`);
    const note = `Only the first ${maxPages} of ${totalPages} pages were read (the --max-pages limit)`;
    expect(renderMarkdown(result)).toContain(note);
    expect(renderHtml(result)).toContain(note);
  });

  it('fails only for what its first pages lack: a scan with OCR turned off needs OCR, whatever its length', async () => {
    const scan = await pdf((doc) => {
      for (let page = 0; page < totalPages; page += 1) doc.addPage().rect(50, 50, 200, 100).fill('#777777');
    });
    const error = await readDocument({ name: 'scan.pdf', bytes: scan }, { ...defaultReadOptions, ocr: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ocr_required' });
  });

  it('keeps every page of a shorter PDF, with as many pages read as it has', async () => {
    const result = await analyseResume({ name: 'juan.pdf', bytes }, {
      taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: { ...defaultReadOptions, maxPages: totalPages },
    });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.document).toMatchObject({ pages: totalPages, pagesRead: totalPages });
    expect(result.document.flags).not.toContain('pages_truncated');
  });
});
