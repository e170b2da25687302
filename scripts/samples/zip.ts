/**
 * A minimal ZIP reader and writer (no encryption, no ZIP64), enough to rewrite the archives `docx` produces
 * with fixed timestamps and to build test archives, hostile ones included: an entry may be stored, carry
 * already-deflated data, or declare a size or checksum that lies. Entries are deflated with node:zlib.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { FIXED_DATE } from './fixed.js';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** An entry to write, with control over what a real writer would never do. */
export interface ZipWriteEntry {
  readonly name: string;
  readonly data: string | Uint8Array;
  /** 0 stored, 8 deflate (default). */
  readonly method?: 0 | 8;
  /** Already-compressed DEFLATE data to store instead of compressing `data`. */
  readonly raw?: Uint8Array;
  /** The uncompressed size written in the headers (default: the real one). */
  readonly declaredSize?: number;
  /** The checksum written in the headers (default: the real one). */
  readonly crc?: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const VERSION = 20;
/** General-purpose flag bit 11: the name is UTF-8. Set only for names that need it, so ASCII archives stay as before. */
const UTF8_NAME_FLAG = 0x0800;
/** The end record counts entries in 16 bits. */
const MAX_RECORD_COUNT = 0xffff;

/** MS-DOS date and time fields of a date, read in UTC (so the result does not depend on the machine's time zone). */
function dosDateTime(date: Date): { time: number; date: number } {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, date: day };
}

interface PackedEntry {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  size: number;
  compressed: Buffer;
  offset: number;
}

function localHeader(entry: PackedEntry): Buffer {
  const { time, date } = dosDateTime(FIXED_DATE);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(entry.flags, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(time, 10);
  header.writeUInt16LE(date, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.compressed.length, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry: PackedEntry): Buffer {
  const { time, date } = dosDateTime(FIXED_DATE);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(entry.flags, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(time, 12);
  header.writeUInt16LE(date, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressed.length, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // extra length, comment length, disk number, internal and external attributes: all zero
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  record.writeUInt16LE(Math.min(count, MAX_RECORD_COUNT), 8);
  record.writeUInt16LE(Math.min(count, MAX_RECORD_COUNT), 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}

/** Writes the entries in the given order, all with FIXED_DATE as their modification time. */
export function writeZip(entries: readonly ZipWriteEntry[]): Buffer {
  const locals: Buffer[] = [];
  const packed: PackedEntry[] = [];
  let offset = 0;
  for (const written of entries) {
    const data = typeof written.data === 'string' ? Buffer.from(written.data, 'utf8') : written.data;
    const method = written.method ?? METHOD_DEFLATE;
    const name = Buffer.from(written.name, 'utf8');
    const compressed = written.raw ?? (method === METHOD_DEFLATE ? deflateRawSync(data, { level: 9 }) : data);
    const entry: PackedEntry = {
      name,
      flags: name.length === written.name.length ? 0 : UTF8_NAME_FLAG,
      method,
      crc: written.crc ?? crc32(data),
      size: written.declaredSize ?? data.length,
      compressed: Buffer.from(compressed),
      offset,
    };
    const local = Buffer.concat([localHeader(entry), entry.compressed]);
    locals.push(local);
    packed.push(entry);
    offset += local.length;
  }
  const central = Buffer.concat(packed.map(centralHeader));
  return Buffer.concat([...locals, central, endOfCentralDirectory(packed.length, central.length, offset)]);
}

function findEndOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= 0; at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('not a ZIP archive: no end of central directory record');
}

function readEntryData(zip: Buffer, localOffset: number, method: number, compressedSize: number): Buffer {
  if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new Error('bad ZIP local header');
  const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
  const raw = zip.subarray(start, start + compressedSize);
  if (method === METHOD_STORED) return Buffer.from(raw);
  if (method === METHOD_DEFLATE) return inflateRawSync(raw);
  throw new Error(`unsupported ZIP compression method ${method}`);
}

/** Reads every entry of an archive, in central directory order. */
export function readZip(zip: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('bad ZIP central directory header');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, data: readEntryData(zip, localOffset, method, compressedSize) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
