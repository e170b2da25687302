/**
 * RTF to text. RTF is a stream of groups `{…}`, control words `\word-12 ` and text; this converter keeps the text a
 * reader sees and drops the rest:
 * - `\par`, `\sect`, `\page` end a line, `\line` breaks one, `\tab` is a tab; table cells (`\cell`) and rows (`\row`)
 *   become tab-separated lines as in the DOCX reader; list paragraphs (`\ls`, `\listtext`, `\pntext`) start with "• ".
 * - `\'hh` bytes are decoded in the code page of the current font's charset, else the document's (`\ansicpg`, 1252
 *   by default), so double-byte code pages work too; `\uN` is a UTF-16 unit, and the `\ucN` fallback characters that
 *   follow it are skipped.
 * - Destinations that hold no page text are skipped: `{\*…}` (unless known to hold text), font, colour, style and
 *   list tables, document info, pictures, objects' data, field instructions, bookmarks, footnotes, comments; `\bin`
 *   data is jumped over; hidden text (`\v`) is dropped.
 * - Headers come first and footers last, wherever the file stores them, each text once.
 */
import iconv from 'iconv-lite';
import type { DocumentText, QualityFlag } from './document-types.js';
import { keepOnce, tableRowLines } from './docx/text-blocks.js';

type Destination = 'body' | 'header' | 'footer';

interface GroupState {
  skip: boolean;
  destination: Destination;
  /** Fallback characters after a \u escape. */
  uc: number;
  font: number | null;
  hidden: boolean;
  inFontTable: boolean;
  /** No control word read yet in this group: the next one may name a destination. */
  atStart: boolean;
  /** The group started with \*: an optional destination, skipped unless known. */
  starred: boolean;
}

const skippedDestinations = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'objdata', 'fldinst', 'listtable', 'listoverridetable',
  'revtbl', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'themedata', 'colorschememapping', 'datastore',
  'latentstyles', 'pgdsctbl', 'filetbl', 'nonshppict', 'shprslt', 'sp', 'sn', 'sv', 'bkmkstart', 'bkmkend', 'xe',
  'tc', 'tcn', 'txe', 'rxe', 'footnote', 'ftnsep', 'ftnsepc', 'aftnsep', 'aftnsepc', 'annotation', 'atnid',
  'atnauthor', 'atndate', 'atnref', 'template', 'docvar', 'userprops', 'pn', 'pntxta', 'pntxtb', 'listtext', 'pntext',
  'falt', 'panose', 'fname', 'fontemb', 'fontfile', 'passwordhash', 'wgrffmtfilter', 'protusertbl', 'blipuid',
]);
/** Starred destinations whose text is on the page: the text of Word 97+ shapes (text boxes). */
const readableStarred = new Set(['shpinst', 'shptxt']);
const headerWords = new Set(['header', 'headerl', 'headerr', 'headerf']);
const footerWords = new Set(['footer', 'footerl', 'footerr', 'footerf']);

/** Windows code page of each RTF \fcharset. */
const charsetCodePages: Record<number, number> = {
  77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255,
  178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 254: 437,
};
const symbolCharset = 2;

const characterWords: Record<string, string> = {
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
  emspace: ' ', enspace: ' ', qmspace: ' ', tab: '\t', line: '\n', nestcell: '\t',
};

/** A control word: letters, an optional signed number, and the one space that may end it. */
const controlWordPattern = /([a-zA-Z]{1,32})(-?\d{1,10})? ?/y;
const hexPattern = /[0-9a-fA-F]{1,2}/y;

export function readRtf(bytes: Uint8Array): DocumentText {
  const converter = new RtfConverter(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
  const { body, headers, footers } = converter.convert();
  const text = [...headers, body, ...footers].join('\n');
  const flags: QualityFlag[] = headers.length + footers.length > 0 ? ['header_footer_included'] : [];
  return { format: 'rtf', text, pages: null, flags };
}

/** Lines for one destination, with the table row being built. */
class RtfLines {
  readonly lines: string[] = [];
  private line = '';
  /** The paragraph is a list item by its properties (\ls), kept until \pard. */
  listProperty = false;
  /** The paragraph carried list text (\listtext, \pntext). */
  listText = false;
  inTable = false;
  private cell: string[] = [];
  private row: string[][] = [];

  text(text: string): void {
    this.line += text;
  }

  endParagraph(): void {
    const bullet = (this.listProperty || this.listText) && this.line.trim().length > 0;
    const line = bullet ? `• ${this.line.trimStart()}` : this.line;
    if (this.inTable) this.cell.push(line);
    else this.lines.push(line);
    this.line = '';
    this.listText = false;
  }

  endCell(): void {
    this.cell.push(this.line);
    this.line = '';
    this.listText = false;
    this.row.push(this.cell);
    this.cell = [];
  }

  endRow(): void {
    if (this.line.trim().length > 0 || this.cell.length > 0) this.endCell();
    this.lines.push(...tableRowLines(this.row));
    this.row = [];
  }

  finish(): string {
    if (this.row.length > 0 || this.cell.length > 0) this.endRow();
    if (this.line.length > 0) this.endParagraph();
    return this.lines.join('\n');
  }
}

class RtfConverter {
  private at = 0;
  private readonly stack: GroupState[] = [];
  private state: GroupState = {
    skip: false, destination: 'body', uc: 1, font: null, hidden: false, inFontTable: false, atStart: false, starred: false,
  };
  private readonly outputs: Record<Destination, RtfLines> = { body: new RtfLines(), header: new RtfLines(), footer: new RtfLines() };
  private documentCodePage = 1252;
  private defaultFont: number | null = null;
  private fontTableFont: number | null = null;
  private readonly fontCharsets = new Map<number, number>();
  private pendingBytes: number[] = [];
  private pendingCodePage = 1252;
  private pendingCharset = 0;
  /** Fallback characters still to skip after a \u escape. */
  private skipCount = 0;
  private headerParts: string[] = [];
  private footerParts: string[] = [];

  constructor(private readonly source: string) {}

  convert(): { body: string; headers: string[]; footers: string[] } {
    const source = this.source;
    const special = /[\\{}\r\n]/g;
    while (this.at < source.length) {
      const code = source.charCodeAt(this.at);
      if (code === 0x7b /* { */) {
        this.flushBytes();
        this.skipCount = 0;
        this.stack.push(this.state);
        this.state = { ...this.state, atStart: true, starred: false };
        this.at += 1;
      } else if (code === 0x7d /* } */) {
        this.flushBytes();
        this.skipCount = 0;
        this.endGroup();
        this.at += 1;
      } else if (code === 0x5c /* \ */) {
        this.controlSequence();
      } else if (code === 0x0d || code === 0x0a) {
        this.at += 1;
      } else {
        special.lastIndex = this.at;
        const next = special.exec(source)?.index ?? source.length;
        if (!this.state.skip) {
          this.flushBytes();
          let text = source.slice(this.at, next);
          if (this.skipCount > 0) {
            const dropped = Math.min(this.skipCount, text.length);
            text = text.slice(dropped);
            this.skipCount -= dropped;
          }
          this.emit(text);
        }
        this.at = next;
      }
    }
    this.flushBytes();
    const headers = keepOnce([...this.headerParts, this.outputs.header.finish()]);
    const footers = keepOnce([...this.footerParts, this.outputs.footer.finish()]);
    return { body: this.outputs.body.finish(), headers, footers };
  }

  private endGroup(): void {
    const closed = this.state;
    const outer = this.stack.pop();
    if (!outer) return;
    this.state = outer;
    // The document group has ended: anything after it (often NULs or a trailing newline) is not part of the text.
    if (this.stack.length === 0) this.at = this.source.length;
    // Each header or footer group is one part: keep its text apart so that repeats can be dropped.
    if (closed.destination !== outer.destination && closed.destination !== 'body') {
      const text = this.outputs[closed.destination].finish();
      (closed.destination === 'header' ? this.headerParts : this.footerParts).push(text);
      this.outputs[closed.destination] = new RtfLines();
    }
  }

  private controlSequence(): void {
    const source = this.source;
    const first = source.charAt(this.at + 1);
    const code = first.charCodeAt(0) | 0x20;
    if (code >= 0x61 && code <= 0x7a) {
      controlWordPattern.lastIndex = this.at + 1;
      const found = controlWordPattern.exec(source);
      const word = found?.[1] ?? first;
      const parameter = found?.[2] === undefined ? null : Number(found[2]);
      this.at = found ? controlWordPattern.lastIndex : this.at + 2;
      this.controlWord(word, parameter);
      return;
    }
    this.at += 2;
    if (first === "'") {
      // Two hex digits; a damaged escape takes only the digits it has, never a brace after it.
      hexPattern.lastIndex = this.at;
      const digits = hexPattern.exec(source)?.[0] ?? '';
      this.at += digits.length;
      if (this.state.skip || digits.length === 0) return;
      const byte = parseInt(digits, 16);
      if (this.skipCount > 0) {
        this.skipCount -= 1;
        return;
      }
      this.pushByte(byte);
      return;
    }
    if (first === '*') {
      if (this.state.atStart) this.state.starred = true;
      return;
    }
    if (this.state.skip) return;
    this.flushBytes();
    if (this.skipCount > 0) {
      this.skipCount -= 1;
      return;
    }
    if (first === '\\' || first === '{' || first === '}') this.emit(first);
    else if (first === '~') this.emit('\u00a0');
    else if (first === '_') this.emit('-');
    else if (first === '\n' || first === '\r') this.output().endParagraph();
  }

  private controlWord(word: string, parameter: number | null): void {
    const state = this.state;
    if (word === 'bin') {
      // Raw binary data of the given length follows: jump over it, braces and all.
      this.at += Math.max(0, parameter ?? 0);
      return;
    }
    if (state.inFontTable) {
      if (word === 'f' && parameter !== null) this.fontTableFont = parameter;
      else if (word === 'fcharset' && parameter !== null && this.fontTableFont !== null) this.fontCharsets.set(this.fontTableFont, parameter);
      return;
    }
    if (state.skip) return;
    if (state.atStart) {
      state.atStart = false;
      if (this.startsDestination(word)) return;
    } else if (skippedDestinations.has(word)) {
      this.skipGroup(word);
      return;
    }
    if (word !== 'u') this.flushBytes();
    if (this.skipCount > 0 && word !== 'uc') {
      this.skipCount -= 1;
      return;
    }
    const character = characterWords[word];
    if (character !== undefined) {
      this.emit(character);
      return;
    }
    const output = this.output();
    switch (word) {
      case 'par':
      case 'sect':
      case 'page':
      case 'nestrow':
        output.endParagraph();
        break;
      case 'cell':
        output.endCell();
        break;
      case 'row':
        output.endRow();
        break;
      case 'intbl':
        output.inTable = true;
        break;
      case 'pard':
        output.inTable = false;
        output.listProperty = false;
        break;
      case 'ls':
        output.listProperty = (parameter ?? 0) > 0;
        break;
      case 'u':
        this.flushBytes();
        if (parameter !== null) this.emit(String.fromCharCode(parameter < 0 ? parameter + 65536 : parameter));
        this.skipCount = state.uc;
        break;
      case 'uc':
        state.uc = Math.max(0, parameter ?? 1);
        break;
      case 'ansicpg':
        if (parameter !== null) this.documentCodePage = parameter;
        break;
      case 'mac':
        this.documentCodePage = 10000;
        break;
      case 'pc':
        this.documentCodePage = 437;
        break;
      case 'pca':
        this.documentCodePage = 850;
        break;
      case 'deff':
        this.defaultFont = parameter;
        break;
      case 'f':
        state.font = parameter;
        break;
      case 'plain':
        state.font = null;
        state.hidden = false;
        break;
      case 'v':
        state.hidden = parameter !== 0;
        break;
    }
  }

  /** Acts on the first control word of a group when it names a destination; true when it did. */
  private startsDestination(word: string): boolean {
    const state = this.state;
    if (word === 'fonttbl') {
      state.skip = true;
      state.inFontTable = true;
      return true;
    }
    if (skippedDestinations.has(word) || (state.starred && !readableStarred.has(word))) {
      this.skipGroup(word);
      return true;
    }
    if (headerWords.has(word) || footerWords.has(word)) {
      this.flushBytes();
      state.destination = headerWords.has(word) ? 'header' : 'footer';
      return true;
    }
    return false;
  }

  private skipGroup(word: string): void {
    this.flushBytes();
    this.state.skip = true;
    if (word === 'listtext' || word === 'pntext') this.output().listText = true;
  }

  private output(): RtfLines {
    return this.outputs[this.state.destination];
  }

  private emit(text: string): void {
    if (text.length > 0 && !this.state.skip && !this.state.hidden) this.output().text(text);
  }

  private pushByte(byte: number): void {
    const charset = this.charset();
    const codePage = this.codePage(charset);
    if (this.pendingBytes.length > 0 && (codePage !== this.pendingCodePage || charset !== this.pendingCharset)) this.flushBytes();
    this.pendingBytes.push(byte);
    this.pendingCodePage = codePage;
    this.pendingCharset = charset;
  }

  /** Consecutive \'hh bytes are decoded together: double-byte code pages need both halves. */
  private flushBytes(): void {
    if (this.pendingBytes.length === 0) return;
    const bytes = Buffer.from(this.pendingBytes);
    this.pendingBytes = [];
    if (this.pendingCharset === symbolCharset) {
      // Symbol fonts draw bullets and dingbats at Latin code points; only the bullets mean anything in text.
      this.emit([...bytes].map((byte) => (byte === 0xb7 || byte === 0xa7 ? '•' : '')).join(''));
      return;
    }
    this.emit(iconv.decode(bytes, encodingName(this.pendingCodePage)));
  }

  private charset(): number {
    const font = this.state.font ?? this.defaultFont;
    return font === null ? 0 : (this.fontCharsets.get(font) ?? 0);
  }

  /** ANSI (0) and default (1) charsets use the document's code page. */
  private codePage(charset: number): number {
    return charsetCodePages[charset] ?? this.documentCodePage;
  }
}

function encodingName(codePage: number): string {
  const name = codePage === 10000 ? 'macintosh' : `cp${codePage}`;
  return iconv.encodingExists(name) ? name : 'cp1252';
}
