/**
 * Finds a candidate's contact details in any text, for blind screening. Each detail is matched as it was found and in
 * the forms it takes elsewhere in a resume or a file name: a name whole and word by word ("Maria", "SANTOS",
 * "csr-maria-santos.pdf"), an email and its user name (profile links often repeat it), a phone number whole whatever
 * its separators ("+63-917-555-0142", "+63 917 555 0142", "639175550142").
 */
import type { Contact } from '../extract-candidate/candidate-types.js';
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

function nameForms(name: string): Forms {
  const words = name.split(/\s+/).map((word) => word.replace(/^\P{L}+|\P{L}+$/gu, ''));
  // "Mary-Jane" and "O'Neil" as written, and the parts a file name or an email splits them into.
  const parts = [...words, ...words.flatMap((word) => word.split(/\P{L}+/u))];
  return { whole: [spaced(name)], parts: parts.filter((part) => Array.from(part).length >= minNameWordLength).map(escapeRegExp) };
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
const formsOf: Readonly<Record<keyof Contact, (value: string) => Forms>> = {
  name: nameForms,
  email: emailForms,
  phone: phoneForms,
  location: locationForms,
  // A code the location or phone implies ("PH"), never text of the resume: redacting those removes it.
  country: () => ({ whole: [], parts: [] }),
};

/**
 * A function that replaces each of the contact's details in a text with the redaction mark, and with them every other
 * email address and phone number (a work email, an alternate mobile) and the value of every labelled personal detail
 * (`labelledDetail`, from the taxonomy: "Date of Birth: [redacted]", "Gender: [redacted]").
 */
export function contactRedactor(contact: Contact, labelledDetail: RegExp | null = null): (text: string) => string {
  const fields = Object.keys(formsOf) as (keyof Contact)[];
  const forms = fields.flatMap((field) => {
    const value = contact[field]?.trim();
    return value ? [formsOf[field](value)] : [];
  });
  // At one place in the text the first form that matches wins: whole values first, then the longest parts.
  const longestFirst = (patterns: string[]): string[] => patterns.filter((p) => p !== '').sort((a, b) => b.length - a.length);
  const patterns = [...new Set([...longestFirst(forms.flatMap((f) => f.whole)), ...longestFirst(forms.flatMap((f) => f.parts))])];
  const pattern = patterns.length === 0 ? null : new RegExp(`${wordStart}(?:${patterns.join('|')})${wordEnd}`, 'giu');
  return (text) => {
    const details =
      labelledDetail === null
        ? text
        : text.replace(labelledDetail, (_whole, label: string, value: string) => `${label}${redactionMark}${value.slice(value.trimEnd().length)}`);
    // Whole addresses and numbers before the name's parts, which would break them up ("m.santos.work@…").
    const withoutEmails = replaceFound(details, emailsIn(details));
    const withoutPhones = replaceFound(withoutEmails, phoneNumbersIn(withoutEmails));
    return pattern === null ? withoutPhones : withoutPhones.replace(pattern, redactionMark);
  };
}

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
