import { trimCharacters } from '../text/trim-characters.js';

/**
 * Normalises extracted text so later stages see one form: Unicode compatibility forms folded (ligatures such as
 * "ﬁ", full-width letters), one kind of line break, no trailing blanks, at most one empty line in a row.
 */
export function cleanText(raw: string): string {
  const cleaned = raw
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    // Symbol-font bullets arrive as private-use characters (U+F0B7, U+F0A7, …): a bullet at a line start, else a space.
    .replace(/^([ \t]*)[\uF000-\uF0FF][ \t]*/gm, '$1• ')
    .replace(/[\uE000-\uF8FF]/g, ' ')
    .split('\n')
    // Per line rather than /[ \t]+$/gm, which took 49 s over a line holding 200,000 spaces (see trimCharacters).
    .map((line) => trimCharacters(line, ' \t', 'end'))
    .join('\n')
    // A hyphenated word broken at a line end ("de-\nescalation") is joined again, keeping its hyphen.
    .replace(/(\p{L})-\n(\p{Ll})/gu, '$1-$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return oneBytePerCharacter(cleaned);
}

/** Any character beyond Latin-1. */
const beyondLatin1 = /[\u0100-\uffff]/;

/**
 * The same text, stored one byte per character when every character fits in one. V8 keeps a string derived from one
 * that held a wider character (a zero-width space or a private-use symbol replaced above) two bytes per character,
 * and so every line, token and pattern run later on: analysing such a text took 8-21% longer. A Latin-1 round trip
 * through a Buffer copies it into the compact form; wider texts stay as they are.
 */
function oneBytePerCharacter(text: string): string {
  return beyondLatin1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}
