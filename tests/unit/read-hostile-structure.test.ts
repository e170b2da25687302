import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { RolefitError } from '../../src/errors.js';
import { ElementStack } from '../../src/read-document/docx/element-stack.js';
import { readWordXml } from '../../src/read-document/docx/word-text.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { readDocument } from '../../src/read-document/read-document.js';
import { readHtml } from '../../src/read-document/read-html.js';
import { readOdfXml } from '../../src/read-document/read-odt.js';
import { wordXml } from './zip-fixtures.js';

/**
 * These inputs took 10-22 s each before (time quadratic in the nesting depth), so a bound of 2 s tells linear from
 * quadratic with a wide margin on a slow machine.
 */
const linearTimeMs = 2_000;

function timed<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

const odfNamespaces =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

describe('the open-element stack of the XML readers', () => {
  it('closes an element and everything opened inside it, and ignores a stray end tag', () => {
    const stack = new ElementStack();
    for (const name of ['w:body', 'w:p', 'w:r', 'w:t']) stack.push(name);
    expect(stack.close('w:x')).toBe(false);
    expect(stack.at(-1)).toBe('w:t');
    expect(stack.close('w:p')).toBe(true);
    expect(stack.at(-1)).toBe('w:body');
    expect(stack.close('w:r')).toBe(false);
    stack.push('w:p');
    stack.push('w:p');
    expect(stack.close('w:p')).toBe(true);
    expect(stack.close('w:p')).toBe(true);
    expect(stack.close('w:p')).toBe(false);
  });

  it('reads a DOCX part with 100,000 unclosed elements and 100,000 stray end tags in linear time', () => {
    const xml = wordXml.document(
      `${wordXml.paragraph('Ana Reyes')}${'<w:sdt>'.repeat(100_000)}${'</w:x>'.repeat(100_000)}${wordXml.paragraph('Team Leader')}`,
    );
    const { result, ms } = timed(() => readWordXml(xml));
    expect(result.text).toBe('Ana Reyes\nTeam Leader');
    expect(ms).toBeLessThan(linearTimeMs);
  });

  it('reads an ODT part with 100,000 unclosed elements and 100,000 stray end tags in linear time', () => {
    const xml =
      `<office:document-content ${odfNamespaces}><office:body><office:text><text:p>Ana Reyes</text:p>` +
      `${'<text:section>'.repeat(100_000)}${'</text:x>'.repeat(100_000)}<text:p>Team Leader</text:p>` +
      '</office:text></office:body></office:document-content>';
    const { result, ms } = timed(() => readOdfXml(xml));
    expect(result.lines).toEqual(['Ana Reyes', 'Team Leader']);
    expect(ms).toBeLessThan(linearTimeMs);
  });
});

describe('HTML nested deeper than the parser takes', () => {
  const body =
    '<h1>Ana Reyes</h1><p>ana@example.com<br>Makati City</p><script>var hidden = "not text";</script>' +
    '<ul><li>Zendesk<li>Salesforce</ul><table><tr><td>Acme</td><td>2019–2024</td></tr></table><pre>Typing:   70 WPM</pre>' +
    '<img src="x.png"><style>p { color: red }</style><p>Team &amp; Leader</p>';
  const flat = readHtml(Buffer.from(`<!DOCTYPE html><html><body>${body}</body></html>`)).text;

  it('reads 100,000 nested divs in linear time, with the same text and lines as without them', () => {
    const html = `<!DOCTYPE html><html><body>${'<div>'.repeat(100_000)}${body}${'</div>'.repeat(100_000)}</body></html>`;
    const { result, ms } = timed(() => readHtml(Buffer.from(html)));
    expect(result.text).toBe(flat);
    expect(flat.split('\n')).toEqual(['Ana Reyes', 'ana@example.com', 'Makati City', '• Zendesk', '• Salesforce', 'Acme\t2019–2024', 'Typing:   70 WPM', 'Team & Leader']);
    expect(ms).toBeLessThan(linearTimeMs);
  });

  it('keeps reading after deep elements that are never closed, or closed by an outer end tag', () => {
    const unclosed = `<html><body>${'<span>'.repeat(100_000)}${body}${'</div>'.repeat(100_000)}</body></html>`;
    const { result, ms } = timed(() => readHtml(Buffer.from(unclosed)));
    expect(result.text).toBe(flat);
    expect(ms).toBeLessThan(linearTimeMs);
    const outerClose = readHtml(Buffer.from(`<html><body><div>${'<b>'.repeat(600)}Ana Reyes</div><p>Team Leader</p></body></html>`));
    expect(outerClose.text).toBe('Ana Reyes\nTeam Leader');
  });
});

describe('a PDF without pages', () => {
  it('fails with no_text at once, without starting OCR for nothing', async () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve) => doc.on('end', () => {
      resolve();
    }));
    doc.end();
    await ended;
    const error = await readDocument({ name: 'empty-pages.pdf', bytes: Buffer.concat(chunks) }, defaultReadOptions).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RolefitError);
    expect(error).toMatchObject({ code: 'no_text', message: 'empty-pages.pdf has no pages.' });
  });
});
