/**
 * HTML resumes (saved web pages, "Save as HTML" from Word, job-board exports). htmlparser2 does the parsing (the
 * forgiving tokenizer browsers' quirks need, with every named entity); this file decides the text layout: block
 * elements end lines, `<br>` breaks one, list items start with "• ", table rows become tab-separated lines as in the
 * DOCX reader, white space collapses except in `<pre>`, and scripts, styles and other non-content are dropped.
 */
import iconv from 'iconv-lite';
import { Parser, Tokenizer, type QuoteType, type TokenizerCallbacks } from 'htmlparser2';
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
  const flags: QualityFlag[] = legacy ? ['legacy_encoding'] : [];
  return { format: 'html', text: htmlToText(html), pages: null, flags };
}

/** The text of decoded HTML, laid out in lines; also what Markdown renders to. */
export function htmlToText(html: string): string {
  const builder = new HtmlText();
  // Elements the parser holds open: every open it reports is matched by a close, voids included.
  let depth = 0;
  const parser = new Parser(
    {
      onopentag: (name) => {
        depth += 1;
        builder.open(name);
      },
      onclosetag: (name) => {
        depth -= 1;
        builder.close(name);
      },
      ontext: (text) => builder.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true, Tokenizer: depthLimitedTokenizer(html, builder, () => depth) },
  );
  parser.end(html);
  return builder.finish();
}

/**
 * Deepest nesting handed to htmlparser2's Parser. Its stack of open elements costs time in proportion to its depth
 * for every element opened, so 100,000 nested divs (1 MB) took 11 s. Browsers stop nesting at 512 as well.
 */
const maxParserDepth = 512;
/** The elements htmlparser2 treats as void (no content, no end tag). */
const parserVoids = new Set([...voids, 'basefont', 'command', 'frame', 'isindex', 'keygen', 'param']);

/**
 * A tokenizer whose tags below {@link maxParserDepth} go straight to the text builder instead of the parser: their
 * text and layout are kept (blocks still end lines, scripts are still skipped), and the parser's stack stays short.
 * Tags are read from the same tokenizer as usual, so what is a tag, a comment or script content does not change.
 */
function depthLimitedTokenizer(html: string, builder: HtmlText, parserDepth: () => number): typeof Tokenizer {
  return class DepthLimitedTokenizer extends Tokenizer {
    constructor(options: ConstructorParameters<typeof Tokenizer>[0], parser: TokenizerCallbacks) {
      super(options, new DeepElementFilter(html, builder, parserDepth, parser));
    }
  };
}

class DeepElementFilter implements TokenizerCallbacks {
  /** Elements opened below the parser's depth limit, innermost last, with a count per name. */
  private readonly deep: string[] = [];
  private readonly deepCounts = new Map<string, number>();
  /** The tag being read is a deep one: its attributes and end are not the parser's. */
  private inDeepTag: string | null = null;

  constructor(
    private readonly html: string,
    private readonly builder: HtmlText,
    private readonly parserDepth: () => number,
    private readonly parser: TokenizerCallbacks,
  ) {}

  onopentagname(start: number, endIndex: number): void {
    if (this.deep.length === 0 && this.parserDepth() < maxParserDepth) {
      this.parser.onopentagname(start, endIndex);
      return;
    }
    const name = this.html.slice(start, endIndex).toLowerCase();
    this.inDeepTag = name;
    this.builder.open(name);
    if (!parserVoids.has(name)) {
      this.deep.push(name);
      this.deepCounts.set(name, (this.deepCounts.get(name) ?? 0) + 1);
    }
  }

  onopentagend(endIndex: number): void {
    if (this.inDeepTag === null) {
      this.parser.onopentagend(endIndex);
      return;
    }
    // Voids are reported closed at once, as the parser reports them.
    if (parserVoids.has(this.inDeepTag)) this.builder.close(this.inDeepTag);
    this.inDeepTag = null;
  }

  onselfclosingtag(endIndex: number): void {
    // In HTML a self-closing slash on an element that is not void means nothing, as for the parser.
    if (this.inDeepTag === null) this.parser.onselfclosingtag(endIndex);
    else this.onopentagend(endIndex);
  }

  onclosetag(start: number, endIndex: number): void {
    if (this.deep.length === 0) {
      this.parser.onclosetag(start, endIndex);
      return;
    }
    const name = this.html.slice(start, endIndex).toLowerCase();
    if ((this.deepCounts.get(name) ?? 0) > 0) {
      this.closeDeep(name);
      return;
    }
    // An end tag for an element the parser holds closes everything opened inside it, the deep ones first.
    this.closeDeep(null);
    this.parser.onclosetag(start, endIndex);
  }

  onend(): void {
    this.closeDeep(null);
    this.parser.onend();
  }

  /** Closes deep elements, innermost first, down to and including `name` (all of them when null). */
  private closeDeep(name: string | null): void {
    for (let top = this.deep.pop(); top !== undefined; top = this.deep.pop()) {
      const count = (this.deepCounts.get(top) ?? 1) - 1;
      if (count === 0) this.deepCounts.delete(top);
      else this.deepCounts.set(top, count);
      this.builder.close(top);
      if (top === name) return;
    }
  }

  onattribname(start: number, endIndex: number): void {
    if (this.inDeepTag === null) this.parser.onattribname(start, endIndex);
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.inDeepTag === null) this.parser.onattribdata(start, endIndex);
  }

  onattribentity(codepoint: number): void {
    if (this.inDeepTag === null) this.parser.onattribentity(codepoint);
  }

  onattribend(quote: QuoteType, endIndex: number): void {
    if (this.inDeepTag === null) this.parser.onattribend(quote, endIndex);
  }

  ontext(start: number, endIndex: number): void {
    this.parser.ontext(start, endIndex);
  }

  ontextentity(codepoint: number, endIndex: number): void {
    this.parser.ontextentity(codepoint, endIndex);
  }

  oncdata(start: number, endIndex: number, endOffset: number): void {
    this.parser.oncdata(start, endIndex, endOffset);
  }

  oncomment(start: number, endIndex: number, endOffset: number): void {
    this.parser.oncomment(start, endIndex, endOffset);
  }

  ondeclaration(start: number, endIndex: number): void {
    this.parser.ondeclaration(start, endIndex);
  }

  onprocessinginstruction(start: number, endIndex: number): void {
    this.parser.onprocessinginstruction(start, endIndex);
  }

  isInForeignContext(): boolean {
    return this.parser.isInForeignContext?.() ?? false;
  }
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
