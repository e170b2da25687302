/**
 * Contact details, kept apart from everything scored so they can be withheld for blind screening.
 * - Name: the first header line that reads like a name (2-4 capitalised words, a credential after a comma dropped).
 *   When the header holds none (a two-column PDF that starts with a CONTACT sidebar), a line that reads like a name and
 *   stands next to a heading boundary (first or last line of a section) near the top.
 * - Email and phone by their shape; a phone number stays on one line and holds 9 to 15 digits.
 * - Location: the first "City, State" or country in the header and contact lines ("Bengaluru, Karnataka").
 */
import type { Line, SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { tokenize } from '../text/tokenize.js';
import type { Contact } from './candidate-types.js';
import { allMatches } from '../text/all-matches.js';

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
// International or local numbers on one line: "+91 98765 43210", "(+98) 939 41 45 337", "+63-917-555-0142".
const phonePattern = /(?<![\p{L}\p{N}])(?:\+|\(\+?)?\d[\d().\-–\u00a0 ]{7,}\d(?![\p{L}\p{N}])/gu;
const minPhoneDigits = 9;
const maxPhoneDigits = 15;
// A name: two to four words, each capitalised (or all capitals), letters with inner apostrophes, dots or hyphens.
const namePattern = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*$/u;
/** Lines of the header section searched for a name. */
const nameSearchLines = 3;
/** Lines from the top of the document searched for a name when the header holds none. */
const nameFallbackLines = 40;
/** Sections whose lines hold contact details besides the header. */
const contactSections = new Set(['header', 'contact', 'personal']);

/** "Priya Raman, CPA" → "Priya Raman"; quotes and stray punctuation around a line dropped. */
function nameCandidate(text: string): string {
  const trimmed = text.replace(/^[\s"'“”]+|[\s"'“”,;:]+$/g, '');
  const credential = /^(.+?),\s*[\p{Lu}][\p{Lu}\p{Ll}.,\s]{1,20}$/u.exec(trimmed);
  return credential?.[1] !== undefined && namePattern.test(credential[1]) ? credential[1] : trimmed;
}

/** Reads like a person's name, not like a title, an employer, a place, a skill or a heading. */
function readsAsName(text: string, taxonomy: CompiledTaxonomy): boolean {
  if (!namePattern.test(text) || /[\d@]/.test(text)) return false;
  const tokens = tokenize(text);
  return (
    taxonomy.jobs.titleWords.findAll(text, tokens).length === 0 &&
    taxonomy.jobs.employerWords.findAll(text, tokens).length === 0 &&
    taxonomy.roleTitles.findAll(text, tokens).length === 0 &&
    taxonomy.places.findAll(text, tokens).length === 0 &&
    taxonomy.skills.findAll(text, tokens).length === 0 &&
    taxonomy.levels.findAll(text, tokens).length === 0 &&
    !taxonomy.headings.has(tokens.map((t) => t.norm).join(' '))
  );
}

function findName(resume: SegmentedResume, taxonomy: CompiledTaxonomy): string | null {
  const header = resume.sections[0]?.id === 'header' ? resume.sections[0].lines : [];
  for (const line of header.slice(0, nameSearchLines)) {
    const candidate = nameCandidate(line.text);
    if (readsAsName(candidate, taxonomy)) return candidate;
  }
  // Lines at a heading boundary, in document order, near the top.
  let seen = 0;
  for (const section of resume.sections) {
    if (seen >= nameFallbackLines) break;
    const { lines } = section;
    const boundary = [lines[0], lines[1], lines.at(-1)].filter((l): l is Line => l !== undefined);
    for (const line of [...new Set(boundary)]) {
      const candidate = nameCandidate(line.text);
      if (readsAsName(candidate, taxonomy)) return candidate;
    }
    seen += lines.length;
  }
  return null;
}

function findPhone(text: string): string | null {
  for (const match of allMatches(phonePattern, text)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/g, '').length;
    if (digits < minPhoneDigits || digits > maxPhoneDigits) continue;
    // Year ranges and lists of years are not phone numbers.
    if (/^(?:(?:19|20)\d{2}[\s–-]*)+$/.test(candidate)) continue;
    return candidate;
  }
  return null;
}

/** "Bengaluru, Karnataka 560001" → "Bengaluru, Karnataka": city words, then places separated by commas. */
function locationIn(text: string, taxonomy: CompiledTaxonomy): string | null {
  const hits = taxonomy.places.findAll(text);
  const first = hits[0];
  if (!first) return null;
  // Extend over places that follow, separated only by commas or spaces ("Austin, TX, USA").
  let end = first.end;
  for (const hit of hits.slice(1)) {
    if (!/^[\s,]*$/.test(text.slice(end, hit.start))) break;
    end = hit.end;
  }
  const before = text.slice(0, first.start);
  const city = /((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*),\s*$/u.exec(before);
  if (city) return text.slice(city.index, end).trim();
  // A place alone must stand alone in its part of the line.
  return before.trim() === '' ? text.slice(first.start, end) : null;
}

/** Longest local part and domain looked at around an "@" (RFC 5321 allows 64 and 255 characters). */
const maxLocalPart = 64;
const maxDomain = 255;

/**
 * The first email address. The pattern is only tried around each "@": run over the whole text it would re-scan every
 * word from each of its letters, which costs more than the rest of contact finding.
 */
function findEmail(text: string): string | null {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const from = Math.max(0, at - maxLocalPart);
    const match = emailPattern.exec(text.slice(from, at + 1 + maxDomain));
    if (match && from + match.index <= at && from + match.index + match[0].length > at) return match[0];
  }
  return null;
}

function findLocation(resume: SegmentedResume, taxonomy: CompiledTaxonomy): string | null {
  for (const section of resume.sections) {
    if (!contactSections.has(section.id)) continue;
    for (const line of section.lines) {
      for (const part of line.text.split(/\s[|•·–—-]\s|\s{2,}|[|•·]/)) {
        const location = locationIn(part.replace(/^[^:]{1,20}:\s*/, ''), taxonomy);
        if (location !== null) return location;
      }
    }
  }
  return null;
}

export function findContact(resume: SegmentedResume, taxonomy: CompiledTaxonomy): Contact {
  return {
    name: findName(resume, taxonomy),
    email: findEmail(resume.text),
    phone: findPhone(resume.text),
    location: findLocation(resume, taxonomy),
  };
}
