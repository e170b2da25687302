import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/read-document/detect-format.js';
import { RolefitError } from '../../src/errors.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const codeOf = (name: string, data: Uint8Array): string => {
  try {
    detectFormat(name, data);
    return 'none';
  } catch (error) {
    return error instanceof RolefitError ? error.code : 'untyped';
  }
};

describe('detectFormat', () => {
  it('goes by the bytes, noting when the name disagrees', () => {
    expect(detectFormat('cv.pdf', bytes('%PDF-1.7\n…'))).toEqual({ format: 'pdf', extensionMismatch: false });
    expect(detectFormat('cv.docx', bytes('%PDF-1.4'))).toEqual({ format: 'pdf', extensionMismatch: true });
    expect(detectFormat('cv', bytes('Jane Doe\nCustomer Service'))).toEqual({ format: 'text', extensionMismatch: false });
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('....word/document.xml....'), 0x50, 0x4b, 0x05, 0x06]);
    expect(detectFormat('cv.pdf', docx)).toEqual({ format: 'docx', extensionMismatch: true });
  });

  it('gives each kind of bad input its own code', () => {
    expect(codeOf('cv.pdf', new Uint8Array())).toBe('empty_file');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('notes.txt'), 0x50, 0x4b, 0x05, 0x06]);
    expect(codeOf('cv.docx', zip)).toBe('extension_mismatch');
    expect(codeOf('cv.zip', zip)).toBe('unsupported_format');
    expect(codeOf('cv.docx', zip.subarray(0, 10))).toBe('corrupt_document');
    expect(codeOf('cv.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toBe('unsupported_format');
    expect(codeOf('scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('ocr_required');
    expect(codeOf('cv.txt', new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00]))).toBe('extension_mismatch');
  });
});
