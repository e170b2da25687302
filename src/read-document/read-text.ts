/** Plain text in the encodings people's tools save: UTF-8, UTF-16 with a byte-order mark, or Windows-1252. */
import iconv from 'iconv-lite';
import type { DocumentText } from './document-types.js';

export function readText(bytes: Uint8Array): DocumentText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  try {
    // `fatal` makes invalid UTF-8 throw instead of turning into U+FFFD, which is how Windows-1252 text shows itself.
    return decoded(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    // Node's TextDecoder reads "windows-1252" as Latin-1, losing the dashes and quotes of 0x80-0x9F: iconv-lite does not.
    return { ...decoded(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'win1252')), flags: ['legacy_encoding'] };
  }
}

function decoded(text: string): DocumentText {
  return { format: 'text', text, pages: null, flags: [] };
}
