/**
 * The personal-detail rules compiled: phrase sets for name finding, and one pattern that finds every labelled
 * personal detail with its value ("Date of Birth: 12/04/1984", "Gender: Male", "DOB 02/03/1997") for blind screening.
 */
import { bulletClass } from '../text/bullets.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { normalizePhrase } from '../text/tokenize.js';
import type { Vocabulary } from './taxonomy-schema.js';
import { englishCommonWords } from './common-words.js';

export interface PersonalDetailRules {
  /** Lines that title the document ("Curriculum Vitae"), normalised as tokens are: never a name. */
  readonly documentTitles: ReadonlySet<string>;
  /** Labels of a name line ("Name:", "Full name:"), normalised. */
  readonly nameLabels: ReadonlySet<string>;
  /** Honorifics dropped from before a name ("Mr.", "Smt."), normalised. */
  readonly honorifics: ReadonlySet<string>;
  /** Small words inside surnames, written in lower case ("dela" of "Juan M. dela Cruz"), lower-cased. */
  readonly nameParticles: ReadonlySet<string>;
  /** A generation written after a name ("Jr", "III"), lower-cased. */
  readonly nameSuffixes: ReadonlySet<string>;
  /** What blind screening redacts besides the contact: labelled details, birth dates, ages, relatives, profiles. */
  readonly labelledDetail: LabelledDetails;
  /**
   * Matches a text that ends with a postal box's words ("P.O. Box ") or an identity number's label ("ID Number: "):
   * the number after either is no phone number. Null when the taxonomy lists none.
   */
  readonly postalBoxBefore: RegExp | null;
  /** Credentials written after a name and a comma ("RN", "CPA"), normalised. */
  readonly postNominals: ReadonlySet<string>;
  /** Labels of a surname line and of a given names line, normalised. */
  readonly surnameLabels: ReadonlySet<string>;
  readonly givenNameLabels: ReadonlySet<string>;
  /** Labels of the candidate's location ("location", "current location"), normalised. */
  readonly locationLabels: ReadonlySet<string>;
  /** Words that make a line no name ("hi", "jobstreet", "resume"), normalised. */
  readonly notNameWords: ReadonlySet<string>;
  /**
   * Common English words that are no person's name (compromise's lexicon, lower case): a resume without contact
   * details whose top line is made of them only opens with a headline, not a name ("ASSOCIATE MERCHANT").
   */
  readonly commonWords: ReadonlySet<string>;
  /** A word ending as no name does ("statement", "publicist"), with letters before the ending; null for no endings. */
  readonly commonWordEnding: RegExp | null;
  /**
   * Short forms of given names ("ma", "ma.", "wm."), lower case: opening a name line ("MA. THERESA R. SANTOS") one is
   * no place.
   */
  readonly givenNameAbbreviations: ReadonlySet<string>;
}

/**
 * The patterns of blind screening. Each of `values` names the part it redacts `value`, and may keep a `before` (a label
 * and its separator) and an `after` ("(DOB)"); the mark keeps the value's trailing blanks.
 */
export interface LabelledDetails {
  readonly values: readonly RegExp[];
  /**
   * An honorific as a pattern's source ("Mrs."), or null: before a redacted name or in brackets after it, it goes into
   * the mark ("Mrs. [redacted]"), for it says the name was there and gives away a woman's marital status.
   */
  readonly honorific: string | null;
  /** An item made of words that alone state a protected detail ("Married, 2 dependants"); null for none. */
  readonly personalItem: RegExp | null;
  /**
   * The small words of surnames, lower case ("de", "la", "van"): no word of a name redacted on its own, for they stand
   * in every sentence of a resume in Spanish ("Ejecutiva de Atención a Clientes").
   */
  readonly nameParticles: ReadonlySet<string>;
  /**
   * Ordinary words, lower case ("king", "rose"): a name's word among them is redacted on its own only where written with
   * a capital ("Upsold king rooms" keeps "king"). The lexicon's common words, shared with name finding.
   */
  readonly commonWords: ReadonlySet<string>;
  /** Given names that are ordinary words too ("grace", "mark"), which the lexicon tags as names only: the same rule. */
  readonly namesAlsoWords: ReadonlySet<string>;
  /** A word of a street address ("St", "Blk", "Calle"), as a whole word; null for none. */
  readonly addressWord: RegExp | null;
}

/** A label as a pattern: any spacing between its words, either apostrophe, and an abbreviation's last dot. */
function labelPattern(label: string): string {
  return escapeRegExp(label.trim()).replace(/\s+/g, String.raw`\s+`).replace(/['’]/g, "['’]");
}

/** The same, matching either case letter by letter: for patterns that tell capitals apart ("Nationality Filipino"). */
function caselessPattern(label: string): string {
  const letters = Array.from(label.trim()).map((char) => {
    const [lower, upper] = [char.toLowerCase(), char.toUpperCase()];
    return lower === upper ? char : `[${lower}${upper}]`;
  });
  return letters.map((char) => (char.length > 1 ? char : labelPattern(char) || String.raw`\s+`)).join('');
}

/** Alternatives, longest first, so that "National ID No" wins over "National ID". */
function alternatives(list: readonly string[], pattern: (label: string) => string = labelPattern): string {
  return [...list].sort((a, b) => b.length - a.length).map(pattern).join('|');
}

const wordStart = String.raw`(?<![\p{L}\p{N}])`;
const wordEnd = String.raw`\.?(?![\p{L}\p{N}])`;
/**
 * A character of an item, which ends at a separator, a bullet, a line break, a tab (a table's next cell: "Race⇥Black
 * African⇥Typing speed⇥45 WPM") or a run of spaces setting a column apart ("Nickname: Macoy          Birthplace: …").
 */
const itemChar = `(?: {0,2}[^|;\\t ${bulletClass()}\\n])`;
/** Where an item starts: a line, a separator, a bullet, a tab, a bracket or a sentence. */
const itemStart = String.raw`(?<=(?:^|[|;(\n\t${bulletClass()}]|[.!?]\s)\s*)`;
/** A date in digits or with a month's name ("14.02.1986", "14 Feb 1986", "Feb 14, 1986", "12th April 1986", "1999"). */
const datePattern = String.raw`(?:\d{1,2}\p{L}{0,2}[\s./,-]+(?:\p{L}{3,9}\.?|\d{1,2})[\s./,-]+\d{2,4}|\p{L}{3,9}\.?\s+\d{1,2}\p{L}{0,2},?\s+\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:19|20)\d{2})(?![\p{L}\p{N}])`;
/**
 * An identity number: letters and digits, joined by dashes, slashes, dots or single spaces before digits, holding a
 * digit and four characters at least ("A001234567Z", "CRN-0111-2345678-9", "1234 5678 9012"), so that "Passport
 * holder" and "caller ID 5" keep their words.
 */
const identityValue = String.raw`(?=(?:[-/.]?[\p{L}\p{N}]|\s\p{N}){4})(?:[\p{L}\p{N}]+[-/.])*[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?:(?:[-/.]|\s(?=\p{N}))[\p{L}\p{N}]+)*`;

/** "Date of Birth: …", "DOB …", "Gender: …", "Gender - …": the value to the end of its item. */
function labelledValue(labels: readonly string[], colonLabels: readonly string[]): RegExp | null {
  const label = [
    ...(labels.length > 0 ? [`(?:${alternatives(labels)})${wordEnd}(?:\\s*[:：\\-–—]\\s*|\\s+)`] : []),
    // A tab after a label is its colon: a table's cell beside its value ("Race⇥Black African").
    ...(colonLabels.length > 0 ? [`(?:${alternatives(colonLabels)})${wordEnd}(?:\\s*[:：]\\s*|\\s+[-–—]\\s+| *\\t[ \\t]*)`] : []),
  ];
  if (label.length === 0) return null;
  // Not to a full stop, which abbreviations hold ("Sept. 12, 1995", "Brgy. San Isidro"): in blind screening more is
  // blanked rather than less.
  return new RegExp(`${wordStart}(?<before>(?:${label.join('|')}))(?<value>${itemChar}+)`, 'giu');
}

/** "Religion Roman Catholic", "Age 40": a bare label opening an item, before a capital or a digit. */
function bareValue(bareLabels: readonly string[]): RegExp | null {
  if (bareLabels.length === 0) return null;
  // Not past a closing bracket: "(Age 40, female) with 6 years of Salesforce" keeps what follows it.
  const valueChar = `(?: {0,2}[^|;)\\t ${bulletClass()}\\n])`;
  return new RegExp(`${itemStart}(?<before>(?:${alternatives(bareLabels, caselessPattern)})\\s+)(?<value>[\\p{Lu}\\p{N}]${valueChar}*)`, 'gu');
}

/** "National ID: 23456789", "passport P1234567A", "Voter ID No. ABC1234567": the number whole, whatever its label's separator. */
function identityNumber(identityNumbers: readonly string[]): RegExp | null {
  if (identityNumbers.length === 0) return null;
  return new RegExp(`${wordStart}(?<before>(?:${alternatives(identityNumbers)})${wordEnd}(?:\\s*(?:No|Number|#)\\.?)?[\\s:：#.-]*)(?<value>${identityValue})(?![\\p{L}\\p{N}])`, 'giu');
}

/** "born 14 Feb 1986", "Born on 14.02.1986 in Iloilo" (the place too, to the end of the item), "14-Feb-1986 (DOB)". */
function birthDates(birthWords: readonly string[]): RegExp[] {
  if (birthWords.length === 0) return [];
  const words = alternatives(birthWords);
  return [
    new RegExp(`${wordStart}(?<before>(?:${words})${wordEnd}[\\s:]*)(?<value>(?:\\p{L}+\\s+){0,2}?${datePattern}${itemChar}*)`, 'giu'),
    new RegExp(`${wordStart}(?<value>${datePattern})(?<after>\\s*[(\\[]\\s*(?:${words})${wordEnd}\\s*[)\\]])`, 'giu'),
  ];
}

/** "40 yrs old": the number. */
function ageInWords(ageWords: readonly string[]): RegExp | null {
  if (ageWords.length === 0) return null;
  return new RegExp(`${wordStart}(?<value>\\d{1,3})(?<after>\\s*(?:${alternatives(ageWords)})${wordEnd})`, 'giu');
}

/** "aged 45", "at the age of 45": the number, unless one of `units` ("days"), a range or a share follows it. */
function ageAfterWords(words: readonly string[], units: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const unit = units.length === 0 ? '' : `|(?:${alternatives(units)})(?![\\p{L}\\p{N}])`;
  return new RegExp(`${wordStart}(?<before>(?:${alternatives(words)})\\s+)(?<value>\\d{1,3})(?![\\p{N}]|\\s*(?:[-–+%/]${unit}))`, 'giu');
}

/** A word of a street address, whole, its abbreviation's dot included ("St.", "Brgy."). */
function addressWordPattern(words: readonly string[]): RegExp | null {
  return words.length === 0 ? null : new RegExp(`${wordStart}(?:${alternatives(words)})${wordEnd}`, 'iu');
}

/** "S/O Ramesh Chand Gupta", "Married to Jose Santos": the marker and the capitalised name after it, whole. */
function relativeName(markers: readonly string[], honorifics: readonly string[], particles: readonly string[]): RegExp | null {
  if (markers.length === 0) return null;
  const word = String.raw`\p{Lu}[\p{L}'’.-]*`;
  const honorific = honorifics.length > 0 ? `(?:(?:${alternatives(honorifics, caselessPattern)})\\.?\\s+)?` : '';
  const particle = particles.length > 0 ? `|(?:${alternatives(particles)})` : '';
  const name = `${honorific}${word}(?:\\s+(?:${word}${particle})){0,4}`;
  return new RegExp(`${wordStart}(?<value>(?:${alternatives(markers, caselessPattern)})(?![\\p{L}\\p{N}])\\s*${name})(?![\\p{L}\\p{N}])`, 'gu');
}

/** "linkedin.com/in/mariaclarareyes", "https://github.com/mariareyes": the address whole. */
function profileAddress(sites: readonly string[]): RegExp | null {
  if (sites.length === 0) return null;
  return new RegExp(`${wordStart}(?<value>(?:https?://)?(?:www\\.|[a-z]{2}\\.)?(?:${alternatives(sites)})/[^\\s|;,)<>"]+)`, 'giu');
}

/** An item of nothing but personal values and numbers ("Married, 2 dependants", "Female"). */
function personalItem(values: readonly string[]): RegExp | null {
  if (values.length === 0) return null;
  const unit = `(?:${alternatives(values)}|\\d+)`;
  return new RegExp(`^(?<before>[\\s,()]*)(?<value>${unit}(?:[\\s,()&/]+${unit})*[\\s,().]*)$`, 'iu');
}

function labelledDetails(rules: Vocabulary['personalDetails']): LabelledDetails {
  const values = [
    profileAddress(rules.profileSites),
    relativeName(rules.relativeMarkers, rules.honorifics, rules.nameParticles),
    ...birthDates(rules.birthWords),
    identityNumber(rules.identityNumbers),
    labelledValue(rules.labels, rules.colonLabels),
    bareValue(rules.bareLabels),
    ageInWords(rules.ageWords),
    ageAfterWords(rules.ageBeforeWords, rules.ageBeforeWordsNotWith),
  ];
  return {
    values: values.filter((pattern): pattern is RegExp => pattern !== null),
    honorific: rules.honorifics.length > 0 ? `(?:${alternatives(rules.honorifics)})\\.?` : null,
    personalItem: personalItem(rules.personalValues),
    nameParticles: new Set(rules.nameParticles.map((word) => word.toLowerCase())),
    commonWords: englishCommonWords(),
    namesAlsoWords: new Set(rules.namesAlsoWords.map((word) => word.toLowerCase())),
    // A postal box is an address too: "P.O. Box 4521-00100, Nairobi" goes whole.
    addressWord: addressWordPattern([...rules.addressWords, ...rules.postalBoxes]),
  };
}

/** Letters a word has before a common word's ending: "Ness" and "Tist" are no words with an ending. */
const minLettersBeforeEnding = 3;

export function compilePersonalDetails(vocabulary: Vocabulary): PersonalDetailRules {
  const rules = vocabulary.personalDetails;
  return {
    documentTitles: new Set(rules.documentTitles.map(normalizePhrase)),
    nameLabels: new Set(rules.nameLabels.map(normalizePhrase)),
    honorifics: new Set(rules.honorifics.map(normalizePhrase)),
    nameParticles: new Set(rules.nameParticles.map((word) => word.toLowerCase())),
    nameSuffixes: new Set(rules.nameSuffixes.map((word) => word.toLowerCase())),
    labelledDetail: labelledDetails(rules),
    postalBoxBefore: notPhoneBefore([...rules.postalBoxes, ...rules.identityNumbers]),
    postNominals: new Set(rules.postNominals.map(normalizePhrase)),
    surnameLabels: new Set(rules.surnameLabels.map(normalizePhrase)),
    givenNameLabels: new Set(rules.givenNameLabels.map(normalizePhrase)),
    locationLabels: new Set(rules.locationLabels.map(normalizePhrase)),
    notNameWords: new Set(rules.notNameWords.map(normalizePhrase)),
    commonWords: englishCommonWords(),
    givenNameAbbreviations: new Set(rules.givenNameAbbreviations.map((word) => word.toLowerCase())),
    commonWordEnding: rules.commonWordEndings.length === 0 ? null : new RegExp(`^\\p{L}{${minLettersBeforeEnding},}(?:${rules.commonWordEndings.map(escapeRegExp).join('|')})$`, 'iu'),
  };
}

/** A text ending with one of the labels, and what separates it from its number; null for no labels. */
function notPhoneBefore(labels: readonly string[]): RegExp | null {
  if (labels.length === 0) return null;
  return new RegExp(`(?<![\\p{L}])(?:${[...labels].sort((a, b) => b.length - a.length).map(labelPattern).join('|')})\\.?[\\s:#.-]*$`, 'iu');
}
