import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/read-document/detect-format.js';
import { RolefitError } from '../../src/errors.js';
import { makeZip } from './zip-fixtures.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const codeOf = (name: string, data: Uint8Array): string => {
  try {
    detectFormat(name, data);
    return 'none';
  } catch (error) {
    return error instanceof RolefitError ? error.code : 'untyped';
  }
};

const messageOf = (name: string, data: Uint8Array): string => {
  try {
    detectFormat(name, data);
    return 'none';
  } catch (error) {
    return error instanceof RolefitError ? `${error.code}: ${error.message}` : 'untyped';
  }
};

describe('detectFormat', () => {
  it('goes by the bytes, noting when the name disagrees', () => {
    expect(detectFormat('cv.pdf', bytes('%PDF-1.7\n…'))).toEqual({ format: 'pdf', extensionMismatch: false });
    expect(detectFormat('cv.docx', bytes('%PDF-1.4'))).toEqual({ format: 'pdf', extensionMismatch: true });
    expect(detectFormat('cv', bytes('Jane Doe\nCustomer Service'))).toEqual({ format: 'text', extensionMismatch: false });
    const docx = makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]);
    expect(detectFormat('cv.pdf', docx)).toEqual({ format: 'docx', extensionMismatch: true });
  });

  it('reads a file shorter than any signature it checks as what its bytes are, never failing on its length', () => {
    expect(detectFormat('a.txt', bytes('x'))).toEqual({ format: 'text', extensionMismatch: false });
    expect(detectFormat('cv.txt', bytes('Jane'))).toEqual({ format: 'text', extensionMismatch: false });
    expect(codeOf('cv.pdf', new Uint8Array([0]))).not.toBe('untyped');
    for (let length = 1; length <= 12; length += 1) expect(codeOf('cv.pdf', new Uint8Array(length).fill(0))).not.toBe('untyped');
  });

  it('recognises legacy Word, RTF, OpenDocument text and HTML', () => {
    // An OLE file that is not recognisably something else is handed to the Word reader, which says if it is damaged.
    expect(detectFormat('cv.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toEqual({ format: 'doc', extensionMismatch: false });
    expect(detectFormat('cv.txt', bytes('{\\rtf1\\ansi Hello}'))).toEqual({ format: 'rtf', extensionMismatch: true });
    expect(detectFormat('cv.rtf', bytes('\ufeff{\\rtf1 Hello}'))).toEqual({ format: 'rtf', extensionMismatch: false });
    const odt = makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 }, { name: 'content.xml', data: '<x/>' }]);
    expect(detectFormat('cv.odt', odt)).toEqual({ format: 'odt', extensionMismatch: false });
    expect(detectFormat('cv.html', bytes('<!DOCTYPE html><html><body>Jane</body></html>'))).toEqual({ format: 'html', extensionMismatch: false });
    expect(detectFormat('cv.htm', bytes('Jane Doe, <html> expert'))).toEqual({ format: 'text', extensionMismatch: true });
  });

  it('takes images for images, to be read with OCR', () => {
    expect(detectFormat('scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ format: 'image', extensionMismatch: false });
    expect(detectFormat('cv.pdf', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ format: 'image', extensionMismatch: true });
  });

  it('takes a WebP image for an image, which OCR reads, but not a RIFF file of another form', () => {
    const webp = new Uint8Array([...bytes('RIFF'), 0x72, 0x2c, 0x00, 0x00, ...bytes('WEBPVP8 '), 0x66, 0x2c]);
    expect(detectFormat('cv.webp', webp)).toEqual({ format: 'image', extensionMismatch: false });
    expect(detectFormat('cv.pdf', webp)).toEqual({ format: 'image', extensionMismatch: true });
    const wave = new Uint8Array([...bytes('RIFF'), 0x24, 0x08, 0x00, 0x00, ...bytes('WAVEfmt '), 0x10, 0x00]);
    expect(messageOf('voice-note.wav', wave)).toMatch(/^unsupported_format: .* holds binary data in no format rolefit reads/);
  });

  it('says a HEIC or AVIF photo is one, and to send a JPEG, PNG or PDF, not a list of every format', () => {
    // An iPhone photo: an "ftyp" box of 24 bytes, major brand heic, compatible brands mif1 and heic.
    const heic = new Uint8Array([0x00, 0x00, 0x00, 0x18, ...bytes('ftypheic'), 0x00, 0x00, 0x00, 0x00, ...bytes('mif1heic'), 0x00, 0x00]);
    expect(messageOf('IMG_2041.HEIC', heic)).toBe(
      'unsupported_format: IMG_2041.HEIC is a HEIC image, which rolefit cannot read. Send it as a JPEG or PNG image, or as a PDF.',
    );
    expect(messageOf('cv.jpg', heic)).toMatch(/^extension_mismatch: cv\.jpg is named \.jpg but is a HEIC image, which rolefit cannot read\./);
    const generic = new Uint8Array([0x00, 0x00, 0x00, 0x10, ...bytes('ftypmif1'), 0x00, 0x00, 0x00, 0x00]);
    expect(messageOf('photo.heif', generic)).toMatch(/is a HEIC image, which rolefit cannot read/);
    const avif = new Uint8Array([0x00, 0x00, 0x00, 0x1c, ...bytes('ftypavif'), 0x00, 0x00, 0x00, 0x00, ...bytes('avifmif1miaf'), 0x00]);
    expect(messageOf('photo.avif', avif)).toMatch(/is an AVIF image, which rolefit cannot read/);
    // A video shares the box but none of the image brands: it stays data in no format rolefit reads.
    const video = new Uint8Array([0x00, 0x00, 0x00, 0x18, ...bytes('ftypisom'), 0x00, 0x00, 0x02, 0x00, ...bytes('isomiso2'), 0x00]);
    expect(messageOf('clip.mp4', video)).toMatch(/^unsupported_format: clip\.mp4 holds binary data in no format rolefit reads/);
  });

  it('gives each kind of bad input its own code', () => {
    expect(codeOf('cv.pdf', new Uint8Array())).toBe('empty_file');
    const zip = makeZip([{ name: 'notes.txt', data: 'notes' }]);
    expect(codeOf('cv.docx', zip)).toBe('extension_mismatch');
    expect(codeOf('cv.zip', zip)).toBe('unsupported_format');
    const spreadsheet = makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 }]);
    expect(codeOf('cv.odt', spreadsheet)).toBe('extension_mismatch');
    expect(codeOf('data.ods', spreadsheet)).toBe('unsupported_format');
    expect(codeOf('cv.docx', zip.subarray(0, 10))).toBe('corrupt_document');
    expect(codeOf('cv.txt', new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00]))).toBe('extension_mismatch');
  });

  it('tells a ZIP of Word files and a spreadsheet from a Word file, and says what each is', () => {
    const inner = makeZip([{ name: 'word/document.xml', data: '<w:document/>', method: 0 }]);
    const batch = makeZip([{ name: 'a.docx', data: inner, method: 0 }, { name: 'b.docx', data: inner, method: 0 }]);
    expect(messageOf('batch.zip', batch)).toMatch(/^unsupported_format: .* holds a ZIP archive of 2 files \(unzip it and send the files themselves\)/);
    const workbook = makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect(messageOf('biodata.xlsx', workbook)).toMatch(/^unsupported_format: .* holds an Excel workbook \(XLSX\)/);
  });
});
