/**
 * Finds a candidate's contact details in any text, for blind screening. Each detail is matched as it was found and in
 * the forms it takes elsewhere in a resume or a file name: a name whole and word by word ("Maria", "SANTOS",
 * "csr-maria-santos.pdf"), an email and its user name (profile links often repeat it), a phone number whole whatever
 * its separators ("+63-917-555-0142", "+63 917 555 0142", "639175550142").
 */
import type { Contact } from '../extract-candidate/candidate-types.js';
import type { LabelledDetails } from '../taxonomy/compile-personal-details.js';
import { bulletClass } from '../text/bullets.js';
import { emailsIn, phoneNumbersIn, type Found } from '../text/contact-patterns.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';

export const redactionMark = '[redacted]';

/** Shorter name words (initials such as "D.") are left alone: redacting them would blank every lone letter. */
export const minNameWordLength = 2;

// Letters and digits continue a word and anything else ends it, so "Lim" is found in "grace-lim.pdf", not in "Limited".
const wordStart = String.raw`(?<![\p{L}\p{N}])`;
const wordEnd = String.raw`(?![\p{L}\p{N}])`;
/** What may stand between a phone number's digits: spaces, dots, dashes, slashes and brackets. */
const phoneSeparators = String.raw`[\s().\-–—/\u00a0]*`;

/** The forms of one detail: whole values are tried before their parts, so "Maria Santos" becomes one mark, not two. */
interface Forms {
  readonly whole: readonly string[];
  readonly parts: readonly string[];
}

/** The value as a pattern that tolerates other spacing ("Lajpat  Nagar,New Delhi"). */
function spaced(value: string): string {
  return escapeRegExp(value.trim()).replace(/\s*,\s*/g, String.raw`\s*,\s*`).replace(/\s+/g, String.raw`\s+`);
}

/** The name whole, and its words on their own but for the small words of surnames (`particles`: "de", "la"). */
function nameForms(name: string, particles: ReadonlySet<string>): Forms {
  const words = name.split(/\s+/).map((word) => word.replace(/^\P{L}+|\P{L}+$/gu, ''));
  // "Mary-Jane" and "O'Neil" as written, and the parts a file name or an email splits them into.
  const parts = [...words, ...words.flatMap((word) => word.split(/\P{L}+/u))]
    .filter((part) => Array.from(part).length >= minNameWordLength && !particles.has(part.toLowerCase()));
  return { whole: [spaced(name)], parts: parts.map(escapeRegExp) };
}

function emailForms(email: string): Forms {
  const user = email.includes('@') ? email.slice(0, email.indexOf('@')) : '';
  return { whole: [escapeRegExp(email.trim())], parts: user.length >= minNameWordLength ? [escapeRegExp(user)] : [] };
}

function phoneForms(phone: string): Forms {
  const digits = phone.replace(/\D/g, '');
  // A leading "+" or "(" belongs to the number ("+63 917…", "(555) 014…").
  return { whole: [escapeRegExp(phone.trim())], parts: digits === '' ? [] : [String.raw`[+(]*` + Array.from(digits).join(phoneSeparators)] };
}

/**
 * The places before the last comma are redacted on their own too: the city ("BT Group, Leeds" of "Leeds, West
 * Yorkshire") and a district before it ("Kakkanad, Kochi, Kerala"). The state or country after them says little.
 */
function locationForms(location: string): Forms {
  const places = location.split(',').map((part) => part.trim());
  const parts = places.slice(0, -1).filter((place) => Array.from(place).length >= minNameWordLength).map(spaced);
  return { whole: [spaced(location)], parts };
}

/** How each contact field is matched. A new contact field fails to compile here until it is given its forms. */
const formsOf = (particles: ReadonlySet<string>): Readonly<Record<keyof Contact, (value: string) => Forms>> => ({
  name: (name) => nameForms(name, particles),
  email: emailForms,
  phone: phoneForms,
  location: locationForms,
  // A code the location or phone implies ("PH"), never text of the resume: redacting those removes it.
  country: () => ({ whole: [], parts: [] }),
});

/**
 * A function that replaces each of the contact's details in a text with the redaction mark, and with them every other
 * email address and phone number (a work email, an alternate mobile) and the personal details the taxonomy describes
 * (`labelledDetail`: "Date of Birth: [redacted]", "Gender: [redacted]", "KRA PIN: [redacted]", a profile's address).
 */
export function contactRedactor(contact: Contact, labelledDetail: LabelledDetails | null = null): (text: string) => string {
  const formsOfField = formsOf(labelledDetail?.nameParticles ?? new Set());
  const fields = Object.keys(formsOfField) as (keyof Contact)[];
  const forms = fields.flatMap((field) => {
    const value = contact[field]?.trim();
    return value ? [formsOfField[field](value)] : [];
  });
  // At one place in the text the first form that matches wins: whole values first, then the longest parts.
  const longestFirst = (patterns: string[]): string[] => patterns.filter((p) => p !== '').sort((a, b) => b.length - a.length);
  const patterns = [...new Set([...longestFirst(forms.flatMap((f) => f.whole)), ...longestFirst(forms.flatMap((f) => f.parts))])];
  const pattern = patterns.length === 0 ? null : new RegExp(`${wordStart}(?:${patterns.join('|')})${wordEnd}`, 'giu');
  const honorifics = labelledDetail === null ? [] : honorificsByMark(labelledDetail.honorific);
  return (text) => {
    const details = labelledDetail === null ? text : redactDetails(text, labelledDetail);
    // Whole addresses and numbers before the name's parts, which would break them up ("m.santos.work@…").
    const withoutEmails = replaceFound(details, emailsIn(details));
    const withoutPhones = replaceFound(withoutEmails, phonesIn(withoutEmails));
    const withoutHandles = withoutPhones.replace(handle, redactionMark);
    const withoutName = pattern === null ? withoutHandles : withoutHandles.replace(pattern, redactionMark);
    return honorifics.reduce((current, honorific) => current.replace(honorific, ''), withoutName);
  };
}

/**
 * A handle written bare ("my Zendesk handle @mariasantos88", "@maria.santos on Telegram"), e-mail addresses being
 * gone already: an @ after no letter, digit or address character, then the name.
 */
const handle = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_][\p{L}\p{N}_.]*[\p{L}\p{N}_]/gu;

/** The named groups of a match: what stays `before` and `after` the `value` that is redacted. */
type DetailGroups = Partial<Record<'before' | 'value' | 'after', string>>;

/** A match's replacement: its value becomes the mark, its trailing blanks stay, and so do the parts around it. */
function markValue(...args: unknown[]): string {
  const groups = (args.at(-1) ?? {}) as DetailGroups;
  const value = groups.value ?? '';
  return `${groups.before ?? ''}${redactionMark}${value.slice(value.trimEnd().length)}${groups.after ?? ''}`;
}

/** The taxonomy's personal details redacted, then the lone values of a line that held one ("Married, 2 dependants"). */
function redactDetails(text: string, details: LabelledDetails): string {
  const redacted = details.values.reduce((current, pattern) => current.replace(pattern, markValue), text);
  const item = details.personalItem;
  if (item === null) return redacted;
  return redacted
    .split('\n')
    .map((line) => (line.includes(redactionMark) ? line.split(itemSeparator).map((part) => part.replace(item, markValue)).join('') : line))
    .join('\n');
}

/** What separates the items of a line, kept by `split` for it is captured. */
const itemSeparator = new RegExp(`([|;${bulletClass()}])`, 'u');

/** "Mrs. [redacted]" and "[redacted] (Mrs.)" lose the honorific: it says a name was there, and a woman's marital status. */
function honorificsByMark(honorific: string | null): RegExp[] {
  if (honorific === null) return [];
  const mark = escapeRegExp(redactionMark);
  return [new RegExp(`${wordStart}${honorific}\\s+(?=${mark})`, 'giu'), new RegExp(`(?<=${mark})\\s*\\(\\s*${honorific}\\s*\\)`, 'giu')];
}

/**
 * Phone numbers, none running over a sentence's end: "(2019-2023). 20+ years" holds ten digits, but a year range
 * and a figure of the next sentence are no number. Each sentence's part is looked at on its own.
 */
function* phonesIn(text: string): Generator<Found> {
  for (const found of phoneNumbersIn(text)) {
    if (!sentenceEnd.test(found.text)) {
      yield found;
      continue;
    }
    // Split with the ends captured: the pieces at even places, the ends between them.
    let at = found.start;
    for (const [index, piece] of found.text.split(sentenceEnd).entries()) {
      if (index % 2 === 0) for (const inner of phoneNumbersIn(piece)) yield { text: inner.text, start: at + inner.start, end: at + inner.end };
      at += piece.length;
    }
  }
}

/** A full stop before a blank ends a sentence; numbers written with dots ("0917.555.0142") have none. */
const sentenceEnd = /(\.\s+)/u;

/** The text with each found span replaced by the redaction mark. */
function replaceFound(text: string, found: Iterable<Found>): string {
  let out = '';
  let at = 0;
  for (const { start, end } of found) {
    out += text.slice(at, start) + redactionMark;
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}
