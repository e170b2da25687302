import { minNameWordLength } from '../../src/build-reports/contact-redactor.js';
import type { Contact } from '../../src/extract-candidate/candidate-types.js';
import { escapeRegExp } from '../../src/text/escape-reg-exp.js';

/** The value as a word of its own, in any case: "Lim" is in "GRACE LIM" and "grace-lim.pdf", not in "Limited". */
function mentions(text: string, value: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(value)}(?![\p{L}\p{N}])`, 'iu').test(text);
}

/** Separators a phone number may be written with; without them only its digits are left. */
const phoneSeparators = /[\s().\-–—/+\u00a0]/g;

/**
 * The contact details a text still holds: the name, each of its words, the email, the location, and the phone number
 * as its digits whatever separators the text writes them with.
 */
export function contactMentions(text: string, contact: Contact): string[] {
  const words = (contact.name ?? '').split(/\P{L}+/u).filter((word) => Array.from(word).length >= minNameWordLength);
  const values = [contact.name, ...words, contact.email, contact.location].filter((v): v is string => v !== null && v !== '');
  const found = values.filter((value) => mentions(text, value));
  const digits = contact.phone?.replace(/\D/g, '') ?? '';
  if (digits !== '' && text.replace(phoneSeparators, '').includes(digits)) found.push(contact.phone ?? digits);
  return found;
}
