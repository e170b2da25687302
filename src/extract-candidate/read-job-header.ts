/**
 * Reads the parts of a job's header lines: which part is a job title, which an employer, which a place. A title names a
 * role of the taxonomy or holds a title word ("Engineer", "Executive"); an employer holds an employer word ("Pvt Ltd",
 * "Bank") or is the part left over; a place is "City, State". Titles written inside a sentence ("Worked as a Web
 * Designer with Acme") are read after their introducer, up to a terminator.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { bulletPrefix } from '../segment-sections/line-shape.js';
import type { TermHit } from '../text/term-matcher.js';
import { hasMorePiecesThan } from '../text/count-words.js';
import { rolesNamedIn } from './sum-experience.js';
import { normalizePhrase, tokenize, type Token } from '../text/tokenize.js';
import { allMatches } from '../text/all-matches.js';
import { memoizeByText } from '../text/memoize-by-text.js';
import { pictographClass } from '../text/bullets.js';

export interface HeaderPart {
  readonly text: string;
  /** Roles whose titles the part names. */
  readonly roles: readonly string[];
  readonly hasTitleWord: boolean;
  readonly hasEmployerWord: boolean;
  /** Holds a legal form ("Pvt Ltd", "Inc"). */
  readonly hasEmployerForm: boolean;
  readonly isPlace: boolean;
}

// Separators between title, employer and place on a header line: pipes, bullets, tabs, spaced dashes, commas, " at ".
const separators = /\s*(?:[|•·\t]|\s[-–—]{1,2}\s|\s[-–—]$|^[-–—]\s|,|:\s|\s@\s|\sat\s)\s*/g;
/** Header parts longer than this are sentences from a bullet, not a title or an employer. */
export const maxHeaderPartWords = 8;
/** Words an introduced title runs to at most. */
const maxIntroducedTitleWords = 6;
/**
 * A note in brackets with more words than this, or with a figure, is a remark on the job ("(3 days a week)"), not
 * part of its title; shorter ones qualify it ("Agent (Voice)", "Representative (Chat and Email)").
 */
const maxTitleNoteWords = 3;

/** "(Seasonal)" → "Seasonal", but "Agent (Voice)" keeps its brackets. */
function unwrap(part: string): string {
  const wrapped = /^[([](.*)[)\]]$/.exec(part);
  return wrapped?.[1]?.trim() ?? part;
}

/** "Field Engineer (3 days a week)" → "Field Engineer"; "Agent (Voice)" keeps its note. */
function withoutRemarks(part: string): string {
  if (!/[([]/.test(part)) return part;
  const kept = part.replace(/\s*[([]([^()[\]]*)[)\]]/g, (note: string, inside: string) =>
    /\d/.test(inside) || inside.trim().split(/\s+/).length > maxTitleNoteWords ? '' : note,
  );
  return kept.trim().length > 0 ? kept.trim() : part;
}

/** Split at the separators that stand outside brackets: "Branch Manager (Pune, Maharashtra)" is one part. */
export function splitOutsideBrackets(text: string): string[] {
  if (!/[([]/.test(text)) return text.split(separators);
  const parts: string[] = [];
  let from = 0;
  for (const match of allMatches(separators, text)) {
    const before = text.slice(0, match.index);
    const open = (before.match(/[([]/g)?.length ?? 0) - (before.match(/[)\]]/g)?.length ?? 0);
    if (open > 0) continue;
    parts.push(text.slice(from, match.index));
    from = match.index + match[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}

/** The parts of a header line, however long: a part longer than a header part may still open with a title. */
/** The number a list of jobs puts before each one ("1. Teleperformance India, Noida"). */
const listNumber = /^\s*\d{1,2}[.)]\s+/;

/** What a part may open or end with that is none of it: spaces, colons, quotes, and emoji ("🔹 Content Moderator"). */
const decorationAtEnds = new RegExp(`^(?:[\\s:"'“”${pictographClass}]|\\.\\s)+|[\\s:"'“”${pictographClass}]+$`, 'gu');

export function splitHeaderPieces(text: string): string[] {
  return splitOutsideBrackets(text.slice(bulletPrefix(text).length).replace(listNumber, ''))
    .map((part) => withoutRemarks(unwrap(part.replace(decorationAtEnds, ''))))
    .filter((part) => /[\p{L}]{2}/u.test(part));
}

export function splitHeaderParts(text: string): string[] {
  return splitHeaderPieces(text).filter((part) => !hasMorePiecesThan(part, maxHeaderPartWords));
}

/**
 * "Tucson, AZ", "Bengaluru, Karnataka", "India", "Englewood, CO (remote)": a part that is only places and the words of
 * a city before them. "State Bank of India" and "Teleperformance Philippines" name organisations.
 */
function isPlace(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): boolean {
  const hits = taxonomy.places.findAll(text, tokens);
  const [first, last] = [hits[0], hits.at(-1)];
  if (!first || !last) return false;
  // Nothing but a postal code, or a remark in brackets, may follow the place.
  if (!/^[\s,]*(?:\d[\d\s-]{2,9})?(?:\s*\([^()]*\))?$/.test(text.slice(last.end))) return false;
  const before = text.slice(0, first.start);
  if (taxonomy.placeNameLink?.test(before) === true) return false;
  // A country straight after a name, with no comma between, is the company's arm there; a city before it is a place.
  const country = taxonomy.countryPhrases.has(normalizePhrase(text.slice(last.start, last.end)));
  return !(hits.length === 1 && country && /[\p{L}\p{N}.]\s+$/u.test(before));
}

/** Header parts remembered per taxonomy: a resume names the same employer, place and title on many lines. */
const rememberedHeaderParts = 4096;

/** What a header part names: read once per text and taxonomy (see memoizeByText). */
export const readHeaderPart = memoizeByText<CompiledTaxonomy, HeaderPart>(rememberedHeaderParts, readHeaderPartOnce);

function readHeaderPartOnce(written: string, taxonomy: CompiledTaxonomy): HeaderPart {
  const writtenTokens = tokenize(written);
  // "Have worked as a Support Engineer": the title is what the introducer introduces.
  const introduced = introducedTitle(written, taxonomy, writtenTokens)?.title;
  const [text, tokens] = introduced === undefined ? [written, writtenTokens] : [introduced, tokenize(introduced)];
  // "Intern for the Evening News desk", "Trainer in Soft Skills": the title ends where a terminator starts.
  return titleBeforeTerminator(text, tokens, taxonomy) ?? readPart(text, tokens, taxonomy);
}

function readPart(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): HeaderPart {
  return {
    text,
    roles: [...new Set(rolesNamedIn(text, taxonomy, tokens))],
    hasTitleWord: taxonomy.jobs.titleWords.findAll(text, tokens).length > 0,
    hasEmployerWord: taxonomy.jobs.employerWords.findAll(text, tokens).length > 0,
    hasEmployerForm: legalForms(text, tokens, taxonomy).length > 0,
    isPlace: isPlace(text, tokens, taxonomy),
  };
}

/** The legal forms a text holds. "Co" joined to the next word by a hyphen starts a word ("Co-Ordinator", "Co-Op"). */
export function legalForms(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): TermHit<true>[] {
  return taxonomy.jobs.employerForms.findAll(text, tokens).filter((hit) => text[hit.end] !== '-');
}

/** A part that reads as a job title: it names a role, or holds a title word and no legal form of an organisation. */
export function readsAsTitle(part: HeaderPart): boolean {
  return part.roles.length > 0 || (part.hasTitleWord && !part.hasEmployerForm && !part.isPlace);
}

/**
 * "Designation: Team Leader", also in brackets ("(Designation: Team Leader)") → the label's kind and the value; null
 * when the line is not a labelled field.
 */
export function labelledField(text: string, taxonomy: CompiledTaxonomy): { kind: 'title' | 'employer'; value: string } | null {
  const unwrapped = /^\s*[([]\s*(.*?)\s*[)\]]\s*$/u.exec(text)?.[1] ?? text;
  const match = /^\s*([\p{L} ]{2,30}?)\s*[:–-]\s*(.+)$/u.exec(unwrapped);
  if (!match?.[1] || !match[2]) return null;
  const kind = taxonomy.jobs.labels.get(tokenize(match[1]).map((t) => t.norm).join(' '));
  // "Position: Tutor (five contact hours per week)": a long remark is no part of the value.
  const value = withoutRemarks(match[2].trim());
  return kind === undefined || hasMorePiecesThan(value, maxHeaderPartWords) ? null : { kind, value };
}

/** Index of the first terminator after the first word ("Intern for the … desk"); -1 when there is none. */
export function terminatorIndex(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): number {
  const first = tokens[0];
  const hit = first ? taxonomy.jobs.titleTerminators.findAll(text, tokens).find((h) => h.start > first.start) : undefined;
  return hit ? tokens.findIndex((token) => token.start === hit.start) : -1;
}

/** The words before the first terminator ("Intern for …" → "Intern") when they read as a title; null otherwise. */
function titleBeforeTerminator(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): HeaderPart | null {
  const at = terminatorIndex(text, tokens, taxonomy);
  const last = tokens[at - 1];
  if (!last) return null;
  const title = readPart(text.slice(0, last.end), tokens.slice(0, at), taxonomy);
  return readsAsTitle(title) ? title : null;
}

/** Whether the text between two tokens breaks a phrase (a comma, a bracket, a full stop, a dash). */
function breaksBetween(text: string, a: Token, b: Token): boolean {
  return /[,;:()|.–—]|\s-\s/.test(text.slice(a.end, b.start));
}

/**
 * A title written inside a sentence, after an introducer ("worked as", "joined as"), and the employer written after
 * it ("… with Prolifics Corporation from …"). Null when the sentence introduces no title.
 */
export function introducedTitle(
  text: string,
  taxonomy: CompiledTaxonomy,
  given?: readonly Token[],
): { title: string; employer: string | null } | null {
  const { titleIntroducers, employerIntroducers } = taxonomy.jobs;
  // Most sentences introduce no title: they are not split into tokens to learn it.
  if (given === undefined && !titleIntroducers.mayHold(text) && !employerIntroducers.mayHold(text)) return null;
  const tokens = given ?? tokenize(text);
  const introducer = titleIntroducers.findAll(text, tokens)[0];
  if (!introducer) return employerThenTitle(text, tokens, taxonomy);
  let index = tokens.findIndex((t) => t.start >= introducer.end);
  while (index >= 0 && taxonomy.jobs.articles.has(tokens[index]?.norm ?? '')) index += 1;
  const title = phraseFrom(text, tokens, index, taxonomy);
  if (!title || !readsAsTitle(readHeaderPart(title.text, taxonomy))) return null;
  const after = tokens[title.next];
  const stoppedAtTerminator = after !== undefined && taxonomy.jobs.titleTerminators.lookup(after.cased) !== null;
  const employerStart = stoppedAtTerminator ? title.next + 1 : -1;
  const employer = employerStart >= 0 && /^\p{Lu}/u.test(tokens[employerStart]?.cased ?? '') ? phraseFrom(text, tokens, employerStart, taxonomy) : null;
  return { title: title.text, employer: employer?.text ?? null };
}

/**
 * "Working with Sutherland Global Services, Mysuru as Customer Support Executive from …": an employer introduced first,
 * its place after a comma, then the title after "as". Null unless both are there and the title reads as one.
 */
function employerThenTitle(text: string, tokens: readonly Token[], taxonomy: CompiledTaxonomy): { title: string; employer: string | null } | null {
  const introducer = taxonomy.jobs.employerIntroducers.findAll(text, tokens)[0];
  if (!introducer) return null;
  const start = tokens.findIndex((t) => t.start >= introducer.end);
  if (!/^\p{Lu}/u.test(tokens[start]?.cased ?? '')) return null;
  const employer = phraseFrom(text, tokens, start, taxonomy);
  const link = tokens.findIndex((t, index) => index > start && taxonomy.jobs.titleAfterEmployer.has(t.norm));
  // The title follows within the sentence: only a place, after a comma, may stand between ("…, Mysuru as …").
  if (!employer || link < 0 || link - employer.next > maxPlaceWords || /[.;]\s/.test(text.slice(introducer.end, tokens[link]?.start))) return null;
  let index = link + 1;
  while (index < tokens.length && taxonomy.jobs.articles.has(tokens[index]?.norm ?? '')) index += 1;
  const title = phraseFrom(text, tokens, index, taxonomy);
  if (!title || !readsAsTitle(readHeaderPart(title.text, taxonomy))) return null;
  return { title: title.text, employer: employer.text };
}

/** Words a place between an introduced employer and its title may have ("Navi Mumbai, Maharashtra"). */
const maxPlaceWords = 4;

/** Words from `start` up to a terminator, a break or the length limit; `next` is the index of the token after them. */
function phraseFrom(text: string, tokens: readonly Token[], start: number, taxonomy: CompiledTaxonomy): { text: string; next: number } | null {
  const first = tokens[start];
  if (!first) return null;
  let end = start;
  while (end + 1 < tokens.length && end + 1 - start < maxIntroducedTitleWords) {
    const current = tokens[end];
    const next = tokens[end + 1];
    if (!current || !next || breaksBetween(text, current, next)) break;
    if (taxonomy.jobs.titleTerminators.lookup(next.cased) !== null) break;
    end += 1;
  }
  const last = tokens[end];
  return last ? { text: text.slice(first.start, last.end), next: end + 1 } : null;
}
