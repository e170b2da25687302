/**
 * Reads the few parts a ZIP-based document (DOCX, ODT) needs, under a budget of unpacked bytes.
 *
 * The entries are found through the central directory at the end of the file, the one index ZIP readers trust.
 * Before a batch of entries is inflated, their declared sizes are added to what is already unpacked and checked
 * against the budget; while inflating, the actual output is counted as well, because declared sizes can lie. Either
 * way a zip bomb ends as `unzipped_too_large` after at most one small step past the budget. A damaged archive (cut
 * off, bad offsets, bad deflate data, wrong checksum) ends as `corrupt_document`.
 */
import { megabytes } from '../../text/megabytes.js';
import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import { RolefitError } from '../../errors.js';

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate: the only two methods Office and LibreOffice write. */
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** As declared in the central directory: checked against the budget before, and against the output after. */
  readonly size: number;
  readonly localHeaderOffset: number;
}

const signatures = {
  endOfDirectory: 0x06054b50,
  zip64EndLocator: 0x07064b50,
  zip64End: 0x06064b50,
  directoryEntry: 0x02014b50,
  localHeader: 0x04034b50,
} as const;

/**
 * Compressed bytes handed to the inflater at a time. DEFLATE expands at most ~1032×, so a step of budget / 1032 bytes
 * unpacks at most about the budget, and memory stays under about twice the limit even for a bomb. The step is kept
 * between 1 KiB (below that fflate's cost per push shows) and 16 KiB (at most ~16 MB unpacked per step).
 */
const maxExpansion = 1032;
const smallestStep = 1024;
const largestStep = 16 * 1024;
const maxCommentLength = 0xffff;
const u32Max = 0xffffffff;
const u16Max = 0xffff;

export class ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  private unzipped = 0;

  constructor(
    private readonly documentName: string,
    private readonly bytes: Uint8Array,
    private readonly maxUnzippedBytes: number,
  ) {
    this.entries = readDirectory(bytes, (reason) => this.corrupt(reason));
  }

  /**
   * Unpacks the named entries that exist (missing ones come back undefined) as text. The declared sizes of the
   * whole batch are checked against the budget before anything is inflated.
   */
  readTexts(names: readonly string[]): (string | undefined)[] {
    return this.read(names).map((data) => (data === undefined ? undefined : decodeXml(data)));
  }

  read(names: readonly string[]): (Uint8Array | undefined)[] {
    const entries = names.map((name) => this.entries.get(name));
    const declared = entries.reduce((sum, entry) => sum + (entry?.size ?? 0), 0);
    if (this.unzipped + declared > this.maxUnzippedBytes) {
      throw this.tooLarge(`its parts declare ${megabytes(this.unzipped + declared)} unpacked`);
    }
    return entries.map((entry) => (entry === undefined ? undefined : this.unpack(entry)));
  }

  private unpack(entry: ZipEntry): Uint8Array {
    if ((entry.flags & 0x1) !== 0) {
      throw new RolefitError('encrypted_document', `${this.documentName} is password-protected (encrypted ZIP entry ${entry.name}).`);
    }
    const data = this.entryData(entry);
    const budget = this.maxUnzippedBytes - this.unzipped;
    let output: Uint8Array;
    if (entry.method === 0) {
      if (data.length > budget) throw this.tooLarge(`${entry.name} unpacks to more than the limit`);
      output = data;
    } else if (entry.method === 8) {
      output = this.inflate(entry, data, budget);
    } else {
      throw this.corrupt(`${entry.name} uses ZIP compression method ${entry.method}, which Office documents do not use`);
    }
    this.unzipped += output.length;
    if (output.length !== entry.size) throw this.corrupt(`${entry.name} unpacks to ${output.length} bytes, not the ${entry.size} declared`);
    if (crc32(output) !== entry.crc) throw this.corrupt(`${entry.name} fails its checksum`);
    return output;
  }

  private inflate(entry: ZipEntry, data: Uint8Array, budget: number): Uint8Array {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > budget) throw this.tooLarge(`${entry.name} unpacks to more than the limit`);
      chunks.push(chunk);
    });
    const step = Math.min(largestStep, Math.max(smallestStep, Math.floor(budget / maxExpansion)));
    try {
      let offset = 0;
      do {
        const end = Math.min(offset + step, data.length);
        // The last push is marked final: a stream that has not ended by then is cut off, and fflate says so.
        inflater.push(data.subarray(offset, end), end === data.length);
        offset = end;
      } while (offset < data.length);
    } catch (error) {
      if (error instanceof RolefitError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw this.corrupt(`${entry.name} has damaged compressed data (${reason})`, error);
    }
    if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
    const output = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      output.set(chunk, at);
      at += chunk.length;
    }
    return output;
  }

  /** The entry's bytes, found through its local header (whose name and extra field lengths may differ from the directory's). */
  private entryData(entry: ZipEntry): Uint8Array {
    const view = dataView(this.bytes);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== signatures.localHeader) {
      throw this.corrupt(`${entry.name} points to a missing local header`);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw this.corrupt(`${entry.name} runs past the end of the file`);
    return this.bytes.subarray(start, end);
  }

  private tooLarge(reason: string): RolefitError {
    return new RolefitError(
      'unzipped_too_large',
      `${this.documentName} is refused: ${reason} (limit ${megabytes(this.maxUnzippedBytes)}), which is how zip bombs look.`,
    );
  }

  private corrupt(reason: string, cause?: unknown): RolefitError {
    return new RolefitError('corrupt_document', `${this.documentName} is a damaged ZIP-based document: ${reason}.`, { cause });
  }
}

function readDirectory(bytes: Uint8Array, corrupt: (reason: string) => RolefitError): Map<string, ZipEntry> {
  const view = dataView(bytes);
  const end = findEndOfDirectory(bytes, view);
  if (end < 0) throw corrupt('no central directory (the file is cut off)');
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === u16Max || size === u32Max || offset === u32Max) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== signatures.zip64EndLocator) throw corrupt('a ZIP64 directory without its locator');
    const zip64End = safeNumber(view.getBigUint64(locator + 8, true));
    if (zip64End + 56 > bytes.length || view.getUint32(zip64End, true) !== signatures.zip64End) throw corrupt('a bad ZIP64 directory record');
    count = safeNumber(view.getBigUint64(zip64End + 32, true));
    size = safeNumber(view.getBigUint64(zip64End + 40, true));
    offset = safeNumber(view.getBigUint64(zip64End + 48, true));
  }
  if (offset + size > bytes.length) throw corrupt('a central directory past the end of the file');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== signatures.directoryEntry) throw corrupt('a broken central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > offset + size) throw corrupt('a broken central directory');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const sizes = {
      size: view.getUint32(at + 24, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    readZip64Extra(view, at + 46 + nameLength, extraLength, sizes);
    // The first of two same-named entries wins, as in most readers; a document has no reason to hold both.
    if (!entries.has(name)) {
      entries.set(name, {
        name,
        method: view.getUint16(at + 10, true),
        flags: view.getUint16(at + 8, true),
        crc: view.getUint32(at + 16, true),
        ...sizes,
      });
    }
    at = next;
  }
  return entries;
}

/** The end-of-directory record: the last PK\x05\x06 within the final 22 bytes plus the longest comment. */
function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - maxCommentLength; at -= 1) {
    if (bytes[at] === 0x50 && view.getUint32(at, true) === signatures.endOfDirectory) return at;
  }
  return -1;
}

/** Sizes and offsets too large for 32 bits live in the ZIP64 extra field (id 1), in this order, when marked 0xFFFFFFFF. */
function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  sizes: { size: number; compressedSize: number; localHeaderOffset: number },
): void {
  const fields = (['size', 'compressedSize', 'localHeaderOffset'] as const).filter((field) => sizes[field] === u32Max);
  if (fields.length === 0) return;
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const dataLength = view.getUint16(at + 2, true);
    if (id === 1) {
      fields.forEach((field, index) => {
        const where = at + 4 + index * 8;
        if (where + 8 <= at + 4 + dataLength) sizes[field] = safeNumber(view.getBigUint64(where, true));
      });
      return;
    }
    at += 4 + dataLength;
  }
}

/** Beyond 2^53 a size is nonsense for a resume; Infinity makes every bounds check fail as it should. */
function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}

/** XML parts are UTF-8 in practice; the XML standard also allows UTF-16 with a byte-order mark. */
function decodeXml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  // Buffer's UTF-8 decoder is several times faster than TextDecoder's on non-ASCII text; both strip nothing else.
  const text = Buffer.from(data.buffer, data.byteOffset, data.length).toString('utf8');
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
