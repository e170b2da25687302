/**
 * Whether a line without dates names a job title, and how it is written. A title ends with its head, a title word in
 * the singular ("Quality Analyst"), or goes on from it with a link word ("Head of Member Services"); a title written
 * as one also has every word in capitals. Lines of duties ("Supervised night-shift staff", "Managed team of 6
 * agents") and of groups ("Floor Supervisors") are no titles.
 */
import { bulletPrefix } from '../segment-sections/line-shape.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { hasMorePiecesThan } from '../text/count-words.js';
import { tokenize, type Token } from '../text/tokenize.js';
import {
  introducedTitle,
  legalForms,
  maxHeaderPartWords,
  readHeaderPart,
  readsAsTitle,
  splitHeaderParts,
  splitOutsideBrackets,
  terminatorIndex,
  type HeaderPart,
} from './read-job-header.js';
import { allMatches } from '../text/all-matches.js';
import { memoizeByText } from '../text/memoize-by-text.js';
import { rolesNamedIn } from './sum-experience.js';

/**
 * A part that is a title as a whole or up to a terminator, read as one; null otherwise. "Intern for the News Desk" is
 * a title, "Reporting to the Operations Manager" is not: its title word stands after the terminator.
 */
export function titleOf(part: string, taxonomy: CompiledTaxonomy): HeaderPart | null {
  const read = readHeaderPart(part, taxonomy);
  if (!readsAsTitle(read)) return null;
  return read.text === part && terminatorIndex(part, tokenize(part), taxonomy) >= 0 ? null : read;
}

/** The text without notes in brackets, which are no part of a title's shape: "Quality Analyst (night shift)". */
function withoutNotes(text: string): string {
  return text.replace(/\s*[([][^()[\]]*[)\]]/g, '');
}

/** Whether a title ends with its head, a title word in the singular, or goes on from it with a link word. */
export function isHeadedTitle(written: string, taxonomy: CompiledTaxonomy): boolean {
  const text = withoutNotes(written);
  const tokens = tokenize(text);
  const { titleLinks } = taxonomy.jobs;
  const heads = [...taxonomy.jobs.titleWords.findAll(text, tokens), ...taxonomy.roleTitles.findAll(text, tokens)];
  return heads.some((hit) => {
    const index = tokens.findIndex((token) => token.end === hit.end);
    const head = tokens[index];
    const next = tokens[index + 1];
    const singular = head !== undefined && text.slice(head.start, head.end) === head.cased;
    return singular && (next === undefined || titleLinks.has(next.norm));
  });
}

/** A headed title with every word in capitals, link words aside ("Head of Sales"). */
export function isTitleShaped(written: string, taxonomy: CompiledTaxonomy): boolean {
  const text = withoutNotes(written);
  const capitalised = (token: Token): boolean => /^\p{Lu}/u.test(text.slice(token.start, token.end));
  return tokenize(text).every((token) => capitalised(token) || taxonomy.jobs.titleLinks.has(token.norm)) && isHeadedTitle(text, taxonomy);
}

/**
 * The formal title within a phrase that introduces one: "departmental Linux Systems Administrator" → "Linux Systems
 * Administrator". A formal title is written in capitals; lower-case words before it only describe it. Null when no
 * capitalised tail reads as a title.
 */
export function formalTitle(phrase: string, taxonomy: CompiledTaxonomy): string | null {
  const tokens = tokenize(phrase);
  const first = tokens.find((token) => /^\p{Lu}/u.test(phrase.slice(token.start, token.end)));
  if (!first) return null;
  const tail = phrase.slice(first.start);
  return isTitleShaped(tail, taxonomy) ? tail : null;
}

/**
 * Where a remark may start after a title: a spaced dash, a colon, a bracket, or a full stop before a capital ("Vice
 * President - Promoted to …", "Senior Litigation Paralegal. Assigned to …").
 */
const remarkStarts = /\s[-–—]\s|:\s|\s\(|\.\s+(?=\p{Lu})/gu;
/** A full stop before a capital: the end of a sentence within a header part. */
export const sentenceEnds = /\.\s+(?=\p{Lu})/gu;

/**
 * The title a line opens with, before a remark: "Vice President of Operations - Promoted to review all field work" →
 * "Vice President of Operations". The first cut that leaves a title in capitals of at most `maxWords` words counts
 * ("Sr. Consultant. Led …" is cut after "Consultant", not after "Sr"); null when none does.
 */
export function leadingTitle(text: string, maxWords: number, taxonomy: CompiledTaxonomy, cuts = remarkStarts): string | null {
  const from = bulletPrefix(text).length;
  for (const cut of allMatches(cuts, text)) {
    const title = text.slice(from, cut.index).trim();
    if (hasMorePiecesThan(title, maxWords)) return null;
    if (title.length > 0 && isTitleShaped(title, taxonomy)) return title;
  }
  return null;
}

/**
 * The title a header piece too long for a header part opens with: the formal title it introduces ("Served as Teacher
 * Assistant for Grades 2 and 3" → "Teacher Assistant"), else a title in capitals before its first terminator ("Intern
 * for the Jerry Springer & Steve Wilkos Shows." → "Intern"). Null otherwise: "Managed a team of 20 engineers for …"
 * names no title.
 */
export function titleOpeningPiece(piece: string, maxWords: number, taxonomy: CompiledTaxonomy): string | null {
  const introduced = introducedTitle(piece, taxonomy);
  if (introduced) return formalTitle(introduced.title, taxonomy);
  const tokens = tokenize(piece);
  const last = tokens[terminatorIndex(piece, tokens, taxonomy) - 1];
  if (!last) return null;
  const title = piece.slice(0, last.end);
  return !hasMorePiecesThan(title, maxWords) && isTitleShaped(title, taxonomy) ? title : null;
}

/**
 * A header part that names a second title for the same job ("Campus Director" below "Associate Vice President of
 * Regional Operations"): a title in capitals of two words or more, starting with a capital ("and Head Coach" is
 * not). One word alone ("QA", "Principal") names a department or a rank as often as a title.
 */
export function isSecondTitle(part: HeaderPart, taxonomy: CompiledTaxonomy): boolean {
  const words = part.text.trim().split(/\s+/);
  return readsAsTitle(part) && words.length >= 2 && /^\p{Lu}/u.test(words[0] ?? '') && isTitleShaped(part.text, taxonomy);
}

/** A title split from the employer after it has at most this many words. */
const maxSplitTitleWords = 6;

/**
 * A title written straight before its employer, with nothing between ("Sales Associate Acme Stores Inc", "Medical
 * Support Assistant Company Name": columns a PDF ran together) → the two, split after the last title word before the
 * employer's legal form. The part stays whole unless what comes before is a title of two words or more in capitals:
 * "Agent Solutions Pvt Ltd" is one organisation.
 */
export function splitTitleFromEmployer(part: string, taxonomy: CompiledTaxonomy): string[] {
  // Most header parts name no legal form: they are not split into tokens to learn it.
  if (!taxonomy.jobs.employerForms.mayHold(part)) return [part];
  const tokens = tokenize(part);
  const form = legalForms(part, tokens, taxonomy)[0];
  if (!form) return [part];
  const head = taxonomy.jobs.titleWords.findAll(part, tokens).filter((hit) => hit.end <= form.start).at(-1);
  if (!head) return [part];
  const title = part.slice(0, head.end).trim();
  // "Assistant Store Supervisor / Acme Stores Inc": a slash or a dash may still stand between them.
  const employer = part.slice(head.end).replace(/^[\s/|–—-]+/, '').trim();
  const words = title.split(/\s+/).length;
  const fits = words >= 2 && words <= maxSplitTitleWords && /^\p{Lu}/u.test(employer) && isTitleShaped(title, taxonomy);
  return fits ? [title, employer] : [part];
}

/**
 * A header line without dates read for a job title: the first part that is a title, and the other parts. Null when
 * the line holds a piece too long for a header part (a sentence) or no title. `tokens` are the line's, when known.
 */
export function readTitleLine(
  text: string,
  taxonomy: CompiledTaxonomy,
  tokens: readonly Token[] = tokenize(text),
): { title: HeaderPart; others: HeaderPart[] } | null {
  // Most lines name no title at all: one look at the whole line spares reading each of its parts.
  if (taxonomy.jobs.titleWords.findAll(text, tokens).length === 0 && taxonomy.roleTitles.findAll(text, tokens).length === 0) return null;
  const pieces = splitOutsideBrackets(text.slice(bulletPrefix(text).length));
  if (pieces.some((piece) => piece.trim().split(/\s+/).length > maxHeaderPartWords)) return null;
  const parts = splitHeaderParts(text);
  for (const [index, part] of parts.entries()) {
    const title = titleOf(part, taxonomy);
    if (title) return { title, others: parts.filter((_, other) => other !== index).map((p) => readHeaderPart(p, taxonomy)) };
  }
  return null;
}

/** A qualifier naming the line of work has at most this many words ("Accounts Payable and Receivable"). */
const maxQualifierWords = 5;
/** What may stand between a title and a qualifier of it on one line: a spaced dash, a comma, a pipe or a colon. */
const qualifierSeparator = /^(?:\s+[-–—]\s+|\s*[,|:]\s*)/u;
/** The qualifier runs to the next separator of header parts, or to the end of the line. */
const qualifierEnd = /\s+[-–—|•·]\s+|\s*[,|•·\t(]|$/u;

/** Header parts remembered per taxonomy: a resume repeats its qualifiers and employers on many lines. */
const rememberedParts = 4096;

/**
 * The roles a header part names as a line of work, or null when it is no line of work: every word must be part of a
 * skill, a channel, a call direction or a department ("Claims Processing", "Inbound Voice", "Operations"), and
 * the roles are those its skills define (claims processing, the claims processor's).
 */
const lineOfWorkRoles = memoizeByText<CompiledTaxonomy, string[] | null>(rememberedParts, lineOfWorkRolesOnce);

function lineOfWorkRolesOnce(part: string, taxonomy: CompiledTaxonomy): string[] | null {
  const tokens = tokenize(part);
  if (tokens.length === 0) return null;
  const { skills, screening, jobs, rolesDefinedBy } = taxonomy;
  const skillHits = skills.findAll(part, tokens);
  const hits = [
    ...skillHits,
    ...screening.channels.findAll(part, tokens),
    ...screening.callDirections.findAll(part, tokens),
    ...jobs.departments.findAll(part, tokens),
  ];
  const covered = (token: Token): boolean => hits.some((hit) => hit.start <= token.start && token.end <= hit.end);
  if (hits.length === 0 || !tokens.every((token) => covered(token) || jobs.titleLinks.has(token.norm))) return null;
  return [...new Set(skillHits.flatMap((hit) => rolesDefinedBy.get(hit.value) ?? []))];
}

/** Whether a header part names a line of work ("Collections", "Claims Processing"), not an organisation. */
export function namesLineOfWork(part: string, taxonomy: CompiledTaxonomy): boolean {
  return lineOfWorkRoles(part, taxonomy) !== null;
}

/** A title with the line of work written after it, and the roles that line of work names. */
export interface QualifiedTitle {
  readonly title: string;
  readonly roles: readonly string[];
}

/** A separator of a title and its qualifier anywhere in a text. */
const innerQualifierSeparator = /\s+[-–—]\s+|\s*[,|:]\s*/u;

/**
 * The roles named by the line of work a title read as a whole holds after its head: a labelled value ("Designation:
 * New Associate - Content Moderation") or a table's cell is the title with its qualifier. None when it holds none.
 */
function ownLineOfWorkRoles(title: string, taxonomy: CompiledTaxonomy): string[] {
  const separator = innerQualifierSeparator.exec(title);
  const head = separator ? title.slice(0, separator.index).trim() : '';
  return head.length === 0 ? [] : [...withLineOfWork(head, title, taxonomy).roles];
}

/**
 * A title with the line of work written after it on the same line, as one: "Senior Associate – Claims Processing",
 * "Customer Service Representative, Inbound Voice". The qualifier is what tells one "Senior Associate" from another,
 * and the roles it names count the job as theirs. The title as it was, and no roles, when nothing that names a line
 * of work follows it.
 */
export function withLineOfWork(title: string, lineText: string, taxonomy: CompiledTaxonomy): QualifiedTitle {
  const unqualified = { title, roles: [] };
  const at = lineText.indexOf(title);
  if (at < 0) return unqualified;
  const after = lineText.slice(at + title.length);
  const separator = qualifierSeparator.exec(after);
  if (!separator) return { title, roles: ownLineOfWorkRoles(title, taxonomy) };
  const rest = after.slice(separator[0].length);
  const piece = rest.slice(0, qualifierEnd.exec(rest)?.index ?? rest.length).trim();
  // "Associate - Customer Care from 01-Aug-2020": a sentence goes on after the qualifier. A line of work may hold a
  // terminator's word itself: "Executive – Order to Cash", "Analyst – Record to Report".
  const pieceTokens = tokenize(piece);
  const stop = pieceTokens[terminatorIndex(piece, pieceTokens, taxonomy)];
  const qualifier = stop === undefined || lineOfWorkRoles(piece, taxonomy) !== null ? piece : piece.slice(0, stop.start).trim();
  if (qualifier.length === 0 || hasMorePiecesThan(qualifier, maxQualifierWords)) return unqualified;
  const roles = lineOfWorkRoles(qualifier, taxonomy);
  if (roles === null) return unqualified;
  const qualified = lineText.slice(at, at + title.length + separator[0].length + rest.indexOf(qualifier) + qualifier.length);
  // The qualified title may be a role's title as a whole: "Associate Vice President, Operations".
  return { title: qualified, roles: [...new Set([...roles, ...rolesNamedIn(qualified, taxonomy)])] };
}
