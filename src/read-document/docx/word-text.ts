/**
 * The text of one WordprocessingML part (document.xml, header*.xml, footer*.xml) in document order: paragraphs,
 * tables (see {@link tableRowLines}), text boxes after the paragraph that anchors them, list items marked "• ".
 *
 * Left out, as Word leaves them out of the page: field codes (`w:instrText`, their results are kept), deleted and
 * moved-away revisions, hidden runs (`w:vanish`), earlier formatting kept for revision marks, and the second copy of
 * a drawing that `mc:AlternateContent` holds for older readers (the first `mc:Choice` is read, or else the
 * `mc:Fallback`, never both, so text-box text is not doubled).
 */
import { ElementStack } from './element-stack.js';
import { attribute, scanXml, type XmlHandler } from './scan-xml.js';
import { BlockText } from './text-blocks.js';

export interface HeaderFooterReference {
  readonly kind: 'header' | 'footer';
  /** default, first or even. */
  readonly type: string;
  /** The relationship id that names the part in document.xml.rels. */
  readonly id: string;
  /** Index of the section that references it, in document order. */
  readonly section: number;
}

export interface WordText {
  readonly text: string;
  readonly references: readonly HeaderFooterReference[];
  /** Sections whose first page has its own header and footer (`w:titlePg`): only then is a "first" part shown. */
  readonly titlePageSections: ReadonlySet<number>;
}

/** Subtrees with nothing a reader of the page sees. */
const skipped = new Set([
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:delInstrText',
  'w:fldData',
  'w:pPrChange',
  'w:rPrChange',
  'w:sectPrChange',
  'w:tblPrChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:sdtPr',
  'w:sdtEndPr',
]);

export function readWordXml(xml: string): WordText {
  const reader = new WordXmlReader();
  scanXml(xml, reader);
  return { text: reader.blocks.lines.join('\n'), references: reader.references, titlePageSections: reader.titlePageSections };
}

class WordXmlReader implements XmlHandler {
  readonly blocks = new BlockText();
  readonly references: HeaderFooterReference[] = [];
  readonly titlePageSections = new Set<number>();
  private readonly stack = new ElementStack();
  private inText = false;
  /** For each open mc:AlternateContent, whether one of its branches has been read. */
  private readonly alternates: boolean[] = [];
  /** For each open run, whether it is hidden. */
  private readonly hiddenRuns: boolean[] = [];
  private section = 0;

  open(name: string, attributes: string): void {
    const parent = this.stack.at(-1);
    if (!this.stack.enter(name, (n) => this.skips(n))) return;
    switch (name) {
      case 'w:p':
        this.blocks.startParagraph();
        break;
      case 'w:r':
        this.hiddenRuns.push(false);
        break;
      case 'w:t':
        this.inText = parent === 'w:r';
        break;
      case 'w:tab':
      case 'w:ptab':
        if (parent === 'w:r') this.addRunText('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (parent === 'w:r') this.addRunText('\n');
        break;
      case 'w:noBreakHyphen':
        if (parent === 'w:r') this.addRunText('-');
        break;
      case 'w:vanish':
      case 'w:specVanish':
        if (parent === 'w:rPr' && this.stack.at(-3) === 'w:r' && isOn(attributes)) this.hiddenRuns[this.hiddenRuns.length - 1] = true;
        break;
      case 'w:numId':
        // w:p > w:pPr > w:numPr > w:numId; numId 0 takes a style's numbering away.
        if (parent === 'w:numPr' && this.stack.at(-3) === 'w:pPr' && this.stack.at(-4) === 'w:p') {
          this.blocks.setBullet(attribute(attributes, 'val') !== '0');
        }
        break;
      case 'w:tbl':
        this.blocks.startTable();
        break;
      case 'w:tr':
        this.blocks.startRow();
        break;
      case 'w:tc':
        this.blocks.startCell();
        break;
      case 'w:txbxContent':
        this.blocks.startFloating();
        break;
      case 'mc:AlternateContent':
        this.alternates.push(false);
        break;
      case 'w:headerReference':
      case 'w:footerReference': {
        const id = attribute(attributes, 'id');
        const kind = name === 'w:headerReference' ? 'header' : 'footer';
        if (id !== undefined) this.references.push({ kind, type: attribute(attributes, 'type') ?? 'default', id, section: this.section });
        break;
      }
      case 'w:titlePg':
        if (parent === 'w:sectPr' && isOn(attributes)) this.titlePageSections.add(this.section);
        break;
    }
  }

  close(name: string): void {
    // Elements close in order in well-formed XML; a stray end tag is ignored, a missing one is implied.
    if (!this.stack.leave(name)) return;
    switch (name) {
      case 'w:p':
        this.blocks.endParagraph();
        break;
      case 'w:r':
        this.hiddenRuns.pop();
        break;
      case 'w:t':
        this.inText = false;
        break;
      case 'w:tc':
        this.blocks.endCell();
        break;
      case 'w:tr':
        this.blocks.endRow();
        break;
      case 'w:tbl':
        this.blocks.endTable();
        break;
      case 'w:txbxContent':
        this.blocks.endFloating();
        break;
      case 'mc:AlternateContent':
        this.alternates.pop();
        break;
      case 'w:sectPr':
        this.section += 1;
        break;
    }
  }

  text(text: string): void {
    if (this.inText && !this.stack.skipping) this.addRunText(text);
  }

  private addRunText(text: string): void {
    if (this.hiddenRuns.at(-1) !== true) this.blocks.addText(text);
  }

  /** Whether to leave this element's subtree out; also takes note that an AlternateContent branch is being read. */
  private skips(name: string): boolean {
    if (skipped.has(name)) return true;
    if (name === 'mc:Choice' || name === 'mc:Fallback') {
      const last = this.alternates.length - 1;
      if (last < 0 || this.alternates[last] === true) return true;
      this.alternates[last] = true;
    }
    return false;
  }
}

/** A toggle property is on unless its w:val says otherwise. */
function isOn(attributes: string): boolean {
  const value = attribute(attributes, 'val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
