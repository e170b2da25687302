/**
 * OpenDocument text (ODT, from LibreOffice, OpenOffice, Google Docs): content.xml for the body (paragraphs,
 * headings, lists, tables, text frames) and styles.xml for the headers and footers of the page styles. Same order
 * and same ZIP limits as DOCX: headers first, body, footers last.
 */
import { RolefitError } from '../errors.js';
import { ElementStack } from './docx/element-stack.js';
import { BrokenXmlError, attribute, scanXml, type XmlHandler } from './docx/scan-xml.js';
import { BlockText, keepOnce } from './docx/text-blocks.js';
import type { DocumentText, QualityFlag, ReadOptions } from './document-types.js';
import { ZipArchive } from './zip/read-zip.js';

export function readOdt(name: string, bytes: Uint8Array, options: Pick<ReadOptions, 'maxUnzippedBytes'>): DocumentText {
  try {
    const archive = new ZipArchive(name, bytes, options.maxUnzippedBytes);
    const [content, styles] = archive.readTexts(['content.xml', 'styles.xml']);
    if (content === undefined) throw new RolefitError('corrupt_document', `${name} is an OpenDocument file without content.xml.`);
    const body = readOdfXml(content);
    const pages = styles === undefined ? { headers: [], footers: [] } : readOdfXml(styles);
    const headers = keepOnce(pages.headers);
    const footers = keepOnce(pages.footers);
    const text = [...headers, body.lines.join('\n'), ...footers].join('\n');
    const flags: QualityFlag[] = headers.length + footers.length > 0 ? ['header_footer_included'] : [];
    return { format: 'odt', text, pages: null, flags };
  } catch (error) {
    if (error instanceof BrokenXmlError) {
      throw new RolefitError('corrupt_document', `${name} looks like an OpenDocument text but cannot be read: ${error.message}.`, { cause: error });
    }
    throw error;
  }
}

interface OdfText {
  readonly lines: string[];
  readonly headers: string[];
  readonly footers: string[];
}

/** Subtrees with nothing a reader of the page sees: note marks, comments, deleted changes, styles, index templates. */
const skipped = new Set([
  'text:note-citation',
  'office:annotation',
  'text:tracked-changes',
  'svg:title',
  'svg:desc',
  'office:binary-data',
  'office:forms',
  'office:font-face-decls',
  'office:styles',
  'office:automatic-styles',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
]);
const pageParts = new Map<string, 'headers' | 'footers'>([
  ['style:header', 'headers'],
  ['style:header-first', 'headers'],
  ['style:header-left', 'headers'],
  ['style:footer', 'footers'],
  ['style:footer-first', 'footers'],
  ['style:footer-left', 'footers'],
]);

export function readOdfXml(xml: string): OdfText {
  const reader = new OdfReader();
  scanXml(xml, reader);
  return { lines: reader.body.lines, headers: reader.headers, footers: reader.footers };
}

class OdfReader implements XmlHandler {
  readonly body = new BlockText();
  readonly headers: string[] = [];
  readonly footers: string[] = [];
  private blocks = this.body;
  private readonly stack = new ElementStack();
  private pendingBullet = false;

  open(name: string, attributes: string): void {
    const parent = this.stack.at(-1);
    const hidden = (n: string): boolean => pageParts.has(n) && attribute(attributes, 'display') === 'false';
    const skips = (n: string): boolean => skipped.has(n) || hidden(n) || (n.startsWith('text:') && n.endsWith('-source'));
    if (!this.stack.enter(name, skips)) return;
    switch (name) {
      case 'text:p':
      case 'text:h':
        this.blocks.startParagraph(this.pendingBullet && parent === 'text:list-item');
        this.pendingBullet = false;
        break;
      case 'text:list-item':
        this.pendingBullet = true;
        break;
      case 'text:list-header':
        this.pendingBullet = false;
        break;
      case 'text:s': {
        const count = Number(attribute(attributes, 'c') ?? '1');
        this.blocks.addText(' '.repeat(Number.isInteger(count) ? Math.min(Math.max(count, 1), 100) : 1));
        break;
      }
      case 'text:tab':
        this.blocks.addText('\t');
        break;
      case 'text:line-break':
        this.blocks.addText('\n');
        break;
      case 'table:table':
        this.blocks.startTable();
        break;
      case 'table:table-row':
        this.blocks.startRow();
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.blocks.startCell();
        break;
      case 'draw:text-box':
      case 'text:note-body':
        this.blocks.startFloating();
        break;
      default:
        if (pageParts.has(name)) this.blocks = new BlockText();
    }
  }

  close(name: string): void {
    // Elements close in order in well-formed XML; a stray end tag is ignored, a missing one is implied.
    if (!this.stack.leave(name)) return;
    switch (name) {
      case 'text:p':
      case 'text:h':
        this.blocks.endParagraph();
        break;
      case 'table:table':
        this.blocks.endTable();
        break;
      case 'table:table-row':
        this.blocks.endRow();
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.blocks.endCell();
        break;
      case 'draw:text-box':
      case 'text:note-body':
        this.blocks.endFloating();
        break;
      default: {
        const part = pageParts.get(name);
        if (part) {
          this[part].push(this.blocks.lines.join('\n'));
          this.blocks = this.body;
        }
      }
    }
  }

  /** ODF collapses white space in paragraphs as HTML does; runs of spaces are written as text:s. */
  text(text: string): void {
    if (!this.stack.skipping && this.blocks.inParagraph) this.blocks.addText(text.replace(/[ \t\r\n]+/g, ' '));
  }
}
