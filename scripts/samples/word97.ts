/**
 * Builds minimal legacy Word (.doc) files for tests and the hostile corpus, so that both exercise the .doc reader on
 * files made here rather than on fixtures from elsewhere.
 */
const sector = 512;
const endOfChain = -2;
const free = -1;

export interface Word97Options {
  /** The text of the one piece, stored 8-bit (Word's "compressed" form). */
  readonly text?: string;
  readonly fibFlags?: number;
  readonly magic?: number;
  /** Replaces FAT entries: [index, value] pairs. */
  readonly fatPatches?: readonly (readonly [number, number])[];
  readonly streamNames?: readonly [string, string];
}

/**
 * A minimal Word 97 file: an OLE compound file (512-byte sectors: FAT, directory, then two 4 KiB streams so that no
 * mini stream is needed) whose WordDocument stream holds a FIB and the text, and whose 1Table stream holds a piece
 * table with one 8-bit piece.
 */
export function makeWord97(options: Word97Options = {}): Uint8Array {
  const text = Buffer.from(options.text ?? 'Ana Reyes\rCustomer Service Representative\r', 'latin1');
  const [wordName, tableName] = options.streamNames ?? ['WordDocument', '1Table'];
  const textOffset = 0x800;
  const word = Buffer.alloc(4096);
  word.writeUInt16LE(options.magic ?? 0xa5ec, 0);
  word.writeUInt16LE(0xc1, 2); // nFib: Word 97
  word.writeUInt16LE(options.fibFlags ?? 0x0200, 0x0a); // fWhichTblStm: the table stream is 1Table
  word.writeUInt32LE(text.length, 0x4c); // ccpText
  word.writeUInt32LE(0, 0x1a2); // fcClx
  word.writeUInt32LE(21, 0x1a6); // lcbClx
  text.copy(word, textOffset);
  const table = Buffer.alloc(4096);
  table.writeUInt8(2, 0); // Pcdt
  table.writeUInt32LE(16, 1); // PlcPcd: two CPs and one PCD
  table.writeUInt32LE(0, 5);
  table.writeUInt32LE(text.length, 9);
  table.writeUInt32LE(((textOffset * 2) | 0x40000000) >>> 0, 13 + 2); // fc, compressed
  const sectorsOf = (bytes: number): number => bytes / sector;
  const wordStart = 2;
  const tableStart = wordStart + sectorsOf(word.length);
  const fat = new Int32Array(sector / 4).fill(free);
  fat[0] = -3; // the FAT's own sector
  fat[1] = endOfChain; // directory
  for (let id = wordStart; id < tableStart; id += 1) fat[id] = id + 1 < tableStart ? id + 1 : endOfChain;
  for (let id = tableStart; id < tableStart + sectorsOf(table.length); id += 1) fat[id] = id + 1 < tableStart + sectorsOf(table.length) ? id + 1 : endOfChain;
  for (const [index, value] of options.fatPatches ?? []) fat[index] = value;
  const directory = Buffer.alloc(sector);
  const entry = (index: number, name: string, type: number, links: [number, number, number], start: number, size: number): void => {
    const at = index * 128;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67);
    directory.writeInt32LE(links[0], at + 68);
    directory.writeInt32LE(links[1], at + 72);
    directory.writeInt32LE(links[2], at + 76);
    directory.writeInt32LE(start, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, [free, free, 1], endOfChain, 0);
  entry(1, wordName, 2, [free, 2, free], wordStart, word.length);
  entry(2, tableName, 2, [free, free, free], tableStart, table.length);
  for (const empty of [3]) entry(empty, '', 0, [free, free, free], 0, 0);
  const header = Buffer.alloc(sector, 0xff);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.fill(0, 8, 0x4c);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeInt32LE(1, 0x2c); // FAT sectors
  header.writeInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38); // mini stream cutoff
  header.writeInt32LE(endOfChain, 0x3c); // no mini FAT
  header.writeInt32LE(0, 0x40);
  header.writeInt32LE(endOfChain, 0x44); // no DIFAT sectors
  header.writeInt32LE(0, 0x48);
  header.writeInt32LE(0, 0x4c); // the FAT is sector 0
  return new Uint8Array(Buffer.concat([header, Buffer.from(fat.buffer), directory, word, table]));
}
