/**
 * HTML resumes (saved web pages, "Save as HTML" from Word, job-board exports). htmlparser2 does the parsing (the
 * forgiving tokenizer browsers' quirks need, with every named entity); this file decides the text layout: block
 * elements end lines, `<br>` breaks one, list items start with "• ", table rows become tab-separated lines as in the
 * DOCX reader, white space collapses except in `<pre>`, and scripts, styles and other non-content are dropped.
 */
import iconv from 'iconv-lite';
import { Parser } from 'htmlparser2';
import type { DocumentText, QualityFlag } from './document-types.js';
import { tableRowLines } from './docx/text-blocks.js';

const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const skipped = new Set(['script', 'style', 'noscript', 'template', 'title', 'svg', 'math', 'object', 'iframe', 'select']);
/** Elements htmlparser2 reports as opened and closed at once, with nothing inside. */
const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function readHtml(bytes: Uint8Array): DocumentText {
  const { text: html, legacy } = decodeHtml(bytes);
  const builder = new HtmlText();
  const parser = new Parser(
    {
      onopentag: (name) => builder.open(name),
      onclosetag: (name) => builder.close(name),
      ontext: (text) => builder.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  const flags: QualityFlag[] = legacy ? ['legacy_encoding'] : [];
  return { format: 'html', text: builder.finish(), pages: null, flags };
}

interface Table {
  readonly parent: string[];
  row: string[][];
}

class HtmlText {
  private readonly lines: string[] = [];
  private readonly containers: string[][] = [this.lines];
  private readonly tables: Table[] = [];
  private line = '';
  private prefix = '';
  private skipDepth = 0;
  private preDepth = 0;

  open(name: string): void {
    if (this.skipDepth > 0) {
      if (!voids.has(name)) this.skipDepth += 1;
      return;
    }
    if (skipped.has(name)) {
      this.skipDepth = 1;
      return;
    }
    if (name === 'br') {
      this.line += '\n';
      return;
    }
    if (name === 'td' || name === 'th') {
      this.flush();
      if (this.tables.length > 0) this.containers.push([]);
      return;
    }
    if (blocks.has(name)) this.flush();
    if (name === 'li') this.prefix = '• ';
    else if (name === 'pre') this.preDepth += 1;
    else if (name === 'table') this.tables.push({ parent: this.container(), row: [] });
    else if (name === 'tr') this.tables.at(-1)?.row.splice(0);
  }

  close(name: string): void {
    if (this.skipDepth > 0) {
      // The skipped element's own close is reported by htmlparser2 even for voids: count opens and closes alike.
      if (!voids.has(name)) this.skipDepth -= 1;
      return;
    }
    if (name === 'td' || name === 'th') {
      this.flush();
      const table = this.tables.at(-1);
      if (table && this.containers.length > 1) table.row.push(this.containers.pop() ?? []);
      return;
    }
    if (blocks.has(name)) this.flush();
    if (name === 'pre') this.preDepth = Math.max(0, this.preDepth - 1);
    else if (name === 'tr') {
      const table = this.tables.at(-1);
      if (table) {
        table.parent.push(...tableRowLines(table.row));
        table.row = [];
      }
    } else if (name === 'table') this.tables.pop();
  }

  text(text: string): void {
    if (this.skipDepth > 0) return;
    // HTML collapses ASCII white space only: a no-break space stays (the cleaning stage turns it into a space).
    this.line += this.preDepth > 0 ? text.replace(/\r\n?/g, '\n') : text.replace(/[ \t\n\r\f]+/g, ' ');
  }

  finish(): string {
    this.flush();
    return this.lines.join('\n');
  }

  private flush(): void {
    const lines = this.line
      .split('\n')
      .map((line) => (this.preDepth > 0 ? line.trimEnd() : line.trim()))
      .filter((line) => line.length > 0);
    this.line = '';
    if (lines.length === 0) return;
    const [first = '', ...rest] = lines;
    this.container().push(`${this.prefix}${first}`, ...rest);
    this.prefix = '';
  }

  private container(): string[] {
    return this.containers.at(-1) ?? this.lines;
  }
}

/**
 * The page's text: a byte-order mark wins, then valid UTF-8, then the charset the page declares, then
 * Windows-1252 (flagged, as for plain text).
 */
function decodeHtml(bytes: Uint8Array): { text: string; legacy: boolean } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buffer.subarray(2)), legacy: false };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buffer.subarray(2)), legacy: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), legacy: false };
  } catch {
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(buffer.subarray(0, 4096).toString('latin1'))?.[1];
    const encoding = declared !== undefined && iconv.encodingExists(declared) ? declared : 'win1252';
    return { text: iconv.decode(buffer, encoding), legacy: true };
  }
}
