import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { readDocument } from '../../src/read-document/read-document.js';
import { deflatedZeros, makeZip, type ZipFixtureEntry } from './zip-fixtures.js';
import { codeOfPromise } from '../support/error-code.js';

const namespaces =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"';

const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${namespaces}>
  <office:automatic-styles><style:style style:name="P1"/></office:automatic-styles>
  <office:body>
    <office:text>
      <text:sequence-decls><text:sequence-decl text:name="Figure"/></text:sequence-decls>
      <text:tracked-changes><text:changed-region><text:deletion><text:p>Removed words</text:p></text:deletion></text:changed-region></text:tracked-changes>
      <text:h text:outline-level="1">Customer   Service
        Representative</text:h>
      <text:p>Typing<text:tab/>70<text:s text:c="2"/>WPM<text:line-break/>Chat<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Footnote text</text:p></text:note-body></text:note></text:p>
      <text:p><draw:frame><draw:text-box><text:p>Text in a frame</text:p></draw:text-box></draw:frame>Anchor paragraph</text:p>
      <text:list>
        <text:list-header><text:p>SKILLS</text:p></text:list-header>
        <text:list-item><text:p>Zendesk</text:p><text:p>continued</text:p></text:list-item>
        <text:list-item><text:list><text:list-item><text:p>Nested item</text:p></text:list-item></text:list></text:list-item>
      </text:list>
      <table:table>
        <table:table-row><table:table-cell><text:p>Acme Telecom</text:p></table:table-cell><table:table-cell><text:p>2019 – Present</text:p></table:table-cell></table:table-row>
        <table:table-row><table:table-cell><text:p>Globex</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
      </table:table>
      <text:p>Q&amp;A <office:annotation><text:p>A comment</text:p></office:annotation>lead</text:p>
    </office:text>
  </office:body>
</office:document-content>`;

const styles = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${namespaces}>
  <office:styles><style:style style:name="Standard"/></office:styles>
  <office:master-styles>
    <style:master-page style:name="Standard">
      <style:header><text:p>Ana Reyes · ana@example.com</text:p></style:header>
      <style:header-left style:display="false"><text:p>Hidden left header</text:p></style:header-left>
      <style:footer><text:p>Page <text:page-number>1</text:page-number></text:p><text:p>Makati City</text:p></style:footer>
    </style:master-page>
    <style:master-page style:name="First"><style:header><text:p>Ana Reyes · ana@example.com</text:p></style:header></style:master-page>
  </office:master-styles>
</office:document-styles>`;

const mimetype = (type = 'application/vnd.oasis.opendocument.text'): ZipFixtureEntry => ({ name: 'mimetype', data: type, method: 0 });

async function read(bytes: Uint8Array, options = defaultReadOptions) {
  return readDocument({ name: 'cv.odt', bytes }, options);
}

function codeOf(bytes: Uint8Array, name = 'cv.odt', options = defaultReadOptions): Promise<string> {
  return codeOfPromise(readDocument({ name, bytes }, options));
}

describe('ODT', () => {
  it('reads headings, lists, tables, frames and the page header and footer in reading order', async () => {
    const odt = makeZip([mimetype(), { name: 'content.xml', data: content }, { name: 'styles.xml', data: styles }]);
    const document = await read(odt);
    expect(document.format).toBe('odt');
    expect(document.text.split('\n')).toEqual([
      'Ana Reyes · ana@example.com',
      'Customer Service Representative',
      'Typing\t70  WPM',
      'Chat',
      'Footnote text',
      'Anchor paragraph',
      'Text in a frame',
      'SKILLS',
      '• Zendesk',
      'continued',
      '• Nested item',
      'Acme Telecom\t2019 – Present',
      'Globex',
      'Q&A lead',
      'Makati City',
    ]);
    expect(document.flags).toContain('header_footer_included');
  });

  it('has no header flag without styles.xml, and fails without content.xml', async () => {
    const bodyOnly = await read(makeZip([mimetype(), { name: 'content.xml', data: content }]));
    expect(bodyOnly.flags).not.toContain('header_footer_included');
    expect(bodyOnly.text.startsWith('Customer Service Representative')).toBe(true);
    expect(await codeOf(makeZip([mimetype(), { name: 'styles.xml', data: styles }]))).toBe('corrupt_document');
  });

  it('keeps the ZIP limits', async () => {
    const bomb = makeZip([mimetype(), { name: 'content.xml', data: '', raw: deflatedZeros(20), declaredSize: 100 }]);
    expect(await codeOf(bomb, 'cv.odt', { ...defaultReadOptions, maxUnzippedBytes: 1024 * 1024 })).toBe('unzipped_too_large');
  });

  it('refuses other OpenDocument types by their media type', async () => {
    const spreadsheet = makeZip([mimetype('application/vnd.oasis.opendocument.spreadsheet'), { name: 'content.xml', data: content }]);
    expect(await codeOf(spreadsheet, 'cv.odt')).toBe('extension_mismatch');
    expect(await codeOf(spreadsheet, 'sheet.ods')).toBe('unsupported_format');
  });
});
