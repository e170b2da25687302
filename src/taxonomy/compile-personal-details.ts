/**
 * The personal-detail rules compiled: phrase sets for name finding, and one pattern that finds every labelled
 * personal detail with its value ("Date of Birth: 12/04/1984", "Gender: Male", "DOB 02/03/1997") for blind screening.
 */
import { bulletClass } from '../text/bullets.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { normalizePhrase } from '../text/tokenize.js';
import type { Vocabulary } from './taxonomy-schema.js';

export interface PersonalDetailRules {
  /** Lines that title the document ("Curriculum Vitae"), normalised as tokens are: never a name. */
  readonly documentTitles: ReadonlySet<string>;
  /** Labels of a name line ("Name:", "Full name:"), normalised. */
  readonly nameLabels: ReadonlySet<string>;
  /** Honorifics dropped from before a name ("Mr.", "Smt."), normalised. */
  readonly honorifics: ReadonlySet<string>;
  /** Small words inside surnames, written in lower case ("dela" of "Juan M. dela Cruz"), lower-cased. */
  readonly nameParticles: ReadonlySet<string>;
  /**
   * A label with what separates it from its value (group 1), then the value to the end of its item (group 2), its
   * trailing blanks included; null when the taxonomy lists no labels.
   */
  readonly labelledDetail: RegExp | null;
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
  /** Words that make a line no name ("hi", "jobstreet", "resume"), normalised. */
  readonly notNameWords: ReadonlySet<string>;
}

/** A label as a pattern: any spacing between its words, either apostrophe, and an abbreviation's last dot. */
function labelPattern(label: string): string {
  return escapeRegExp(label.trim()).replace(/\s+/g, String.raw`\s+`).replace(/['’]/g, "['’]");
}

function labelledDetailPattern(labels: readonly string[], colonLabels: readonly string[]): RegExp | null {
  const alternatives = (list: readonly string[]): string =>
    [...list].sort((a, b) => b.length - a.length).map(labelPattern).join('|');
  const wordStart = String.raw`(?<![\p{L}\p{N}])`;
  const wordEnd = String.raw`\.?(?![\p{L}\p{N}])`;
  const label = [
    ...(labels.length > 0 ? [`(?:${alternatives(labels)})${wordEnd}(?:\\s*[:：\\-–]\\s*|\\s+)`] : []),
    ...(colonLabels.length > 0 ? [`(?:${alternatives(colonLabels)})${wordEnd}\\s*[:：]\\s*`] : []),
  ];
  if (label.length === 0) return null;
  // The value runs to the end of its item: a separator, a bullet or a line break. Not to a full stop, which
  // abbreviations hold ("Sept. 12, 1995", "Brgy. San Isidro"): in blind screening more is blanked rather than less.
  return new RegExp(`${wordStart}((?:${label.join('|')}))([^|;${bulletClass()}\\n]+)`, 'giu');
}

export function compilePersonalDetails(vocabulary: Vocabulary): PersonalDetailRules {
  const rules = vocabulary.personalDetails;
  return {
    documentTitles: new Set(rules.documentTitles.map(normalizePhrase)),
    nameLabels: new Set(rules.nameLabels.map(normalizePhrase)),
    honorifics: new Set(rules.honorifics.map(normalizePhrase)),
    nameParticles: new Set(rules.nameParticles.map((word) => word.toLowerCase())),
    labelledDetail: labelledDetailPattern(rules.labels, rules.colonLabels),
    postalBoxBefore: notPhoneBefore([...rules.postalBoxes, ...rules.identityNumbers]),
    postNominals: new Set(rules.postNominals.map(normalizePhrase)),
    surnameLabels: new Set(rules.surnameLabels.map(normalizePhrase)),
    givenNameLabels: new Set(rules.givenNameLabels.map(normalizePhrase)),
    notNameWords: new Set(rules.notNameWords.map(normalizePhrase)),
  };
}

/** A text ending with one of the labels, and what separates it from its number; null for no labels. */
function notPhoneBefore(labels: readonly string[]): RegExp | null {
  if (labels.length === 0) return null;
  return new RegExp(`(?<![\\p{L}])(?:${[...labels].sort((a, b) => b.length - a.length).map(labelPattern).join('|')})\\.?[\\s:#.-]*$`, 'iu');
}
