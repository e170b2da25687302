/**
 * Contact details, kept apart from everything scored so they can be withheld for blind screening.
 * - Name: the first header line that reads like a name (2-4 capitalised words, a credential after a comma dropped).
 *   When the header holds none (a two-column PDF that starts with a CONTACT sidebar), a line that reads like a name and
 *   stands next to a heading boundary (first or last line of a section) near the top.
 * - Email and phone by their shape; a phone number stays on one line and holds 9 to 15 digits.
 * - Location: the first "City, State" or country in the header and contact lines ("Bengaluru, Karnataka"), else just
 *   below a name found elsewhere.
 * - Country: the last place of the location that belongs to one country, else the calling code of a phone number
 *   written with "+" or "00" ("+63 917 …"). Calling codes are prefix-free, so the first that matches is the one.
 */
import type { Line, SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { isTitleShaped } from './read-title-line.js';
import { normalizePhrase, tokenize, type Token } from '../text/tokenize.js';
import { hasMorePiecesThan } from '../text/count-words.js';
import type { Contact } from './candidate-types.js';
import { emailsIn, firstOf, phoneNumbersIn } from '../text/contact-patterns.js';
import { pictographClass } from '../text/bullets.js';

// A name: two to four words, each capitalised (or all capitals), letters with inner apostrophes, dots or hyphens.
const namePattern = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*$/u;
/** The same shape in lower case, two or three words: read only on the document's first line. */
const lowerCaseName = /^(?:\p{Ll}[\p{Ll}'’-]*\s+){1,2}\p{Ll}[\p{Ll}'’-]*$/u;
/** Two to four words of a script without capitals ("रमेश कुमार शर्मा"), with their marks: read only on the first line. */
const caselessScriptName = /^(?:\p{Lo}[\p{Lo}\p{M}]*\s+){1,3}\p{Lo}[\p{Lo}\p{M}]*$/u;
/** Lines of the header section searched for a name. */
const nameSearchLines = 3;
/** Pieces a name line may have, a credential and marks included ("Ma. Cristina "Tina" Gonzales, CPA"). */
const maxNamePieces = 6;
/** Lines from the top of the document searched for a name when the header holds none. */
const nameFallbackLines = 40;
/** Sections whose lines hold contact details besides the header. */
const contactSections = new Set(['header', 'contact', 'personal']);

/**
 * "Priya Raman, CPA" → "Priya Raman", "Mr. Sanjay Gupta" → "Sanjay Gupta"; quotes and stray punctuation dropped. What
 * follows a comma is dropped only when the taxonomy knows it as a credential or degree: "DELA CRUZ, JUAN M." is a name
 * written surname first.
 */
const strayMarks = new RegExp(`^[\\s"'“”+*#•·~=_${pictographClass}-]+|[\\s"'“”,;:${pictographClass}]+$`, 'gu');

function nameCandidate(text: string, taxonomy: CompiledTaxonomy): string {
  // Stray marks and emoji around a name ("+Rhea Mae Castillo", "* JUAN CRUZ", "✨ KRISTINE JOY REYES ✨") are no part of it.
  const trimmed = text.replace(strayMarks, '');
  const comma = /^(.+?),\s*([\p{Lu}][\p{Lu}\p{Ll}.,\s]{1,20})$/u.exec(trimmed);
  const after = comma?.[2];
  const credential = after !== undefined && (taxonomy.certifications.findAll(after).length > 0 || taxonomy.levels.findAll(after).length > 0
    || after.split(/[\s,]+/).filter(Boolean).every((word) => taxonomy.personalDetails.postNominals.has(normalizePhrase(word))));
  const name = credential && comma?.[1] !== undefined && namePattern.test(comma[1].replace(quotedNickname, '')) ? comma[1] : trimmed;
  const honorific = /^([\p{L}]+)\.?\s+/u.exec(name);
  const { honorifics } = taxonomy.personalDetails;
  return honorific?.[1] !== undefined && honorifics.has(honorific[1].toLowerCase()) ? name.slice(honorific[0].length) : name;
}

/**
 * "Rhea Mae Soriano | Davao City | 0917…", "Juan Dela Cruz - Customer Service Representative": what comes first; after a
 * document's title, what comes next ("Resume – Grace Wambui").
 */
function firstPiece(text: string, taxonomy: CompiledTaxonomy): string {
  const [first, second] = text.split(/\s[|•·–—-]\s|\s*[|•·]\s*/);
  if (first === undefined) return text;
  const titled = second !== undefined && taxonomy.personalDetails.documentTitles.has(tokenize(first).map((t) => t.norm).join(' '));
  return titled ? second : first;
}

/** The value of a labelled name line ("Name: Mr. Sanjay Kumar Gupta"), or null. */
function labelledName(text: string, taxonomy: CompiledTaxonomy): string | null {
  // Most lines hold no label: the first word tells, before any pattern runs.
  const first = /^\s*(\p{L}+)/u.exec(text)?.[1];
  if (first === undefined || !nameLabelFirstWords(taxonomy).has(first.toLowerCase())) return null;
  // "Name: …", or a label in a table's cell beside its value ("Name⇥Pooja Patil" from a Word contact table).
  const labelled = /^\s*([^:：\t]{1,30}?)(?:\s*[:：]|\t)\s*(.+)$/u.exec(text);
  if (labelled?.[1] !== undefined && labelled[2] !== undefined && taxonomy.personalDetails.nameLabels.has(normalizePhrase(labelled[1]))) {
    return nameCandidate(labelled[2], taxonomy);
  }
  // A Europass CV's "Name Valentina Ospina Restrepo": the label's words, a space, and a name in capitals.
  const words = text.trim().split(/\s+/);
  for (let labelWords = 1; labelWords <= maxNameLabelWords && labelWords < words.length; labelWords += 1) {
    const label = words.slice(0, labelWords).join(' ');
    const value = words.slice(labelWords).join(' ');
    if (/^\p{Lu}/u.test(value) && taxonomy.personalDetails.nameLabels.has(normalizePhrase(label))) return nameCandidate(value, taxonomy);
  }
  return null;
}

/** Words of the longest name label ("name of applicant"). */
const maxNameLabelWords = 3;

const firstWordsSeen = new WeakMap<CompiledTaxonomy, ReadonlySet<string>>();

/** The first words of the name labels ("name", "full", "nombre"), lower-cased: read once per taxonomy. */
function nameLabelFirstWords(taxonomy: CompiledTaxonomy): ReadonlySet<string> {
  let words = firstWordsSeen.get(taxonomy);
  if (!words) {
    words = new Set([...taxonomy.personalDetails.nameLabels].map((label) => label.split(' ')[0] ?? label));
    firstWordsSeen.set(taxonomy, words);
  }
  return words;
}

// A nickname in quotes between the names (ROBERTO "JUN" CRUZ): part of the name as written, so that blind screening
// removes it too, but no word of its shape.
const quotedNickname = /\s+["“'‘][\p{L}.\s-]{1,20}["”'’](?=\s)/gu;

/**
 * Reads like a person's name, not like a title, an employer, a place, a skill or a heading. A nickname in quotes, a
 * comma after a surname written first and the small words of surnames ("dela") are no part of its shape.
 */
interface NameLineFacts {
  /** The line opens the document: a name there may be in lower case or made of a title's word ("Excel Bautista"). */
  readonly firstLine?: boolean;
  /** The resume gives no e-mail address or phone number: a line of common words only is a headline there. */
  readonly contactless?: boolean;
}

function readsAsName(written: string, taxonomy: CompiledTaxonomy, { firstLine = false, contactless = false }: NameLineFacts = {}): boolean {
  const { nameParticles, nameSuffixes } = taxonomy.personalDetails;
  // Small words of surnames in any case ("DE LOS SANTOS", "de los Santos") and a generation after the name ("III")
  // are no words of its shape.
  // A particle in capitals may also be a name of its own ("Van Tran"): it is left out only where two words remain.
  const words = written
    .replace(quotedNickname, '')
    .replace(/,\s*/g, ' ')
    .split(/\s+/)
    .filter((word) => !nameSuffixes.has(word.replace(/\.$/u, '').toLowerCase()) && !(nameParticles.has(word) && /^\p{Ll}/u.test(word)));
  const withoutParticles = words.filter((word) => !nameParticles.has(word.toLowerCase()));
  const text = (withoutParticles.length >= 2 ? withoutParticles : words).join(' ');
  // The document's first line may hold a name in lower case ("jomar villanueva") or in a script without capitals:
  // nothing else stands there.
  const shaped = namePattern.test(text) || (firstLine && (lowerCaseName.test(text) || caselessScriptName.test(text)));
  // A full stop after a word, not an initial, ends a sentence: "Commercial Retail.", "El Paso.".
  if (!shaped || /[\d@]/.test(text) || /\p{L}{3}\.$/u.test(text)) return false;
  const tokens = tokenize(text);
  if (tokens.some((token) => taxonomy.personalDetails.notNameWords.has(token.norm))) return false;
  // A given name's short form opening the line ("MA. THERESA R. SANTOS") is no state or degree ("MA").
  const opening = openingAbbreviation(text, taxonomy);
  const beyondOpening = <T extends { start: number }>(hits: readonly T[]): T[] => hits.filter((hit) => hit.start >= opening);
  if (contactless && tokens.length >= 2 && tokens.every((token) => isCommonWord(token, taxonomy))) return false;
  // A word that heads a section alone is no part of a name: "Skills Used", "Objective Statement".
  if (tokens.some((token) => taxonomy.headings.has(token.norm))) return false;
  // A middle name or surname that is also a place ("Jose Rizal Santos", "Rhea Ann Dumaguete") may stand on the first
  // line after the first word of a name of three words or more: one word, where a place line has two or more.
  const places = beyondOpening(taxonomy.places.findAll(text, tokens));
  const place = places[0];
  const placeWord = place === undefined ? -1 : tokens.findIndex((token) => token.start === place.start && token.end === place.end);
  const surnameOnly = firstLine && tokens.length >= 3 && places.length === 1 && placeWord > 0;
  if (!(places.length === 0 || surnameOnly) || taxonomy.jobs.employerWords.findAll(text, tokens).length > 0 || beyondOpening(taxonomy.levels.findAll(text, tokens)).length > 0) return false;
  const normal = tokens.map((t) => t.norm).join(' ');
  if (taxonomy.headings.has(normal) || taxonomy.personalDetails.documentTitles.has(normal)) return false;
  const worded = [...taxonomy.jobs.titleWords.findAll(text, tokens), ...taxonomy.roleTitles.findAll(text, tokens), ...taxonomy.skills.findAll(text, tokens)];
  return worded.length === 0 || (firstLine && (givenAWordsName(tokens, worded, taxonomy) || (!contactless && surnameAWordsName(tokens, worded, taxonomy))));
}

/**
 * Where a text opening with a given name's short form and two words ("Ma. Theresa Santos", "Wm. J. Cruz") goes on
 * after the short form, else 0.
 */
function openingAbbreviation(text: string, taxonomy: CompiledTaxonomy): number {
  // Two words follow, a given name and a surname at least: "MA Psychology" is a degree.
  const opening = /^\s*(\S+?)(\.?)\s+(?=\p{Lu}\S*\s+\S)/u.exec(text);
  const [word, dot] = [opening?.[1]?.toLowerCase(), opening?.[2] ?? ''];
  const { givenNameAbbreviations } = taxonomy.personalDetails;
  return word !== undefined && (givenNameAbbreviations.has(word + dot) || givenNameAbbreviations.has(word)) ? (opening?.[0].length ?? 0) : 0;
}

/**
 * Whether the first line's word of a title or a skill is a person's given name: "Excel Bautista", "Patience Okafor".
 * It is the first word, alone, and every other word of the line is no word of any title or skill the taxonomy
 * knows. A headline puts its title's word last ("Substitute Teacher", "Senior Trainer"), and so does a surname
 * ("Jake Trainer"): without a list of given names the two look alike, and the line is no name.
 */
function givenAWordsName(tokens: readonly Token[], worded: readonly { start: number; end: number }[], taxonomy: CompiledTaxonomy): boolean {
  const [first, ...rest] = tokens;
  if (first === undefined || rest.length === 0 || !worded.every((hit) => hit.start === first.start && hit.end === first.end)) return false;
  const known = titleAndSkillWords(taxonomy);
  return rest.every((token) => !known.has(token.norm));
}

/**
 * Whether the first line's last word of a title or a skill is a surname: "Juan Miguel Trainer", "Sarah Jane French".
 * The two or more words before it are given names: no word of a title or skill, and no common English word, which a
 * headline's words before its title are ("Senior Trainer", "Bilingual Customer Service Trainer"); with one word before
 * it ("Jake Trainer", "Substitute Teacher") the lexicon is too small to tell. Read so only above contact details: a
 * name must not move a score by the trade or the language it spells.
 */
function surnameAWordsName(tokens: readonly Token[], worded: readonly { start: number; end: number }[], taxonomy: CompiledTaxonomy): boolean {
  const last = tokens.at(-1);
  const given = tokens.slice(0, -1);
  if (last === undefined || given.length < minGivenNames || !worded.every((hit) => hit.start === last.start && hit.end === last.end)) return false;
  return given.every((token) => !isCommonWord(token, taxonomy));
}

/** Given names before a surname that is a title's or a skill's word. */
const minGivenNames = 2;

const wordsSeen = new WeakMap<CompiledTaxonomy, ReadonlySet<string>>();

/** Every word of the taxonomy's titles (its roles', their relevant and O*NET titles, title words) and skills: read once. */
function titleAndSkillWords(taxonomy: CompiledTaxonomy): ReadonlySet<string> {
  let words = wordsSeen.get(taxonomy);
  if (!words) {
    const { roles, skills, occupationTitles, vocabulary } = taxonomy.source;
    const phrases = [
      ...roles.flatMap((role) => [role.title, ...role.aliases, ...role.experience.relevantTitles]),
      ...Object.values(occupationTitles.roles).flatMap((role) => role.titles),
      ...skills.flatMap((skill) => [skill.name, ...skill.aliases]),
      ...vocabulary.jobs.titleWords,
    ];
    words = new Set(phrases.flatMap((phrase) => tokenize(phrase).map((token) => token.norm)));
    wordsSeen.set(taxonomy, words);
  }
  return words;
}

/**
 * A word of compromise's lexicon that is no name, as written or in its singular ("resources" → "resource"), a word of
 * the taxonomy's titles and skills ("technology", "merchandising"), or a word ending as no name does ("statement").
 */
function isCommonWord(token: Token, taxonomy: CompiledTaxonomy): boolean {
  const { commonWords, commonWordEnding } = taxonomy.personalDetails;
  return commonWords.has(token.cased.toLowerCase()) || commonWords.has(token.norm) || titleAndSkillWords(taxonomy).has(token.norm)
    || (commonWordEnding?.test(token.cased) ?? false);
}

/** Between the cells of a table row, or the columns of a text layout: a tab, or three spaces or more. */
const cellBreak = /\t| {3,}/;

/** A name found, and the line it stands on. */
interface FoundName {
  readonly name: string;
  readonly line: Line;
}

function findName(resume: SegmentedResume, taxonomy: CompiledTaxonomy, contactless: boolean): FoundName | null {
  const header = resume.sections[0]?.id === 'header' ? resume.sections[0].lines : [];
  for (const [index, line] of header.slice(0, nameSearchLines).entries()) {
    // A labelled line gives its value, never its label: "Name⇥Pooja Patil" is no name of three words. A line of table
    // cells, or of two columns a text layout set apart with spaces, may hold the name in any cell ("Contact⇥Anna Marie
    // Lim", a job site's export; "RAHUL SHARMA      rahul.sharma@gmail.com").
    const labelled = labelledName(line.text, taxonomy);
    const cells = cellBreak.test(line.text) ? line.text.split(cellBreak).map((cell) => nameCandidate(cell, taxonomy)) : null;
    const whole = [nameCandidate(line.text, taxonomy), nameCandidate(firstPiece(line.text, taxonomy), taxonomy)];
    const candidates = labelled !== null ? [labelled] : (cells ?? whole);
    const firstLine = index === 0 && line.start === 0;
    for (const candidate of new Set(candidates)) {
      if (readsAsName(candidate, taxonomy, { firstLine, contactless })) return { name: candidate, line };
    }
  }
  // A name given as a surname and given names on labelled lines ("Surname: Dlamini", "First Names: Sipho Bongani").
  const split = splitName(resume, taxonomy);
  if (split) return split;
  // A line that says it holds the name ("Name: …") near the top, after an objective too.
  let seen = 0;
  for (const section of resume.sections) {
    if (seen >= nameFallbackLines) break;
    for (const line of section.lines) {
      const candidate = labelledName(line.text, taxonomy);
      if (candidate !== null && readsAsName(candidate, taxonomy)) return { name: candidate, line };
    }
    seen += section.lines.length;
  }
  // Lines at a heading boundary, in document order, near the top.
  seen = 0;
  let sidebar = false;
  for (const section of resume.sections) {
    if (seen >= nameFallbackLines) break;
    const { lines } = section;
    // A two-column layout read as one may end the sidebar with the name and headline that head the main column
    // ("SKILLS / IDS Fortune / … / SAMEER AHMED KHAN / Front Office Executive / PROFILE"): a name above a job title
    // before the next heading comes before the lines after this one, which are mostly its content.
    const [named, headline] = [lines.at(-2), lines.at(-1)];
    if (named && headline && isTitleShaped(headline.text.trim(), taxonomy)) {
      const candidate = nameCandidate(named.text, taxonomy);
      if (readsAsName(candidate, taxonomy, { contactless })) return { name: candidate, line: named };
    }
    // Under a heading of skills, achievements or schooling, the first lines are its items ("Smart Board", "Business
    // Acumen"), no name; under a contact or personal heading, or none, they may be. The line before the next heading
    // may be a name too: a two-column layout read as one ends a sidebar with the main column's name. A sidebar shows
    // by its contact details: without them, the last of a list of skills is one more skill ("Highlights … Lotus Notes").
    const holdsName = section.heading === null || taxonomy.sectionsHoldingName.has(section.id);
    sidebar ||= taxonomy.sectionsHoldingName.has(section.id);
    const opening = holdsName ? [lines[0], lines[1]] : [];
    const closing = holdsName || sidebar ? [lines.at(-1)] : [];
    const boundary = [...opening, ...closing].filter((l): l is Line => l !== undefined);
    for (const line of [...new Set(boundary)]) {
      const candidate = nameCandidate(line.text, taxonomy);
      if (readsAsName(candidate, taxonomy, { contactless })) return { name: candidate, line };
    }
    seen += lines.length;
  }
  // A name inside a sidebar's list, with a headline and the place below it (a LinkedIn export puts it after the
  // certifications): a line that reads as a name with a place on one of the lines just below.
  seen = 0;
  for (const section of resume.sections) {
    if (seen >= nameFallbackLines) break;
    const { lines } = section;
    for (const [index, line] of lines.entries()) {
      // A name is a few capitalised words without digits, and a place line below has a comma or a pipe: most lines
      // fail that before anything is looked up.
      if (/[\d@]/.test(line.text) || hasMorePiecesThan(line.text.trim(), maxNamePieces)) continue;
      const below = lines.slice(index + 1, index + 1 + locationLinesBelowName);
      if (!below.some((next) => /[,|]/.test(next.text))) continue;
      const candidate = nameCandidate(line.text, taxonomy);
      if (readsAsName(candidate, taxonomy, { contactless }) && below.some((next) => locationOnLine(next, taxonomy) !== null)) return { name: candidate, line };
    }
    seen += lines.length;
  }
  return null;
}

/** The labelled value of a line when its label is one of `labels` ("Surname: Dlamini" → "Dlamini"), else null. */
function valueLabelledBy(text: string, labels: ReadonlySet<string>): string | null {
  if (!/[:：\t]/.test(text)) return null;
  const labelled = /^\s*([^:：\t]{1,30}?)(?:\s*[:：]|\t)\s*(.+)$/u.exec(text);
  return labelled?.[1] !== undefined && labelled[2] !== undefined && labels.has(normalizePhrase(labelled[1])) ? labelled[2].trim() : null;
}

/** A name whose surname and given names stand on labelled lines of their own near the top, given names first. */
function splitName(resume: SegmentedResume, taxonomy: CompiledTaxonomy): FoundName | null {
  const { surnameLabels, givenNameLabels } = taxonomy.personalDetails;
  if (surnameLabels.size === 0 || givenNameLabels.size === 0) return null;
  const lines: Line[] = [];
  for (const section of resume.sections) {
    if (lines.length >= nameFallbackLines) break;
    lines.push(...section.lines.slice(0, nameFallbackLines - lines.length));
  }
  const surname = lines.map((line) => valueLabelledBy(line.text, surnameLabels)).find((value) => value !== null) ?? null;
  const givenLine = lines.find((line) => valueLabelledBy(line.text, givenNameLabels) !== null);
  const given = givenLine ? valueLabelledBy(givenLine.text, givenNameLabels) : null;
  if (surname === null || given === null || givenLine === undefined) return null;
  const name = `${given} ${surname}`;
  return readsAsName(name, taxonomy) ? { name, line: givenLine } : null;
}

/** Letters of a place's code ("AR", "NCR"). */
const maxCodeLength = 3;

/** "Bengaluru, Karnataka 560001" → "Bengaluru, Karnataka": city words, then places separated by commas. */
function locationIn(text: string, taxonomy: CompiledTaxonomy): string | null {
  // "MA. THERESA R. SANTOS" opens with María's short form, not Massachusetts.
  const opening = openingAbbreviation(text, taxonomy);
  const hits = taxonomy.places.findAll(text).filter((hit) => hit.start >= opening);
  const first = hits[0];
  if (!first) return null;
  // Extend over places that follow, separated only by commas or spaces ("Austin, TX, USA").
  let end = first.end;
  for (const hit of hits.slice(1)) {
    if (!/^[\s,]*$/.test(text.slice(end, hit.start))) break;
    end = hit.end;
  }
  // A state's code that runs on into a word is a word of something else: "AR Follow-Up", "IT Support".
  if (end - first.start <= maxCodeLength && /^\p{Lu}+$/u.test(text.slice(first.start, end)) && /^\s*\p{L}/u.test(text.slice(end))) return null;
  const before = text.slice(0, first.start);
  // The city starts a word, and a postcode may stand between it and the place ("Manchester, M1 4BT, United Kingdom",
  // "Leeds LS6 2AB, West Yorkshire").
  const city = /(?<![\p{L}\p{N}])((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*)(?:,?\s+(?=[\p{Lu}\d ]*\d)[\p{Lu}\d][\p{Lu}\d ]{1,8})?,\s*$/u.exec(before);
  if (city) return text.slice(city.index, end).trim();
  // A street or box number before the place is the address, not the city: "P.O. Box 4521-00100, Nairobi".
  if (/\d[\d\s-]*,\s*$/.test(before)) return text.slice(first.start, end);
  // A place alone must stand alone in its part of the line.
  return before.trim() === '' ? text.slice(first.start, end) : null;
}

/** A labelled location is taken as written, up to this many words: longer, the label names something else. */
const maxLabelledLocationWords = 6;

/**
 * The location a line gives: a part labelled as one ("Location: Thika"), else the first part naming a known place.
 * Parts are split at separators, a slash between spaces among them ("Kisumu / Nairobi").
 */
function locationOnLine(line: Line, taxonomy: CompiledTaxonomy): string | null {
  const parts = line.text.split(/\s[|•·–—/-]\s|\s{2,}|[|•·\t]/);
  for (const part of parts) {
    const value = valueLabelledBy(part, taxonomy.personalDetails.locationLabels)?.replace(/[\s.,;]+$/u, '');
    if (value !== undefined && /\p{L}/u.test(value) && value.split(/\s+/).length <= maxLabelledLocationWords) return value;
  }
  for (const part of parts) {
    const location = locationIn(part.replace(/^[^:]{1,20}:\s*/, '').replace(strayMarks, ''), taxonomy);
    if (location !== null) return location;
  }
  return null;
}

/** Words of a place a street address names, each capitalised: "Orlando East". */
const addressPlace = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*$/u;
/** A postcode after a place, in the same piece ("Soweto 1804"). */
const trailingPostcode = /\s+[\p{Lu}\p{N}-]*\p{N}[\p{Lu}\p{N}-]*$/u;
/** Places of an address kept: a district and its city ("Orlando East, Soweto"). */
const maxAddressPlaces = 2;

/**
 * The place a street address names where no place the taxonomy knows stands in it: "123 Main Rd, Orlando East, Soweto,
 * 1804" → "Orlando East, Soweto", the capitalised pieces after its street's part (a number and an address word), but
 * for more of the street ("Brgy. San Isidro") and a postcode.
 */
function addressLocation(line: Line, taxonomy: CompiledTaxonomy): string | null {
  const { addressWord } = taxonomy.personalDetails.labelledDetail;
  if (addressWord === null || !/\p{N}/u.test(line.text)) return null;
  for (const part of line.text.split(/\s[|•·–—/-]\s|\s{2,}|[|•·\t]/)) {
    const pieces = part.split(',').map((piece) => piece.trim());
    const street = pieces.findIndex((piece) => /\p{N}/u.test(piece) && addressWord.test(piece));
    if (street < 0) continue;
    const places: string[] = [];
    for (const piece of pieces.slice(street + 1)) {
      // More of the street ("Apt 4", "Brgy. San Isidro"), or a postcode alone, comes before or after the place.
      const place = piece.replace(trailingPostcode, '');
      if (addressWord.test(piece) || /\p{N}/u.test(place)) continue;
      // A place holds no word of a title, a skill or an employer: "Phase 2 Lead, Customer Care, Concentrix" is a job.
      const tokens = tokenize(place);
      const worded = tokens.some((token) => titleAndSkillWords(taxonomy).has(token.norm)) || taxonomy.jobs.employerWords.findAll(place, tokens).length > 0;
      if (!addressPlace.test(place) || worded) break;
      places.push(place);
    }
    if (places.length > 0) return places.slice(-maxAddressPlaces).join(', ');
  }
  return null;
}

/** Lines below a name found outside the contact lines that may hold the place: a headline, wrapped, then the place. */
const locationLinesBelowName = 3;

/**
 * The location in the header and contact lines; else on a line just below the name, where a name stands under a
 * sidebar ("Maria Santos / Team Leader at Concentrix / Cebu City, Central Visayas, Philippines", a LinkedIn export).
 */
function findLocation(resume: SegmentedResume, name: FoundName | null, taxonomy: CompiledTaxonomy): string | null {
  for (const section of resume.sections) {
    if (!contactSections.has(section.id)) continue;
    for (const line of section.lines) {
      const location = locationOnLine(line, taxonomy);
      if (location !== null) return location;
    }
  }
  // A street address whose place the taxonomy does not know ("123 Main Rd, Orlando East, Soweto, 1804").
  for (const section of resume.sections) {
    if (!contactSections.has(section.id)) continue;
    for (const line of section.lines) {
      const location = addressLocation(line, taxonomy);
      if (location !== null) return location;
    }
  }
  const lines = resume.sections.find((section) => name !== null && section.lines.includes(name.line))?.lines ?? [];
  const at = name === null ? -1 : lines.indexOf(name.line);
  for (const line of at < 0 ? [] : lines.slice(at + 1, at + 1 + locationLinesBelowName)) {
    const location = locationOnLine(line, taxonomy);
    if (location !== null) return location;
  }
  return null;
}

/** Longest calling code: three digits ("353" Ireland). */
const callingCodeDigits = 3;

function countryOf(location: string | null, phone: string | null, taxonomy: CompiledTaxonomy): string | null {
  const placed = location === null ? [] : taxonomy.places.findAll(location).flatMap((hit) => (hit.value === null ? [] : [hit.value]));
  if (placed.length > 0) return placed.at(-1) ?? null;
  const international = phone === null ? null : /^\(?\s*(?:\+|00)\s*([\d\s().-]+)/.exec(phone);
  const digits = international?.[1]?.replace(/\D/g, '') ?? '';
  for (let length = 1; length <= callingCodeDigits; length += 1) {
    const country = taxonomy.callingCodes.get(digits.slice(0, length));
    if (country !== undefined) return country;
  }
  return null;
}

/** The first phone number that is no postal box's number ("P.O. Box 4521-00100"). */
function findPhone(text: string, taxonomy: CompiledTaxonomy): string | null {
  const box = taxonomy.personalDetails.postalBoxBefore;
  for (const found of phoneNumbersIn(text)) {
    if (box === null || !box.test(text.slice(Math.max(0, found.start - postalBoxReach), found.start))) return found.text;
  }
  return null;
}

/** Characters before a number searched for a postal box's words. */
const postalBoxReach = 16;

/**
 * The first detail `find` finds in the header and contact sections, else anywhere: a supervisor's e-mail address or
 * phone number in a job's lines ("Contacto del supervisor: … sandra.ortiz@tp.com") comes before the candidate's own in
 * the personal details at the end of many Latin American CVs.
 */
function firstInContactLines(resume: SegmentedResume, find: (text: string) => string | null): string | null {
  for (const section of resume.sections) {
    if (!contactSections.has(section.id)) continue;
    for (const line of section.lines) {
      const found = find(line.text);
      if (found !== null) return found;
    }
  }
  return find(resume.text);
}

/** The contact details, and where the name stands in the text (null when none was found). */
export function findContact(resume: SegmentedResume, taxonomy: CompiledTaxonomy): { contact: Contact; nameSpan: { start: number; end: number } | null } {
  const phone = firstInContactLines(resume, (text) => findPhone(text, taxonomy));
  const email = firstInContactLines(resume, (text) => firstOf(emailsIn(text)));
  const name = findName(resume, taxonomy, phone === null && email === null);
  const location = findLocation(resume, name, taxonomy);
  const contact = {
    name: name?.name ?? null,
    email,
    phone,
    location,
    country: countryOf(location, phone, taxonomy),
  };
  if (name === null) return { contact, nameSpan: null };
  // The name as found within its line, else the whole line (a name cut from a "Name: …" label or a credential).
  const at = name.line.text.indexOf(name.name);
  const nameSpan = at < 0 ? { start: name.line.start, end: name.line.end } : { start: name.line.start + at, end: name.line.start + at + name.name.length };
  return { contact, nameSpan };
}
