/** Plain text in the encodings people's tools save: UTF-8, UTF-16 with a byte-order mark, or Windows-1252. */
import iconv from 'iconv-lite';
import type { DocumentText } from './document-types.js';

/**
 * UTF-16 saved without a byte-order mark shows itself by its zero bytes: text in Latin script has a zero in every
 * other byte (the odd ones in little-endian, the even ones in big-endian) and almost none in the other half.
 */
export function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  const pairs = sample.length / 2;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  const mostly = 0.6;
  const hardly = 0.05;
  if (oddZeros >= pairs * mostly && evenZeros <= pairs * hardly) return 'utf-16le';
  if (evenZeros >= pairs * mostly && oddZeros <= pairs * hardly) return 'utf-16be';
  return null;
}

export function readText(bytes: Uint8Array): DocumentText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return decoded(new TextDecoder(utf16).decode(bytes));
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
