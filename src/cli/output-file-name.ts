/**
 * File names for a resume's outputs, from the resume's own name, safe on Linux, Windows and macOS. Letters, marks and
 * digits of every script stay ("रमेश.txt", "スレシュ.txt"), so that a report can be traced to its resume; every other
 * run of characters becomes "_", as spaces and punctuation always did: the characters those systems refuse
 * (/ \ : * ? " < > |), control characters, and the direction marks that can make a name read as another.
 */
import { fileBaseName } from '../build-reports/blind-source.js';

/**
 * Kept: letters, marks, digits, "_", "." and "-", and the zero-width (non-)joiners that some scripts spell words with
 * (Persian, Malayalam, Sinhala).
 */
const unsafeRun = /(?:(?![\u200C\u200D])[^\p{L}\p{M}\p{N}_.-])+/gu;

/**
 * Most bytes of a name before the suffix and ending ("-2", ".html"): file systems take 255, and a name in Devanagari
 * or Japanese takes three bytes a character in UTF-8.
 */
const maxNameBytes = 200;

/** Device names Windows reserves, with any ending ("con.pdf" is the console): such a name gets a leading "_". */
const windowsDeviceName = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of a name that fits the byte budget, cut between characters as they are seen. */
function withinBytes(name: string): string {
  if (Buffer.byteLength(name) <= maxNameBytes) return name;
  let kept = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(name)) {
    bytes += Buffer.byteLength(segment);
    if (bytes > maxNameBytes) break;
    kept += segment;
  }
  return kept;
}

/** The name an output of the resume at `source` is given, before it is made unique. */
export function outputFileName(source: string): string {
  // One form of each accented letter: macOS stores names decomposed, and two forms must not make two names.
  const safe = fileBaseName(source).normalize('NFC').replace(unsafeRun, '_')
    // A leading dot would hide the file, and the next run, which skips hidden names, would not clean it up.
    .replace(/^\.+/, '_');
  const name = withinBytes(windowsDeviceName.test(safe) ? `_${safe}` : safe);
  return name.length > 0 ? name : 'resume';
}
