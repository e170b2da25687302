/**
 * A resume written in lower case throughout (SegmentedResume.lowerCase) read as its capitalised twin: jobs and schooling
 * are read from lines whose words open with capitals ("call center agent - concentrix eastwood" → "Call Center Agent -
 * Concentrix Eastwood"), link words aside ("of", "at"), and whose short words the taxonomy knows only in capitals are
 * written so ("bs nursing" → "BS Nursing"). The extractors take capitals as evidence of titles, employers and schools;
 * in such a resume their absence says nothing. Each letter keeps its offset, so evidence quotes the resume as written,
 * and the titles, employers and schools found are given back as written.
 */
import type { Line, SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { TermMatcher } from '../text/term-matcher.js';
import { normalizePhrase } from '../text/tokenize.js';

export interface CapitalisedTwin {
  readonly resume: SegmentedResume;
  /** The text as the resume writes it, for a piece of the twin's text found at or after `from`; else the piece. */
  readonly asWritten: (piece: string, from: number) => string;
}

// A word, from its first letter after a space or punctuation: not the inside of an address ("rhea.santos@yahoo.com").
const word = /(?<![\p{L}\p{N}@._'’/-])\p{L}[\p{L}'’]*/gu;
/** Longest word read as an acronym the taxonomy writes in capitals ("BSBA", "CSR"). */
const maxAcronymLetters = 5;

/** Whether the taxonomy knows a short word only in capitals, as a degree or a title: "bs" → "BS", "csr" → "CSR". */
function knownInCapitals(written: string, taxonomy: CompiledTaxonomy): boolean {
  if (written.length < 2 || written.length > maxAcronymLetters) return false;
  const upper = written.toUpperCase();
  const whole = (matcher: TermMatcher<unknown>, text: string): boolean => matcher.findAll(text).some((hit) => hit.start === 0 && hit.end === text.length);
  const matchers: readonly TermMatcher<unknown>[] = [taxonomy.levels, taxonomy.jobs.titleWords, taxonomy.roleTitles];
  return matchers.some((matcher) => whole(matcher, upper) && !whole(matcher, written));
}

/** The text with its words capitalised as a resume writes them; each character stays where it was. */
function capitalise(text: string, taxonomy: CompiledTaxonomy): string {
  return text.replace(word, (found) => {
    const norm = normalizePhrase(found);
    if (taxonomy.functionWords.languageOf.has(norm) || taxonomy.jobs.titleLinks.has(norm)) return found;
    const recased = knownInCapitals(found, taxonomy) ? found.toUpperCase() : found.charAt(0).toUpperCase() + found.slice(1);
    // A letter whose capital is longer ("ß" → "SS") stays as written: offsets must not move.
    return recased.length === found.length ? recased : found;
  });
}

export function capitalisedTwin(resume: SegmentedResume, taxonomy: CompiledTaxonomy): CapitalisedTwin {
  const text = capitalise(resume.text, taxonomy);
  const twinLine = (line: Line): Line => ({ ...line, text: text.slice(line.start, line.end) });
  const sections = resume.sections.map((section) => ({ ...section, lines: section.lines.map(twinLine) }));
  return {
    resume: { ...resume, text, sections },
    asWritten: (piece, from) => {
      const at = text.indexOf(piece, from);
      const found = at >= 0 ? at : text.indexOf(piece);
      return found >= 0 ? resume.text.slice(found, found + piece.length) : piece;
    },
  };
}
