import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/read-document/detect-format.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { compoundFileDamage } from '../../src/read-document/read-doc.js';
import { readDocument } from '../../src/read-document/read-document.js';
import { makeWord97 } from '../../scripts/samples/word97.js';
import { codeOfPromise } from '../support/error-code.js';

function codeOf(name: string, bytes: Uint8Array): Promise<string> {
  return codeOfPromise(readDocument({ name, bytes }, defaultReadOptions));
}

describe('legacy Word (.doc)', () => {
  it('reads the text of a Word 97 file', async () => {
    const doc = makeWord97();
    expect(compoundFileDamage(doc)).toBeNull();
    expect(detectFormat('cv.doc', doc)).toEqual({ format: 'doc', extensionMismatch: false });
    const read = await readDocument({ name: 'cv.doc', bytes: doc }, defaultReadOptions);
    expect(read.format).toBe('doc');
    expect(read.text).toBe('Ana Reyes\nCustomer Service Representative');
  });

  it('refuses a container whose sector chain loops, before word-extractor could loop forever on it', async () => {
    const looped = makeWord97({ fatPatches: [[9, 2]] });
    expect(compoundFileDamage(looped)).toBe('the sector table has a loop');
    expect(await codeOf('cv.doc', looped)).toBe('corrupt_document');
    expect(compoundFileDamage(makeWord97({ fatPatches: [[5, 9999]] }))).toBe('the sector table has a link outside the file');
  });

  it('fails a damaged header, a cut-off file or a bad Word stream with corrupt_document', async () => {
    const doc = makeWord97();
    expect(await codeOf('cv.doc', doc.subarray(0, 8))).toBe('corrupt_document');
    expect(await codeOf('cv.doc', doc.subarray(0, 1100))).toBe('corrupt_document');
    const badSectorSize = Buffer.from(doc);
    badSectorSize.writeUInt16LE(30, 0x1e);
    expect(await codeOf('cv.doc', badSectorSize)).toBe('corrupt_document');
    expect(await codeOf('cv.doc', makeWord97({ magic: 0x1234 }))).toBe('corrupt_document');
    expect(await codeOf('cv.doc', makeWord97({ streamNames: ['WordDocument', 'Other'] }))).toBe('corrupt_document');
  });

  it('says when a Word file is password-protected', async () => {
    expect(await codeOf('cv.doc', makeWord97({ fibFlags: 0x0300 }))).toBe('encrypted_document');
    expect(await codeOf('cv.docx', makeWord97({ streamNames: ['EncryptedPackage', 'EncryptionInfo'] }))).toBe('encrypted_document');
  });

  it('tells other OLE files (Excel, PowerPoint) from Word', async () => {
    const workbook = makeWord97({ streamNames: ['Workbook', 'Other'] });
    expect(await codeOf('cv.doc', workbook)).toBe('extension_mismatch');
    expect(await codeOf('sheet.xls', workbook)).toBe('unsupported_format');
  });
});
