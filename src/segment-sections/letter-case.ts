/**
 * Whether a resume is written in lower case throughout, as one typed on a phone often is ("work exp", "call center
 * agent - concentrix eastwood - 2022 to now"). Extractors take capitals as evidence of headings, titles and names; in
 * such a resume their absence says nothing, and extraction reads its lines as their capitalised twin would read.
 * A resume is so written when hardly any of its lines, headings aside, and hardly any of its words open with a
 * capital: an ordinary resume capitalises its names, titles and most line openings, a PDF's wrapped lines included.
 */
import type { Line } from './section-types.js';

/** Fewer words than this tell too little: a snippet in lower case is no document written so. */
const minWords = 20;
/** Most lines, headings aside, that may open with a capital: the candidate's name, an acronym ("HIPAA compliant"). */
const maxCapitalisedLineShare = 0.2;
/** Most words that may open with a capital: names of software and acronyms ("Epic", "RN", "QA"). */
const maxCapitalisedWordShare = 0.15;

// A word starts with a letter after a space or punctuation, not within an address ("rhea.santos@yahoo.com" is one).
const wordStart = /(?<![\p{L}\p{N}@._'’/-])\p{L}/gu;
const firstLetter = /\p{L}/u;

export function writtenInLowerCase(lines: readonly Line[]): boolean {
  // The lines' openings first: an ordinary resume fails here, before its words are counted.
  let openings = 0;
  let capitalisedOpenings = 0;
  for (const line of lines) {
    const first = firstLetter.exec(line.text)?.[0];
    if (first === undefined) continue;
    openings += 1;
    if (first !== first.toLowerCase()) capitalisedOpenings += 1;
  }
  if (capitalisedOpenings > openings * maxCapitalisedLineShare) return false;
  let words = 0;
  let capitalisedWords = 0;
  for (const line of lines) {
    for (const match of line.text.matchAll(wordStart)) {
      words += 1;
      if (match[0] !== match[0].toLowerCase()) capitalisedWords += 1;
    }
  }
  return words >= minWords && capitalisedWords <= words * maxCapitalisedWordShare;
}
