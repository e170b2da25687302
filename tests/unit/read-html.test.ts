import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { detectFormat } from '../../src/read-document/detect-format.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { readDocument } from '../../src/read-document/read-document.js';
import { readHtml } from '../../src/read-document/read-html.js';

const page = `\ufeff
  <!DOCTYPE html>
<html><head><title>Resume of Ana</title><style>body { font: 12px sans-serif }</style>
<script>var template = "<p>not text</p>";</script></head>
<body>
<h1>Ana L&oacute;pez &amp; Co</h1><p>ana@example.com &nbsp;|&nbsp; +63 917 555 0100<br>Makati City</p>
<div><div>Summary</div>Friendly agent with   lots
   of experience.</div>
<ul><li>Zendesk<li>Salesforce <b>Service</b> Cloud</li><li><p>Chat and email</p></li></ul>
<table><tr><th>Company<th>Dates</tr><tr><td>Acme</td><td>2019&ndash;2024</td></tr>
<tr><td><p>Sidebar line 1</p><p>Sidebar line 2</p></td><td>Main column</td></tr></table>
<pre>Typing:   70 WPM
Languages: EN, TL</pre>
<noscript>Enable JavaScript</noscript><template><p>Template text</p></template>
<p>&#8364;5 &#x2014; done &lt;tag&gt;</p>
</body></html>`;

describe('HTML', () => {
  it('turns blocks into lines, list items into bullets, table rows into tab-separated lines', () => {
    const read = readHtml(Buffer.from(page, 'utf8'));
    expect(read.text.split('\n')).toEqual([
      'Ana López & Co',
      'ana@example.com \u00a0|\u00a0 +63 917 555 0100',
      'Makati City',
      'Summary',
      'Friendly agent with lots of experience.',
      '• Zendesk',
      '• Salesforce Service Cloud',
      '• Chat and email',
      'Company\tDates',
      'Acme\t2019–2024',
      'Sidebar line 1',
      'Sidebar line 2',
      'Main column',
      'Typing:   70 WPM',
      'Languages: EN, TL',
      '€5 — done <tag>',
    ]);
    expect(read.flags).toEqual([]);
  });

  it('drops scripts, styles, the title and other non-content', () => {
    const text = readHtml(Buffer.from(page, 'utf8')).text;
    for (const hidden of ['not text', 'font:', 'Resume of Ana', 'Enable JavaScript', 'Template text']) expect(text).not.toContain(hidden);
  });

  it('decodes UTF-16 pages and legacy pages in their declared charset', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body><p>José – CSR</p></body></html>', 'utf16le')]);
    expect(detectFormat('cv.html', utf16).format).toBe('html');
    expect(readHtml(utf16).text).toBe('José – CSR');
    const cyrillic = iconv.encode('<html><head><meta charset="windows-1251"></head><body>Привет</body></html>', 'win1251');
    expect(readHtml(cyrillic)).toMatchObject({ text: 'Привет', flags: ['legacy_encoding'] });
    const western = iconv.encode('<html><body>Café – OK</body></html>', 'win1252');
    expect(readHtml(western).text).toBe('Café – OK');
  });

  it('is told from plain text by its start or its body element', async () => {
    expect(detectFormat('cv', Buffer.from('  \n<!doctype html><p>x</p>')).format).toBe('html');
    expect(detectFormat('cv', Buffer.from('<HTML><p>x</p></HTML>')).format).toBe('html');
    expect(detectFormat('cv', Buffer.from('<meta charset="utf-8">\n<body><p>Fragment</p></body>')).format).toBe('html');
    // A plain-text resume may name tags without being a page.
    expect(detectFormat('cv.txt', Buffer.from('Web developer\nSkills: HTML5, the <body> element, CSS')).format).toBe('text');
    expect(detectFormat('cv.txt', Buffer.from('Jane Doe\nhtml and css')).format).toBe('text');
    const read = await readDocument({ name: 'cv.html', bytes: Buffer.from(page, 'utf8') }, defaultReadOptions);
    expect(read).toMatchObject({ format: 'html' });
    expect(read.text.startsWith('Ana López & Co\nana@example.com  |  +63 917 555 0100')).toBe(true);
  });
});
