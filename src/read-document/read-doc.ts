/**
 * Legacy Word documents (.doc, Word 97–2003, an OLE compound file) through word-extractor: headers first, then the
 * body and its text boxes, then footers, as for DOCX.
 *
 * word-extractor follows the container's sector chains and directory tree as the file states them. A damaged or
 * hostile file with a loop in a chain makes it grow an array until V8 aborts the whole process, which no try/catch
 * survives (a one-kilobyte cut-off .doc did that). So the container is checked first, by {@link compoundFileDamage}:
 * every chain must end, stay inside the file, and the directory must be a tree. Only then is word-extractor called.
 */
import WordExtractor from 'word-extractor';
import { RolefitError } from '../errors.js';
import type { DocumentText, QualityFlag } from './document-types.js';
import { keepOnce } from './docx/text-blocks.js';

export async function readDoc(name: string, bytes: Uint8Array): Promise<DocumentText> {
  const damage = compoundFileDamage(bytes);
  if (damage !== null) throw new RolefitError('corrupt_document', `${name} is a damaged legacy Word (.doc) file: ${damage}.`);
  if (isEncryptedWord(bytes)) {
    throw new RolefitError('encrypted_document', `${name} is a password-protected Word document.`);
  }
  let document;
  try {
    document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RolefitError('corrupt_document', `${name} looks like a legacy Word (.doc) file but cannot be read: ${reason}`, { cause: error });
  }
  const options = { filterUnicode: false };
  // Each header story ends with a paragraph mark; sections repeat them, so each is kept once.
  const headers = keepOnce(
    [document.getHeaders({ ...options, includeFooters: false }), document.getTextboxes({ ...options, includeBody: false })].flatMap(paragraphs),
  );
  const footers = keepOnce(paragraphs(document.getFooters(options)));
  const body = [document.getBody(options), document.getTextboxes({ ...options, includeHeadersAndFooters: false })].join('\n');
  const text = [...headers, body, ...footers].join('\n');
  const flags: QualityFlag[] = headers.length + footers.length > 0 ? ['header_footer_included'] : [];
  return { format: 'doc', text, pages: null, flags };
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/);
}

/**
 * Whether the Word stream's header (FIB) says the file is encrypted (fEncrypted, bit 8 of the flags at 0x0A): the
 * text would come out as noise. The FIB starts a sector with the magic 0xA5EC; sectors are 512 or 4096 bytes.
 */
function isEncryptedWord(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  const sectorSize = sectorShift === 12 ? 4096 : 512;
  for (let at = sectorSize; at + 0x0c <= bytes.length; at += sectorSize) {
    if (view.getUint16(at, true) !== 0xa5ec) continue;
    const version = view.getUint16(at + 2, true);
    if (version < 0x65 || version > 0x200) continue;
    return (view.getUint16(at + 0x0a, true) & 0x0100) !== 0;
  }
  return false;
}

const endOfChain = -2;
const freeSector = -1;
const lowestSpecialId = -4;
const directoryEntrySize = 128;
const miniSectorSize = 64;

/**
 * Why the OLE compound file cannot be read safely, or null when it can. Checks the header's sizes and counts, the
 * sector allocation table (FAT, with its DIFAT extension), the mini FAT and the directory, against the file's size.
 */
export function compoundFileDamage(bytes: Uint8Array): string | null {
  if (bytes.length < 512) return 'shorter than its 512-byte header';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  // A cut-off last sector reads as zeros, as it does in word-extractor's zero-filled buffers.
  const i32 = (at: number): number => (at >= 0 && at + 4 <= bytes.length ? view.getInt32(at, true) : 0);
  const sectorShift = u16(0x1e);
  if ((sectorShift !== 9 && sectorShift !== 12) || u16(0x20) !== 6) return 'bad sector sizes in the header';
  const sectorSize = 1 << sectorShift;
  const idsPerSector = sectorSize / 4;
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const fatSectors = i32(0x2c);
  const miniFatSectors = i32(0x40);
  const difatSectors = i32(0x48);
  if ([fatSectors, miniFatSectors, difatSectors].some((count) => count < 0 || count > sectorCount)) return 'sector counts larger than the file';
  const inFile = (id: number): boolean => id >= 0 && id < sectorCount && (id + 2) * sectorSize <= bytes.length + sectorSize;
  const sectorIds = (id: number): number[] => Array.from({ length: idsPerSector }, (_, k) => i32((id + 1) * sectorSize + k * 4));

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatIds: number[] = [];
  for (let k = 0; k < Math.min(109, fatSectors); k += 1) fatIds.push(i32(0x4c + k * 4));
  let difat = i32(0x44);
  for (let k = 0; k < difatSectors && fatIds.length < fatSectors; k += 1) {
    if (!inFile(difat)) return 'a DIFAT sector outside the file';
    const ids = sectorIds(difat);
    fatIds.push(...ids.slice(0, -1).slice(0, fatSectors - fatIds.length));
    difat = ids.at(-1) ?? endOfChain;
  }
  if (fatIds.length < fatSectors || !fatIds.every(inFile)) return 'a FAT sector outside the file';
  const fat = fatIds.flatMap(sectorIds);
  const fatDamage = tableDamage(fat, sectorCount);
  if (fatDamage !== null) return `the sector table has ${fatDamage}`;
  const chain = (table: readonly number[], start: number): number[] => {
    const ids: number[] = [];
    for (let id = start; id >= 0 && id < table.length; id = table[id] ?? endOfChain) ids.push(id);
    return ids;
  };

  const directoryStart = i32(0x30);
  if (!inFile(directoryStart)) return 'a directory outside the file';
  const directory = chain(fat, directoryStart).flatMap((id) => {
    const start = (id + 1) * sectorSize;
    return Array.from({ length: sectorSize / directoryEntrySize }, (_, k) => start + k * directoryEntrySize);
  }).filter((at) => at + directoryEntrySize <= bytes.length);
  const root = directory.find((at) => view.getUint8(at + 66) === 5);
  if (root === undefined) return 'no root directory entry';
  const treeDamage = directoryDamage(directory.length, root, (at, field) => i32(at + field), directory);
  if (treeDamage !== null) return treeDamage;

  const miniStreamSize = i32(root + 120);
  if (miniStreamSize < 0 || miniStreamSize > sectorCount * sectorSize) return 'a mini stream larger than the file';
  const miniFatStart = i32(0x3c);
  const miniFatIds = miniFatSectors === 0 ? [] : chain(fat, miniFatStart);
  if (!miniFatIds.every(inFile)) return 'a mini FAT sector outside the file';
  const miniFatDamage = tableDamage(miniFatIds.flatMap(sectorIds), Math.ceil(miniStreamSize / miniSectorSize));
  if (miniFatDamage !== null) return `the mini sector table has ${miniFatDamage}`;
  return null;
}

/** Every entry is a special id or a sector inside the file, and no chain runs in a loop. */
function tableDamage(table: readonly number[], sectorCount: number): string | null {
  if (table.some((id) => id < lowestSpecialId || id >= sectorCount)) return 'a link outside the file';
  const state = new Uint8Array(table.length); // 0 unseen, 1 on the current walk, 2 known to end
  for (let start = 0; start < table.length; start += 1) {
    const walk: number[] = [];
    let id = start;
    while (id > freeSector && id < table.length && state[id] === 0) {
      state[id] = 1;
      walk.push(id);
      id = table[id] ?? endOfChain;
    }
    if (id > freeSector && id < table.length && state[id] === 1) return 'a loop';
    for (const seen of walk) state[seen] = 2;
  }
  return null;
}

/** The directory's red-black tree (left, right, child links) reaches each entry at most once and only real ones. */
function directoryDamage(
  count: number,
  root: number,
  field: (at: number, offset: number) => number,
  entries: readonly number[],
): string | null {
  const seen = new Set<number>();
  const pending = [field(root, 76)];
  while (pending.length > 0) {
    const index = pending.pop() ?? freeSector;
    if (index === freeSector) continue;
    if (index < 0 || index >= count) return 'a directory link outside the directory';
    if (seen.has(index)) return 'a loop in the directory';
    seen.add(index);
    const at = entries[index] ?? 0;
    pending.push(field(at, 68), field(at, 72), field(at, 76));
  }
  return null;
}
