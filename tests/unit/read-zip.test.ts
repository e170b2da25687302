import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../../src/read-document/zip/read-zip.js';
import { deflatedZeros, makeZip } from './zip-fixtures.js';
import { codeOfCall as codeOf } from '../support/error-code.js';

const megabyte = 1024 * 1024;

describe('ZipArchive', () => {
  it('reads stored and deflated entries, and reports missing ones as undefined', () => {
    const zip = makeZip([
      { name: 'a.xml', data: '<a>stored é</a>', method: 0 },
      { name: 'b.xml', data: '<b>deflated</b>'.repeat(100) },
    ]);
    const archive = new ZipArchive('x.zip', zip, megabyte);
    expect([...archive.entries.keys()]).toEqual(['a.xml', 'b.xml']);
    expect(archive.readTexts(['a.xml', 'missing.xml', 'b.xml'])).toEqual(['<a>stored é</a>', undefined, '<b>deflated</b>'.repeat(100)]);
  });

  it('adds up the declared sizes of a batch before inflating any of it', () => {
    const zip = makeZip([
      { name: 'a', data: 'a', declaredSize: 600 * 1024 },
      { name: 'b', data: 'b', declaredSize: 600 * 1024 },
    ]);
    expect(codeOf(() => new ZipArchive('x.zip', zip, megabyte).read(['a']))).toBe('corrupt_document'); // 1 byte, not 600 KB
    expect(codeOf(() => new ZipArchive('x.zip', zip, megabyte).read(['a', 'b']))).toBe('unzipped_too_large');
  });

  it('stops inflating past the limit when the declared size lies, and keeps the budget across batches', () => {
    const zip = makeZip([
      { name: 'bomb', data: '', raw: deflatedZeros(50), declaredSize: 10 },
      { name: 'half', data: Buffer.alloc(700 * 1024) },
    ]);
    expect(codeOf(() => new ZipArchive('x.zip', zip, megabyte).read(['bomb']))).toBe('unzipped_too_large');
    const archive = new ZipArchive('x.zip', zip, megabyte);
    archive.read(['half']);
    expect(codeOf(() => archive.read(['half']))).toBe('unzipped_too_large');
  });

  it('tells damage apart: cut-off file, bad offsets, bad data, unknown method, encryption', () => {
    const zip = makeZip([{ name: 'a.xml', data: '<a/>'.repeat(50) }]);
    expect(codeOf(() => new ZipArchive('x.zip', zip.subarray(0, zip.length - 10), megabyte))).toBe('corrupt_document');
    const badOffset = Buffer.from(zip);
    badOffset.writeUInt32LE(0x7fffffff, badOffset.length - 6); // central directory offset
    expect(codeOf(() => new ZipArchive('x.zip', badOffset, megabyte))).toBe('corrupt_document');
    const cutData = makeZip([{ name: 'a.xml', data: 'x', raw: deflateRawSync(Buffer.from('<a/>'.repeat(50))).subarray(0, 5), declaredSize: 200 }]);
    expect(codeOf(() => new ZipArchive('x.zip', cutData, megabyte).read(['a.xml']))).toBe('corrupt_document');
    const method = Buffer.from(zip);
    method.writeUInt16LE(12, method.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10); // bzip2
    expect(codeOf(() => new ZipArchive('x.zip', method, megabyte).read(['a.xml']))).toBe('corrupt_document');
    const encrypted = Buffer.from(zip);
    encrypted.writeUInt16LE(0x0801, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect(codeOf(() => new ZipArchive('x.zip', encrypted, megabyte).read(['a.xml']))).toBe('encrypted_document');
  });
});
