/**
 * Small ZIP files built in the tests with the samples' writer, which controls what a real writer would never do: a
 * declared size that lies, a bad checksum, raw DEFLATE data given as is.
 */
import { deflateRawSync } from 'node:zlib';
import { writeZip, type ZipWriteEntry } from '../../scripts/samples/zip.js';

export type ZipFixtureEntry = ZipWriteEntry;

export function makeZip(entries: readonly ZipFixtureEntry[]): Uint8Array {
  return new Uint8Array(writeZip(entries));
}

/**
 * Raw DEFLATE data for `megabytes` MB of zeros, made in milliseconds: one MB compressed with a full flush (which ends
 * byte-aligned and needs no earlier data), repeated, then an empty final block. 200 MB comes to about 200 KB.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: 3 /* Z_FULL_FLUSH */ });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return new Uint8Array(Buffer.concat([...Array.from({ length: megabytes }, () => block), finalEmptyBlock]));
}

const mainNamespaces =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';

export const wordXml = {
  document: (body: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${mainNamespaces}><w:body>${body}</w:body></w:document>`,
  header: (content: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${mainNamespaces}>${content}</w:hdr>`,
  footer: (content: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:ftr ${mainNamespaces}>${content}</w:ftr>`,
  paragraph: (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`,
  relationships: (parts: readonly { id: string; kind: 'header' | 'footer'; target: string }[]): string =>
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    parts
      .map(({ id, kind, target }) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}" Target="${target}"/>`)
      .join('') +
    '</Relationships>',
};

/** A DOCX package: the parts given, plus the content types and package relationships every Word file has. */
export function makeDocx(parts: Record<string, string>, options: { raw?: Partial<Record<string, ZipFixtureEntry>> } = {}): Uint8Array {
  const all: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ...parts,
  };
  return makeZip(Object.entries(all).map(([name, data]) => options.raw?.[name] ?? { name, data }));
}
