/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 ("â€“" for "–", "Ã©" for "é", "Â" before a space), as
 * many real PDFs carry: each suspicious run is turned back into bytes and decoded as UTF-8, and kept only if that
 * succeeds. Leftovers whose bytes were lost on the way are replaced by what they stood for.
 */
import iconv from 'iconv-lite';

// A UTF-8 lead byte (Â..ô) read as Windows-1252, followed by continuation bytes (0x80-0xBF) read the same way.
const continuation = '\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122';
const mojibakeRun = new RegExp(`[\\u00C2-\\u00F4][${continuation}]+`, 'g');
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Pieces whose last byte was lost: a lone "Â" before a space, a fullwidth separator reduced to "ï¼". */
const orphans: readonly [RegExp, string][] = [
  [/Â(?=[\s\u200b]|$)/gm, ''],
  [/ï¼\u200b?/g, '|'],
];

/** Characters 0x80-0xFF stand for their own byte (some decoders keep cp1252's five undefined bytes that way). */
function toWindows1252Bytes(run: string): Buffer {
  const parts: Buffer[] = [];
  for (const char of run) parts.push(char.charCodeAt(0) <= 0xff ? Buffer.from([char.charCodeAt(0)]) : iconv.encode(char, 'win1252'));
  return Buffer.concat(parts);
}

export function repairMojibake(text: string): { text: string; repaired: boolean } {
  let repaired = false;
  let result = text.replace(mojibakeRun, (run) => {
    try {
      const fixed = decoder.decode(toWindows1252Bytes(run));
      repaired = true;
      return fixed;
    } catch {
      return run;
    }
  });
  for (const [pattern, replacement] of orphans) {
    const next = result.replace(pattern, replacement);
    if (next !== result) repaired = true;
    result = next;
  }
  return { text: result, repaired };
}
