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
  /**
   * Parts that are common words too ("King", "Rose", "Bill"): redacted only where written with a capital, so that
   * "Upsold king rooms" and "revenue rose 18%" keep their words.
   */
  readonly casedParts?: readonly string[];
}

/** How a form is replaced: a name's common word only when capitalised, a location so that its address goes with it. */
type FormKind = 'plain' | 'cased' | 'location';

/** A form's pattern and how it is replaced. */
interface Form {
  readonly pattern: string;
  readonly kind: FormKind;
}

/**
 * Stands for a redacted location until the address around it is redacted too: a character of Unicode's private use
 * area, which no resume's text holds.
 */
const locationMark = '\uE000';

/** The value as a pattern that tolerates other spacing ("Lajpat  Nagar,New Delhi"). */
function spaced(value: string): string {
  return escapeRegExp(value.trim()).replace(/\s*,\s*/g, String.raw`\s*,\s*`).replace(/\s+/g, String.raw`\s+`);
}

/**
 * The name whole, and its words on their own but for the small words of surnames (`particles`: "de", "la"); those that
 * are ordinary words too (`ordinary`: "king", "rose") apart, for they go only where capitalised.
 */
function nameForms(name: string, particles: ReadonlySet<string>, ordinary: (word: string) => boolean): Forms {
  const words = name.split(/\s+/).map((word) => word.replace(/^\P{L}+|\P{L}+$/gu, ''));
  // "Mary-Jane" and "O'Neil" as written, and the parts a file name or an email splits them into.
  const parts = [...words, ...words.flatMap((word) => word.split(/\P{L}+/u))]
    .filter((part) => Array.from(part).length >= minNameWordLength && !particles.has(part.toLowerCase()));
  const common = (part: string): boolean => ordinary(part.toLowerCase());
  return {
    whole: [spaced(name)],
    parts: parts.filter((part) => !common(part)).map(escapeRegExp),
    casedParts: parts.filter(common).map(escapeRegExp),
  };
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
const formsOf = (particles: ReadonlySet<string>, ordinary: (word: string) => boolean): Readonly<Record<keyof Contact, (value: string) => Forms>> => ({
  name: (name) => nameForms(name, particles, ordinary),
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
  const ordinary = (word: string): boolean => labelledDetail !== null && (labelledDetail.commonWords.has(word) || labelledDetail.namesAlsoWords.has(word));
  const formsOfField = formsOf(labelledDetail?.nameParticles ?? new Set(), ordinary);
  const fields = Object.keys(formsOfField) as (keyof Contact)[];
  const forms = fields.flatMap((field) => {
    const value = contact[field]?.trim();
    return value ? [{ field, forms: formsOfField[field](value) }] : [];
  });
  // At one place in the text the first form that matches wins: whole values first, then the longest parts.
  const kindOf = (field: keyof Contact): FormKind => (field === 'location' ? 'location' : 'plain');
  const longestFirst = (list: Form[]): Form[] => list.filter((form) => form.pattern !== '').sort((a, b) => b.pattern.length - a.pattern.length);
  const ordered = [
    ...longestFirst(forms.flatMap(({ field, forms: f }) => f.whole.map((pattern) => ({ pattern, kind: kindOf(field) })))),
    ...longestFirst(forms.flatMap(({ field, forms: f }) => [
      ...f.parts.map((pattern) => ({ pattern, kind: kindOf(field) })),
      ...(f.casedParts ?? []).map((pattern): Form => ({ pattern, kind: 'cased' })),
    ])),
  ];
  // One group per form, so that the replacement knows which matched; a pattern met twice keeps its first kind.
  const kinds = new Map<string, FormKind>();
  for (const form of ordered) if (!kinds.has(form.pattern)) kinds.set(form.pattern, form.kind);
  const formKinds = [...kinds.values()];
  const pattern = kinds.size === 0 ? null : new RegExp(`${wordStart}(?:${[...kinds.keys()].map((p) => `(${p})`).join('|')})${wordEnd}`, 'giu');
  const replaceForm = (matched: string, ...groups: unknown[]): string => {
    const kind = formKinds[groups.findIndex((group) => typeof group === 'string')] ?? 'plain';
    if (kind === 'cased') return /^\p{Lu}/u.test(matched) ? redactionMark : matched;
    return kind === 'location' ? locationMark : redactionMark;
  };
  const honorifics = labelledDetail === null ? [] : honorificsByMark(labelledDetail.honorific);
  const addressWord = labelledDetail?.addressWord ?? null;
  return (text) => {
    const details = labelledDetail === null ? text : redactDetails(text, labelledDetail);
    // Whole addresses and numbers before the name's parts, which would break them up ("m.santos.work@…").
    const withoutEmails = replaceFound(details, emailsIn(details));
    const withoutPhones = replaceFound(withoutEmails, phonesIn(withoutEmails));
    const withoutHandles = withoutPhones.replace(handle, redactionMark);
    const withoutName = pattern === null ? withoutHandles : withoutHandles.replace(pattern, replaceForm);
    const withoutAddress = (addressWord === null ? withoutName : redactAddresses(withoutName, addressWord)).replaceAll(locationMark, redactionMark);
    return honorifics.reduce((current, honorific) => current.replace(honorific, ''), withoutAddress);
  };
}

/** What separates the items of a line, a table's cells too, kept by `split` for it is captured. */
const itemSeparator = new RegExp(`([|;\\t${bulletClass()}])`, 'u');

/** Each item of a line that holds the redacted location, with the street address around it redacted too. */
function redactAddresses(text: string, addressWord: RegExp): string {
  if (!text.includes(locationMark)) return text;
  return text
    .split('\n')
    .map((line) => (line.includes(locationMark) ? line.split(itemSeparator).map((item) => addressRedacted(item, addressWord)).join('') : line))
    .join('\n')
    // A city redacted on its own and the address around it make one mark.
    .replace(new RegExp(`${locationMark}(?:\\s*,?\\s*${locationMark})+`, 'gu'), locationMark);
}

/**
 * A street's part of an address: a number with an address word ("123 Main St", "Blk 5 Lot 3", "Flat 12B", "P.O. Box"
 * whose number is redacted already). "Unit Manager" and "Phase two" are none.
 */
function isStreet(piece: string, addressWord: RegExp): boolean {
  return (/\p{N}/u.test(piece) || piece.includes(redactionMark)) && addressWord.test(piece);
}

/**
 * A house number before a capitalised word, with no address word ("A-204 Shanti Kunj", "8-2-293 Banjara Hills"): a
 * street's part only where a postcode follows the location, for "1st Line Support" and "24/7 Helpdesk" open job lines.
 */
const houseNumber = /^\s*(?:\p{L}{1,2}-)?\p{N}+(?:-\p{N}+)*\p{L}?\s+\p{Lu}/u;

/** A postcode that no year or figure looks like: a ZIP or PIN code ("62704", "201301", "04017-000"), a British or Canadian one. */
const postcode = String.raw`(?:\p{N}{5,6}(?:-\p{N}{3,4})?|\p{Lu}{1,2}\p{N}[\p{Lu}\p{N}]?\s*\p{N}\p{Lu}{2}|\p{Lu}\p{N}\p{Lu}\s*\p{N}\p{Lu}\p{N})`;
/** In a street address, four digits are a postcode too ("Rizal 1900", "Soweto, 1804"). */
const addressPostcode = String.raw`(?:${postcode}|\p{N}{4})`;
/** A comma's piece after the location that holds only a postcode, perhaps after a state's code or name ("UP 201301"). */
const postcodePiece = (code: string): RegExp => new RegExp(String.raw`^\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}${code}\s*$`, 'u');
const [postcodeAlone, postcodeInAddress] = [postcodePiece(postcode), postcodePiece(addressPostcode)];

/**
 * An item of a line with the street address around the redacted location redacted too, from its street's part to its
 * postcode ("123 Main St Apt 4, [redacted] 62704" → "[redacted]"). An item with no street's part before the location
 * keeps its words ("Customer Service Representative, BT Group, [redacted]") but for a postcode after it.
 */
function addressRedacted(item: string, addressWord: RegExp): string {
  if (!item.includes(locationMark)) return item;
  const pieces = item.split(',');
  const marked = pieces.flatMap((piece, index) => (piece.includes(locationMark) ? [index] : []));
  const [first, last] = [marked[0] ?? 0, marked.at(-1) ?? 0];
  // What follows the last mark in its piece, and the pieces after it, go while they are postcodes ("Soweto, 1804").
  const lastPiece = pieces[last] ?? '';
  const tail = lastPiece.slice(lastPiece.lastIndexOf(locationMark) + locationMark.length);
  const before = pieces.slice(0, first);
  const worded = before.findIndex((piece) => isStreet(piece, addressWord));
  const street = worded >= 0 || !postcodeAlone.test(tail) ? worded : before.findIndex((piece) => houseNumber.test(piece));
  const address = street >= 0;
  const code = address ? postcodeInAddress : postcodeAlone;
  const tailGoes = code.test(tail);
  let end = last + 1;
  while ((tailGoes || tail.trim() === '') && end < pieces.length && code.test(pieces[end] ?? '')) end += 1;
  if (!address && !tailGoes && end === last + 1) return item;
  // The blanks around what goes stay, so that " | " keeps its spaces.
  const trailing = /\s*$/u.exec(end > last + 1 ? (pieces[end - 1] ?? '') : tail)?.[0] ?? '';
  const keptTail = tailGoes || end > last + 1 ? trailing : tail;
  const head = address ? (/^\s*/u.exec(pieces[street] ?? '')?.[0] ?? '') : lastPiece.slice(0, lastPiece.length - tail.length);
  return [...pieces.slice(0, address ? street : last), `${head}${address ? locationMark : ''}${keptTail}`, ...pieces.slice(end)].join(',');
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
