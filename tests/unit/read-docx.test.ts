import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { readDocument } from '../../src/read-document/read-document.js';
import { readDocx } from '../../src/read-document/read-docx.js';
import { deflatedZeros, makeDocx, makeZip, wordXml } from './zip-fixtures.js';
import { codeOfCall as codeOf } from '../support/error-code.js';

const { paragraph } = wordXml;
const limits = { maxUnzippedBytes: 1024 * 1024 };

const textBox = (text: string): string =>
  '<w:p><w:r><mc:AlternateContent>' +
  `<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${paragraph(text)}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${paragraph(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
  '</mc:AlternateContent></w:r></w:p>';
const cell = (...paragraphs: string[]): string => `<w:tc>${paragraphs.map(paragraph).join('')}</w:tc>`;
const row = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
const listItem = (text: string, numId = '1'): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const section = (references: string, titlePage = false): string =>
  `<w:sectPr>${references}${titlePage ? '<w:titlePg/>' : ''}<w:pgSz w:w="12240" w:h="15840"/></w:sectPr>`;

/** A resume laid out the way templates do it: contact block in the header, page number in the footer. */
function resumeDocx(): Uint8Array {
  const body =
    paragraph('Customer Service Representative') +
    textBox('Bilingual: English and Tagalog') +
    paragraph('SKILLS') +
    listItem('Zendesk') +
    listItem('Not a list item', '0') +
    `<w:tbl><w:tblPr/>${row(cell('Acme Telecom'), cell('2019 – Present'))}${row(cell('Globex BPO'), cell('2016 – 2019'))}</w:tbl>` +
    `<w:tbl>${row(cell('CONTACT', 'Makati City'), cell('EXPERIENCE', 'Handled 80 calls a day'))}</w:tbl>` +
    '<w:p><w:r><w:t>Typing</w:t><w:tab/><w:t>70 WPM</w:t><w:br/><w:t>Chat</w:t><w:cr/><w:t>Email</w:t></w:r></w:p>' +
    '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden note</w:t></w:r><w:r><w:t>Visible</w:t></w:r></w:p>' +
    '<w:p><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del><w:ins><w:r><w:t>inserted words</w:t></w:r></w:ins></w:p>' +
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x.example" </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>linkedin.com/in/ana</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
    paragraph('Tom &amp; Jerry &lt;QA&gt; &#8212; done') +
    section('<w:headerReference w:type="default" r:id="rId10"/><w:headerReference w:type="first" r:id="rId11"/><w:footerReference w:type="default" r:id="rId12"/>');
  return makeDocx({
    'word/document.xml': wordXml.document(body),
    'word/_rels/document.xml.rels': wordXml.relationships([
      { id: 'rId10', kind: 'header', target: 'header1.xml' },
      { id: 'rId11', kind: 'header', target: 'header2.xml' },
      { id: 'rId12', kind: 'footer', target: 'footer1.xml' },
    ]),
    'word/header1.xml': wordXml.header(paragraph('Ana Reyes') + paragraph('ana@example.com | +63 917 555 0100')),
    'word/header2.xml': wordXml.header(paragraph('First-page header that Word does not show without titlePg')),
    'word/footer1.xml': wordXml.footer(paragraph('References on request') + paragraph('Page 1 of 2')),
  });
}

describe('readDocx', () => {
  it('puts the header first, the body in document order, and footers last', () => {
    const { text, flags } = readDocx('cv.docx', resumeDocx(), limits);
    expect(text.split('\n').filter((line) => line.trim() !== '')).toEqual([
      'Ana Reyes',
      'ana@example.com | +63 917 555 0100',
      'Customer Service Representative',
      'Bilingual: English and Tagalog',
      'SKILLS',
      '• Zendesk',
      'Not a list item',
      'Acme Telecom\t2019 – Present',
      'Globex BPO\t2016 – 2019',
      'CONTACT',
      'Makati City',
      'EXPERIENCE',
      'Handled 80 calls a day',
      'Typing\t70 WPM',
      'Chat',
      'Email',
      'Visible',
      'inserted words',
      'linkedin.com/in/ana',
      'Tom & Jerry <QA> — done',
      'References on request',
    ]);
    expect(flags).toEqual(['header_footer_included']);
  });

  it('reads a text box once although the file stores it twice', () => {
    const { text } = readDocx('cv.docx', resumeDocx(), limits);
    expect(text.match(/Bilingual/g)).toHaveLength(1);
  });

  it('reads the Fallback branch when there is no Choice', () => {
    const body =
      '<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:textbox><w:txbxContent>' +
      paragraph('Only in the fallback') +
      '</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    expect(readDocx('a.docx', makeDocx({ 'word/document.xml': wordXml.document(body) }), limits).text).toBe('\nOnly in the fallback');
  });

  it('shows the first-page header only when the section has a distinct first page, and a repeated header once', () => {
    const references = '<w:headerReference w:type="default" r:id="rId10"/><w:headerReference w:type="first" r:id="rId11"/>';
    const parts = {
      'word/_rels/document.xml.rels': wordXml.relationships([
        { id: 'rId10', kind: 'header', target: 'header1.xml' },
        { id: 'rId11', kind: 'header', target: 'header2.xml' },
        { id: 'rId12', kind: 'header', target: 'header3.xml' },
      ]),
      'word/header1.xml': wordXml.header(paragraph('Default header')),
      'word/header2.xml': wordXml.header(paragraph('First page header')),
      'word/header3.xml': wordXml.header(paragraph('Default header')),
    };
    const twoSections =
      `<w:p><w:pPr>${section(references, true)}</w:pPr></w:p>` + paragraph('Body') + section('<w:headerReference w:type="default" r:id="rId12"/>');
    const read = readDocx('a.docx', makeDocx({ ...parts, 'word/document.xml': wordXml.document(twoSections) }), limits);
    expect(read.text).toBe('First page header\nDefault header\n\nBody');
  });

  it('adds nothing and no flag when there is no header or footer, or only a page number', () => {
    const withPageNumber = makeDocx({
      'word/document.xml': wordXml.document(paragraph('Body only') + section('<w:footerReference w:type="default" r:id="rId12"/>')),
      'word/_rels/document.xml.rels': wordXml.relationships([{ id: 'rId12', kind: 'footer', target: 'footer1.xml' }]),
      'word/footer1.xml': wordXml.footer(paragraph('Page 2 of 3')),
    });
    expect(readDocx('a.docx', withPageNumber, limits)).toEqual({ format: 'docx', text: 'Body only', pages: null, flags: [] });
    const plain = makeDocx({ 'word/document.xml': wordXml.document(paragraph('Body only')) });
    expect(readDocx('b.docx', plain, limits).flags).toEqual([]);
  });

  it('reads WordprocessingML under any namespace prefix', () => {
    const xml =
      '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>' +
      '<x:p><x:r><x:t>Prefixed</x:t><x:tab/><x:t>text</x:t></x:r></x:p></x:body></x:document>';
    expect(readDocx('a.docx', makeDocx({ 'word/document.xml': xml }), limits).text).toBe('Prefixed\ttext');
  });

  it('fails damaged packages with corrupt_document', () => {
    const good = makeDocx({ 'word/document.xml': wordXml.document(paragraph('Hello')) });
    expect(codeOf(() => readDocx('a.docx', good.subarray(0, good.length - 30), limits))).toBe('corrupt_document');
    const badCrc = makeDocx({ 'word/document.xml': '' }, { raw: { 'word/document.xml': { name: 'word/document.xml', data: wordXml.document(paragraph('Hi')), crc: 1 } } });
    expect(codeOf(() => readDocx('a.docx', badCrc, limits))).toBe('corrupt_document');
    const badDeflate = makeDocx({ 'word/document.xml': '' }, {
      raw: { 'word/document.xml': { name: 'word/document.xml', data: 'x', raw: new Uint8Array([0xff, 0xff, 0xff, 0xff]) } },
    });
    expect(codeOf(() => readDocx('a.docx', badDeflate, limits))).toBe('corrupt_document');
    const brokenXml = makeDocx({ 'word/document.xml': '<w:document><w:body><w:p><w:r><w:t>cut off' + '<w:t attr="never closed' });
    expect(codeOf(() => readDocx('a.docx', brokenXml, limits))).toBe('corrupt_document');
    expect(codeOf(() => readDocx('a.docx', makeZip([{ name: 'word/other.xml', data: '<x/>' }]), limits))).toBe('corrupt_document');
  });

  it('refuses a zip bomb, whether its sizes are declared or hidden', () => {
    const bomb = deflatedZeros(200);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const declared = makeDocx({ 'word/document.xml': '' }, {
      raw: { 'word/document.xml': { name: 'word/document.xml', data: '', raw: bomb, declaredSize: 200 * 1024 * 1024 } },
    });
    expect(codeOf(() => readDocx('bomb.docx', declared, limits))).toBe('unzipped_too_large');
    const hidden = makeDocx({ 'word/document.xml': '' }, {
      raw: { 'word/document.xml': { name: 'word/document.xml', data: '', raw: bomb, declaredSize: 1000 } },
    });
    const started = performance.now();
    expect(codeOf(() => readDocx('bomb.docx', hidden, limits))).toBe('unzipped_too_large');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts headers and footers against the same limit', () => {
    const big = 'x'.repeat(600 * 1024);
    const docx = makeDocx({
      'word/document.xml': wordXml.document(paragraph(big) + section('<w:headerReference w:type="default" r:id="rId10"/>')),
      'word/_rels/document.xml.rels': wordXml.relationships([{ id: 'rId10', kind: 'header', target: 'header1.xml' }]),
      'word/header1.xml': wordXml.header(paragraph(big)),
    });
    expect(codeOf(() => readDocx('a.docx', docx, limits))).toBe('unzipped_too_large');
    expect(codeOf(() => readDocx('a.docx', docx, { maxUnzippedBytes: 2 * 1024 * 1024 }))).toBe('none');
  });

  it('goes through readDocument, which applies the limit from its options', async () => {
    const read = await readDocument({ name: 'ana.docx', bytes: resumeDocx() }, defaultReadOptions);
    expect(read.format).toBe('docx');
    expect(read.text.startsWith('Ana Reyes\nana@example.com')).toBe(true);
    expect(read.flags).toContain('header_footer_included');
    const bomb = makeDocx({ 'word/document.xml': '' }, {
      raw: { 'word/document.xml': { name: 'word/document.xml', data: '', raw: deflatedZeros(2), declaredSize: 2 * 1024 * 1024 } },
    });
    await expect(readDocument({ name: 'bomb.docx', bytes: bomb }, { ...defaultReadOptions, maxUnzippedBytes: 1024 * 1024 })).rejects.toMatchObject({
      code: 'unzipped_too_large',
    });
  });
});
