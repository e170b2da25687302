/**
 * Whether a line is a section heading, and which. A heading is a short line that, with case, punctuation and
 * decoration folded, is one of the taxonomy's heading aliases ("WORK EXPERIENCE", "Skills:", "— Education —"), or one
 * with qualifier words around it ("Selected Accomplishments", "Education Details"). A line in capitals that joins a
 * heading to more words with "and" is that heading too ("FORMAL EDUCATION AND ONGOING TRAINING"), and so are two
 * headings of one section joined by "/", "&" or "and" ("CERTIFICATIONS/LICENSES").
 * A heading may carry its first content after a colon ("Skills: Excel, Zendesk"); that content stays in the section.
 * A heading set in spaced letters ("E D U C A T I O N") is read with its spaces taken out.
 */
import { hasMoreWordsThan } from '../text/count-words.js';
import { normalizePhrase, tokenize } from '../text/tokenize.js';
import type { Line } from './section-types.js';

export interface HeadingMatch {
  readonly id: string;
  readonly heading: string;
  /** Text after "Heading:" on the same line, as a line of its own. */
  readonly rest: Line | null;
}

export interface HeadingVocabulary {
  /** Normalised alias → section id. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Every word of the aliases, when known: a line with none of them is no heading, and needs no further look. */
  readonly words?: ReadonlySet<string>;
  readonly qualifiers?: { readonly leading: ReadonlySet<string>; readonly trailing: ReadonlySet<string> };
  /** Sections whose name ends a heading in Title Case after a few words of its own ("Production Experience"). */
  readonly endings?: ReadonlySet<string>;
  /** Whether a whole line names a skill: "Customer Experience" in a list of skills is a skill, not a heading. */
  readonly namesSkill?: (text: string) => boolean;
  /** The resume is written in lower case throughout: a line's lack of capitals does not rule out Title Case. */
  readonly lowerCase?: boolean;
}

/** The number or letter some resumes put before each heading. */
const headingNumber = /^\s*(?:\d{1,2}|[ivx]{1,4})[.)]\s+/i;
/** Headings are short: anything longer is a sentence that happens to start with a heading word. */
const maxHeadingWords = 6;
/** Qualifier words dropped from each end, at most. */
const maxQualifiers = 2;
/** Words of its own a heading in capitals may have before the heading it ends with. */
const maxCapitalsPrefixWords = 3;

/** The section id of normalised words, allowing qualifiers around an alias. */
function lookup(words: readonly string[], vocabulary: HeadingVocabulary): string | undefined {
  const exact = vocabulary.aliases.get(words.join(' '));
  if (exact !== undefined || !vocabulary.qualifiers) return exact;
  const { leading, trailing } = vocabulary.qualifiers;
  for (let from = 0; from <= maxQualifiers && from < words.length; from += 1) {
    if (from > 0 && !leading.has(words.slice(0, from).join(' ')) && !words.slice(0, from).every((w) => leading.has(w))) break;
    for (let to = words.length; to > from && words.length - to <= maxQualifiers; to -= 1) {
      const dropped = words.slice(to);
      if (dropped.length > 0 && !trailing.has(dropped.join(' ')) && !dropped.every((w) => trailing.has(w))) break;
      const id = vocabulary.aliases.get(words.slice(from, to).join(' '));
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

/** Two headings of one section joined by "/", "&" or "and" ("CERTIFICATIONS/LICENSES", "Skills & Tools"). */
function joinedHeading(words: readonly string[], head: string, vocabulary: HeadingVocabulary): string | undefined {
  if (!/[/&]|\sand\s/i.test(head)) return undefined;
  for (let split = 1; split < words.length; split += 1) {
    const right = words[split] === 'and' ? words.slice(split + 1) : words.slice(split);
    const id = lookup(words.slice(0, split), vocabulary);
    if (id !== undefined && right.length > 0 && lookup(right, vocabulary) === id) return id;
  }
  return undefined;
}

/**
 * A line in capitals is a heading when it starts with one joined by "and" to more words ("EDUCATION AND ONGOING
 * TRAINING"), or ends with a section's own name after a few words ("PUBLIC RELATIONS EXPERIENCE", "SALES SKILLS").
 */
function capitalsHeading(words: readonly string[], headings: HeadingVocabulary): string | undefined {
  const and = words.indexOf('and');
  const joined = and > 0 ? lookup(words.slice(0, and), headings) : undefined;
  if (joined !== undefined) return joined;
  return namedLast(words, headings);
}

/** The section whose own name ends a few words: "ABC SOFTWARE" is an employer, not a "software" skills heading. */
function namedLast(words: readonly string[], headings: HeadingVocabulary): string | undefined {
  const last = words.at(-1);
  const id = words.length > 1 && words.length <= maxCapitalsPrefixWords + 1 && last !== undefined ? headings.aliases.get(last) : undefined;
  return id !== undefined && normalizePhrase(id) === last ? id : undefined;
}

/**
 * A line in Title Case ending with the name of a section that allows it ("Production Experience", "Legal Work
 * Experience"): most names end subjects as often ("Physical Education", "Programming Languages").
 */
function titleCaseHeading(head: string, words: readonly string[], headings: HeadingVocabulary): string | undefined {
  const titleCase = headings.lowerCase === true || head.trim().split(/\s+/).every((word) => /^[^\p{L}]*\p{Lu}/u.test(word));
  const id = titleCase && headings.namesSkill?.(head.trim()) !== true ? namedLast(words, headings) : undefined;
  return id !== undefined && headings.endings?.has(id) === true ? id : undefined;
}

// A heading set in spaced letters, as designed resumes set them ("W O R K  E X P E R I E N C E"): single letters
// with spaces between, which a PDF's text keeps.
const spacedLetters = /^\s*(?:\p{L}[ \t]+){3,}\p{L}\s*$/u;

/** Alias with its spaces taken out → section id, per vocabulary: spaced letters keep no reliable word breaks. */
const compactAliases = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, string>>();

function spacedHeading(line: Line, headings: HeadingVocabulary): HeadingMatch | null {
  // Most lines have a word of two letters first: one look at the second character rules them out.
  const first = line.text.length - line.text.trimStart().length;
  if (line.text[first + 1] !== ' ' || !spacedLetters.test(line.text)) return null;
  let compact = compactAliases.get(headings.aliases);
  if (!compact) {
    compact = new Map([...headings.aliases].map(([alias, id]) => [alias.replace(/\s+/g, ''), id] as const));
    compactAliases.set(headings.aliases, compact);
  }
  const id = compact.get(normalizePhrase(line.text.replace(/\s+/g, '')));
  return id === undefined ? null : { id, heading: line.text.trim(), rest: null };
}

export function findHeading(line: Line, headings: HeadingVocabulary): HeadingMatch | null {
  const spaced = spacedHeading(line, headings);
  if (spaced) return spaced;
  const colon = line.text.indexOf(':');
  // A numbered heading is its words: "5. Academic Studies", "IV) Experience".
  const head = (colon >= 0 ? line.text.slice(0, colon) : line.text).replace(headingNumber, '');
  // Every written word with a letter or digit is at least one token: a long line is no heading, and most lines are.
  if (hasMoreWordsThan(head, maxHeadingWords)) return null;
  const words = tokenize(head).map((token) => token.norm);
  if (words.length === 0 || words.length > maxHeadingWords) return null;
  if (headings.words && !words.some((word) => headings.words?.has(word))) return null;
  let id = lookup(words, headings) ?? joinedHeading(words, head, headings);
  if (id === undefined && !/\p{Ll}/u.test(head)) id = capitalsHeading(words, headings);
  id ??= titleCaseHeading(head, words, headings);
  if (id === undefined) return null;
  const after = colon >= 0 ? line.text.slice(colon + 1) : '';
  const restText = after.trim();
  const restStart = line.start + colon + 1 + (after.length - after.trimStart().length);
  const rest = restText.length > 0 ? { text: restText, start: restStart, end: restStart + restText.length } : null;
  return { id, heading: head.trim(), rest };
}
