/**
 * Normalises extracted text so later stages see one form: Unicode compatibility forms folded (ligatures such as
 * "ﬁ", full-width letters), one kind of line break, no trailing blanks, at most one empty line in a row.
 */
export function cleanText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    // Symbol-font bullets arrive as private-use characters (U+F0B7, U+F0A7, …): a bullet at a line start, else a space.
    .replace(/^([ \t]*)[\uF000-\uF0FF][ \t]*/gm, '$1• ')
    .replace(/[\uE000-\uF8FF]/g, ' ')
    .replace(/[ \t]+$/gm, '')
    // A hyphenated word broken at a line end ("de-\nescalation") is joined again, keeping its hyphen.
    .replace(/(\p{L})-\n(\p{Ll})/gu, '$1-$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
