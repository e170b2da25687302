/**
 * DOCX rendering of a parsed resume. `docx` stamps the current time into docProps/core.xml and into the ZIP
 * headers, so the package is rewritten afterwards with fixed dates (see normaliseDocx).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { FIXED_DATE } from './fixed.js';
import { isEntryTitle, type Block, type Resume, type Section } from './parse-resume.js';
import { readZip, writeZip, type ZipEntry } from './zip.js';

export type ContactBlock = 'lines' | 'table';

const ACCENT = '1F3A5F';
const MUTED = '555555';
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Typed as IRunOptions, not `IRunOptions | string`, so `bold` is not mistaken for String.prototype.bold. */
function run(options: IRunOptions): TextRun {
  return new TextRun(options);
}

function nameParagraph(name: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment,
    spacing: { after: 60 },
    children: [run({ text: name, bold: true, size: 36, color: ACCENT, font: 'Calibri' })],
  });
}

function contactParagraph(line: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  return new Paragraph({ alignment, spacing: { after: 0 }, children: [run({ text: line, size: 19, color: MUTED })] });
}

function headerAsLines(resume: Resume): Paragraph[] {
  return [
    nameParagraph(resume.name, AlignmentType.CENTER),
    ...resume.contact.map((line) => contactParagraph(line, AlignmentType.CENTER)),
  ];
}

/** Name on the left, contact lines on the right, in a borderless one-row table. */
function headerAsTable(resume: Resume): Table {
  const borders = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
  const cell = (children: Paragraph[], width: number): TableCell =>
    new TableCell({ children, borders, width: { size: width, type: WidthType.PERCENTAGE } });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [4680, 4680],
    borders: { ...borders, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [
      new TableRow({
        children: [
          cell([nameParagraph(resume.name, AlignmentType.LEFT)], 50),
          cell(resume.contact.map((line) => contactParagraph(line, AlignmentType.RIGHT)), 50),
        ],
      }),
    ],
  });
}

function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 80 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 1 } },
    children: [run({ text, bold: true, size: 24, color: ACCENT })],
  });
}

function blockParagraph(blocks: readonly Block[], index: number): Paragraph | null {
  const block = blocks[index];
  if (block === undefined || block.kind === 'gap') return null;
  if (block.kind === 'bullet') {
    return new Paragraph({ bullet: { level: 0 }, spacing: { after: 20 }, children: [run({ text: block.text })] });
  }
  const bold = isEntryTitle(blocks, index);
  const spacing = { before: bold ? 120 : 0, after: 40 };
  return new Paragraph({ spacing, children: [run({ text: block.text, bold })] });
}

function sectionParagraphs(section: Section): Paragraph[] {
  const body = section.blocks
    .map((_, index) => blockParagraph(section.blocks, index))
    .filter((paragraph): paragraph is Paragraph => paragraph !== null);
  return section.heading === null ? body : [headingParagraph(section.heading), ...body];
}

function buildDocument(resume: Resume, contactBlock: ContactBlock): Document {
  const header = contactBlock === 'table' ? [headerAsTable(resume)] : headerAsLines(resume);
  return new Document({
    title: `Resume - ${resume.name}`,
    creator: resume.name,
    lastModifiedBy: resume.name,
    revision: 1,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } },
        children: [...header, ...resume.sections.flatMap(sectionParagraphs)],
      },
    ],
  });
}

function fixCoreDates(xml: string): string {
  const stamp = FIXED_DATE.toISOString();
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/gu, `$1${stamp}$3`);
}

/** Rewrites the package with fixed core-property dates and fixed ZIP timestamps. */
export function normaliseDocx(docx: Buffer): Buffer {
  const entries = readZip(docx).map(
    (entry): ZipEntry =>
      entry.name === 'docProps/core.xml'
        ? { name: entry.name, data: Buffer.from(fixCoreDates(entry.data.toString('utf8')), 'utf8') }
        : entry,
  );
  return writeZip(entries);
}

export async function renderResumeDocx(resume: Resume, contactBlock: ContactBlock): Promise<Buffer> {
  const packed = await Packer.toBuffer(buildDocument(resume, contactBlock));
  return normaliseDocx(packed);
}
