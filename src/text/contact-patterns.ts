/**
 * Email addresses and phone numbers by their shape: contact finding takes the first of each, and blind screening
 * redacts every one (a second email or an alternate mobile in a job line identifies the candidate just as well).
 */
import { allMatches } from './all-matches.js';

export interface Found {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
/** Longest local part and domain looked at around an "@" (RFC 5321 allows 64 and 255 characters). */
const maxLocalPart = 64;
const maxDomain = 255;

/**
 * Every email address, in order. The pattern is only tried around each "@": run over the whole text it would re-scan
 * every word from each of its letters, which costs more than the rest of contact finding.
 */
export function* emailsIn(text: string): Generator<Found> {
  let after = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const from = Math.max(after, at - maxLocalPart);
    const match = emailPattern.exec(text.slice(from, at + 1 + maxDomain));
    if (!match) continue;
    const start = from + match.index;
    const end = start + match[0].length;
    if (start <= at && end > at) {
      yield { text: match[0], start, end };
      after = end;
    }
  }
}

// International or local numbers on one line: "+91 98765 43210", "(+98) 939 41 45 337", "+63-917-555-0142".
const phonePattern = /(?<![\p{L}\p{N}])(?:\+|\(\+?)?\d[\d().\-–\u00a0 ]{7,}\d(?![\p{L}\p{N}])/gu;
const minPhoneDigits = 9;
const maxPhoneDigits = 15;
// Year ranges and lists of years are not phone numbers, nor are ranges of months written in digits ("03.2019 -
// 11.2021", "2019-01 - 2021-12").
const yearList = /^(?:(?:19|20)\d{2}[\s–-]*)+$/;
const monthYear = String.raw`(?:\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2})`;
const monthRange = new RegExp(String.raw`^${monthYear}(?:\s*[-–—]\s*${monthYear})?$`);

/** Every phone number, in order: 9 to 15 digits on one line that are not a list of years. */
export function* phoneNumbersIn(text: string): Generator<Found> {
  for (const match of allMatches(phonePattern, text)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/g, '').length;
    if (digits < minPhoneDigits || digits > maxPhoneDigits || yearList.test(candidate) || monthRange.test(candidate)) continue;
    const start = match.index + match[0].indexOf(candidate);
    yield { text: candidate, start, end: start + candidate.length };
  }
}

/** The first of a generator's values, or null. */
export function firstOf(found: Generator<Found>): string | null {
  for (const item of found) return item.text;
  return null;
}
