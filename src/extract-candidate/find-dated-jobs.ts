/**
 * Jobs with dates. Every line holding a date range opens a position. Its header is that line, up to two lines just
 * above it that are not bullets or wrapped sentences (three when the third brings the title), and, when those name no
 * title, up to two such lines just below it: layouts put title, employer, place and dates on one to four lines, in
 * any order. A job listed as a bullet of its own is its own header, and a table row's cells are parts. The title is a
 * labelled title ("Designation: …"), else the nearest part that reads as a title (it names a role or holds a title
 * word), else the top header part; the employer a labelled employer, else the nearest other part that is not a
 * place. A date range inside a sentence ("Worked as Software Engineer with Acme from Dec' 2015 to Sept' 2016") opens
 * a position whose title the sentence introduces. A line that is one date alone ("Summer 2009") dates the job around
 * it when its title is written as one.
 */
import type { Line } from '../segment-sections/section-types.js';
import { bulletPrefix, isBullet } from '../segment-sections/line-shape.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { hasMorePiecesThan } from '../text/count-words.js';
import { normalizePhrase } from '../text/tokenize.js';
import { memoizeByText } from '../text/memoize-by-text.js';
import type { Position, YearMonth } from './candidate-types.js';
import type { EvidenceLocator } from './locate-evidence.js';
import { hasProseWords, namesColumns, pipeCells } from './read-table-rows.js';
import { levelHits } from './level-hits.js';
import { monthIndex, parseDateRanges, parseLoneDate, type DateRange } from './parse-date-ranges.js';
import {
  introducedTitle,
  labelledField,
  maxHeaderPartWords,
  readHeaderPart,
  readsAsTitle,
  splitHeaderPieces,
  type HeaderPart,
} from './read-job-header.js';
import {
  isHeadedTitle,
  isSecondTitle,
  isTitleShaped,
  leadingTitle,
  sentenceEnds,
  splitTitleFromEmployer,
  titleOpeningPiece,
  namesLineOfWork,
  readTitleLine,
  withLineOfWork,
} from './read-title-line.js';

/** Lines above (and below) the date line that may still belong to the job's header. */
const maxHeaderLines = 2;
/**
 * Lines above the date line a header may reach when the nearer ones name no title: "Collections Agent / ABC Financial
 * / Makati City / Jan 2019 – Mar 2022" puts the title three lines up.
 */
const maxHeaderLinesAboveForTitle = 3;
/** A line longer than this many words is a sentence, not a header line. */
const maxHeaderLineWords = maxHeaderPartWords * 2;

export function monthsBetween(start: YearMonth, end: YearMonth): number {
  return monthIndex(end) - monthIndex(start) + 1;
}

export function isSentence(text: string): boolean {
  return hasMorePiecesThan(text, maxHeaderLineWords);
}

/**
 * The line with its date range cut out, and the brackets that held it with any remark they also held: "Claims
 * Supervisor (2014 to 2017)", "Team Lead [Mar 2016 to Jan 2018 (Contract Role)]".
 */
function withoutRange(text: string, range: DateRange): string {
  let before = text.slice(0, range.index);
  let after = text.slice(range.index + range.length);
  const open = /[([][^()[\]]*$/.exec(before);
  const close = /^[^()[\]]*(?:[([][^()[\]]*[)\]][^()[\]]*)*[)\]]/.exec(after);
  if (open && close) {
    before = before.slice(0, open.index);
    after = after.slice(close[0].length);
  }
  return `${before} | ${after}`;
}

/**
 * A line of duties without a bullet: prose ("US P&C insurance claims processing, FNOL set-up, …"). A title line's
 * remark in brackets makes no prose of it: "Customer Support Executive – Teleperformance India, Pune (US telecom,
 * inbound voice and chat)".
 */
function isDutiesLine(text: string, taxonomy: CompiledTaxonomy): boolean {
  if (!hasProseWords(text)) return false;
  const remarksAside = text.replace(/(?<=\S)\s*\([^()]*\)/g, '');
  return remarksAside === text || hasProseWords(remarksAside) || readTitleLine(remarksAside, taxonomy) === null;
}

/**
 * Lines next to a date line that read as header lines: not bullets, wrapped sentences, another job's dates, or lines
 * an earlier job already took as its own.
 */
function headerLinesBeside(
  lines: readonly Line[],
  index: number,
  ranges: readonly (DateRange | undefined)[],
  claimed: ReadonlySet<Line>,
  step: 1 | -1,
  taxonomy: CompiledTaxonomy,
  limit: number = maxHeaderLines,
): Line[] {
  const found: Line[] = [];
  for (let i = index + step; i >= 0 && i < lines.length && found.length < limit; i += step) {
    const line = lines[i];
    // A job site's tenure line between company and title ("Concentrix / 3 yrs 5 mos / Technical Support Advocate") is
    // passed over, not counted.
    if (line && taxonomy.statedExperience.durationAlone.test(line.text)) continue;
    // A line in lower case continues a sentence, unless a name so written opens it ("iQor, Makati") or it is a
    // title and nothing else ("customer service representative").
    const lowerCase = line !== undefined && /^\p{Ll}(?!\p{Lu})/u.test(line.text) && !isWholeTitle(line.text, taxonomy);
    const duty = line !== undefined && isBullet(line.text) && !isDecoratedTitle(line.text, taxonomy);
    if (!line || ranges[i] || claimed.has(line) || duty || lowerCase || isSentence(line.text)) break;
    // Above the dates, a line of the previous job's duties without a bullet ("US P&C insurance claims processing,
    // FNOL set-up, …") ends the header too; below them, a title may still be written in lower case.
    if (step < 0 && isDutiesLine(line.text, taxonomy)) break;
    found.push(line);
  }
  return step < 0 ? found.reverse() : found;
}

/** Most words of a title in capitals that a bullet decorates ("➤ SALES LADY"). */
const maxDecoratedTitleWords = 5;

/**
 * Whether a bulleted line is a job's title with a decoration before it ("➤ CUSTOMER SERVICE REPRESENTATIVE"), not a
 * duty: after the bullet, a title the taxonomy knows and nothing else, or a few words in capitals.
 */
function isDecoratedTitle(text: string, taxonomy: CompiledTaxonomy): boolean {
  const rest = text.slice(bulletPrefix(text).length).trim();
  if (rest.length === 0) return false;
  const capitals = /\p{Lu}/u.test(rest) && !/\p{Ll}/u.test(rest) && rest.split(/\s+/).length <= maxDecoratedTitleWords;
  return capitals || isWholeTitle(rest, taxonomy);
}

/** Whether a line is, whole, a title the taxonomy knows, in any case: a role's own or one of its relevant titles. */
function isWholeTitle(text: string, taxonomy: CompiledTaxonomy): boolean {
  const whole = (hit: { start: number; end: number }): boolean => hit.start === 0 && hit.end === text.length;
  return taxonomy.roleTitles.findAll(text).some(whole) || taxonomy.relevantTitles.findAll(text).some(whole);
}

/** A title a long piece of a header line opens with has at most this many words. */
const maxOpeningTitleWords = 6;

/**
 * The parts of a header line. A piece too long for a part is a sentence, kept only as the title it opens with:
 * "Intern for the Evening News desk and its weekend shows" is an intern's job. A title may end a sentence of its own
 * before one of duties: "Litigation Paralegal. Assigned to the Probate Division".
 */
function headerParts(text: string, taxonomy: CompiledTaxonomy): string[] {
  // A table's cells: a cell that reads as a title is one part, dashes and all ("Senior Associate – Claims Processing").
  if (text.includes('\t')) {
    return text.split('\t').flatMap((cell) => (!cell.includes(',') && readsAsTitle(readHeaderPart(cell.trim(), taxonomy)) ? [cell.trim()] : lineParts(cell, taxonomy)));
  }
  return lineParts(text, taxonomy);
}

function lineParts(text: string, taxonomy: CompiledTaxonomy): string[] {
  return splitHeaderPieces(text).flatMap((piece) => {
    const sentenceTitle = leadingTitle(piece, maxOpeningTitleWords, taxonomy, sentenceEnds);
    if (sentenceTitle !== null) return [sentenceTitle];
    return hasMorePiecesThan(piece, maxHeaderPartWords) ? (titleOpeningPiece(piece, maxOpeningTitleWords, taxonomy) ?? []) : [piece];
  });
}

interface Header {
  readonly title: string | null;
  /** Other parts of the header written as titles: a promotion or a second role held in the same job. */
  readonly otherTitles: readonly HeaderPart[];
  readonly employer: string | null;
  readonly roles: readonly string[];
}

/** A header line read once: its labelled field ("Designation: …"), else its parts. */
interface ReadLine {
  readonly field: ReturnType<typeof labelledField>;
  /**
   * Every labelled field the line holds: the line's own, or those of its pipe-separated segments ("Rank: Able
   * Seaman | Company: Magsaysay Maritime Corporation | 2021 – 2024").
   */
  readonly fields: readonly NonNullable<ReturnType<typeof labelledField>>[];
  readonly parts: readonly HeaderPart[];
}

/** Header lines remembered per taxonomy (see memoizeByText). */
const rememberedHeaderLines = 4096;

/**
 * A header line is read once: the lines between two date lines are the lines below one job and above the next, and
 * resumes repeat their employer and place lines.
 */
const readHeaderLine = memoizeByText<CompiledTaxonomy, ReadLine>(rememberedHeaderLines, readHeaderLineOnce);

function readHeaderLineOnce(text: string, taxonomy: CompiledTaxonomy): ReadLine {
  // Labelled segments of a line tell their value's kind; the other segments are read as parts.
  const segments = text.split(segmentSeparators);
  const inline = segments.length > 1 ? segments.map((segment) => labelledField(segment, taxonomy)) : [];
  const fields = inline.filter((found): found is NonNullable<typeof found> => found !== null);
  // Two labelled segments are two fields, not one label's value: "Puesto: Agente de Call Center⇥Empresa: Teleperformance".
  const field = fields.length > 1 ? null : labelledField(text, taxonomy);
  if (field) return { field, fields: [field], parts: [] };
  // A table's row of column names ("Period | Company | Position | Key Responsibilities") names no job.
  if (isColumnNames(text, taxonomy)) return { field, fields: [], parts: [] };
  const unlabelled = fields.length > 0 ? segments.filter((_, index) => inline[index] === null).join(' | ') : text;
  // A tenure after the dates ("Jan 2023 - Present · 2 yrs 11 mos") is no employer.
  const parts = headerParts(unlabelled, taxonomy)
    .filter((part) => !taxonomy.statedExperience.durationAlone.test(part))
    .flatMap((part) => splitTitleFromEmployer(part, taxonomy))
    .map((part) => readHeaderPart(part, taxonomy));
  return { field, fields, parts };
}

/** What separates the segments of a header line that may each be labelled: pipes, bullets, tabs. */
const segmentSeparators = /\s+[|•·]\s+|\t/;

/** A row of a table drawn with pipes, a pipe at each end: "| Role | Company | Dates |". */
const markdownRow = /^\s*\|.*\|\s*$/u;

/**
 * A row of table cells at least half of which are labels of a title or an employer ("Company", "Position"): a Word
 * table's cells split by tabs, or a Markdown table's by pipes ("| Role | Company | Dates |"). A header line's parts
 * split by pipes are no table row ("Company Name | City , State", a template's placeholders).
 */
function isColumnNames(text: string, taxonomy: CompiledTaxonomy): boolean {
  const cells = text.includes('\t') ? text.split('\t').map((cell) => cell.trim()).filter((cell) => cell.length > 0)
    : markdownRow.test(text) ? pipeCells(text) : [];
  return cells.length > 0 && namesColumns(cells, taxonomy);
}

/** The date line's own header, the lines above it (in order) and below it: each read once, whatever is asked. */
function chooseHeader(own: ReadLine, above: readonly ReadLine[], below: readonly ReadLine[], taxonomy: CompiledTaxonomy): Header {
  // The date line's own segments may be labelled ("Rank: Able Seaman | Company: …"); a date line labelled as a whole
  // reads as before, from the lines around it.
  const ownInline = own.field === null ? own.fields : [];
  const labelled = [...ownInline, ...[...above, ...below].flatMap((line) => line.fields)];
  const labelledTitle = labelled.find((field) => field.kind === 'title')?.value ?? null;
  const labelledEmployer = labelled.find((field) => field.kind === 'employer')?.value ?? null;
  // Nearest first: the date line's own parts, then the lines above it, closest first; the lines below come last.
  const near = [own, ...[...above].reverse()].flatMap((line) => line.parts);
  const far = below.flatMap((line) => line.parts);
  // A title headed by its title word in the singular comes first: "Chartered Accountants" beside a firm's name names
  // the firm's trade, "Accounts Assistant" on the line above is the job.
  const headed = (p: HeaderPart): boolean => readsAsTitle(p) && isHeadedTitle(p.text, taxonomy);
  // A part in lower case that does not end with its title word goes on a sentence: "faculty needs assessment".
  const titleLike = (p: HeaderPart): boolean => readsAsTitle(p) && (/^\P{Ll}/u.test(p.text) || isHeadedTitle(p.text, taxonomy));
  const titled = near.find(headed) ?? far.find(headed) ?? near.find(titleLike) ?? far.find(titleLike);
  // A part without a title word is no title: in resumes it is far more often a duty ("Tracked client payments"), a
  // committee or a place than a title the vocabulary lacks.
  const titlePart = labelledTitle === null ? titled : readHeaderPart(labelledTitle, taxonomy);
  // A line of work ("Collections" after "Team Leader,", "International Voice (US Telecom)") qualifies the title; it
  // names no employer, whatever words it holds.
  const others = [...near, ...far].filter((p) => p.text !== titlePart?.text && p.roles.length === 0 && !p.isPlace
    && !namesLineOfWork(p.text.replace(/\s*\([^()]*\)/g, ''), taxonomy));
  // A part with no employer word is an employer only when named like one: "Meridian Hardware", not "Increased cost
  // efficiency".
  const named = others.find((p) => !p.hasTitleWord && namedLikeOrganisation(p.text));
  // With no other employer, a name before a place is the employer's site there: "Concentrix Cebu", "Lexmark Cebu".
  const sited = (): HeaderPart | undefined =>
    [...near, ...far].find((p) => p.isPlace && p.text !== titlePart?.text && namesBeforePlace(p.text, taxonomy));
  // Last, a firm named on the title's own line by its members' title in the plural: "Accounts Intern – Sharma &
  // Associates Chartered Accountants". On a line of its own such a part names a group of staff ("Floor Supervisors").
  const titleLineParts = [own, ...above, ...below].find((line) => line.parts.some((p) => p.text === titlePart?.text))?.parts ?? [];
  const firm = (): HeaderPart | undefined =>
    titleLineParts.find((p) => p.text !== titlePart?.text && !p.isPlace && namesFirmByPluralTitle(p, taxonomy));
  const employer = labelledEmployer ?? (others.find((p) => p.hasEmployerWord) ?? named ?? sited() ?? firm())?.text ?? null;
  const otherTitles = [...near, ...far].filter((p) => p.text !== titlePart?.text && p.text !== employer && isSecondTitle(p, taxonomy));
  return { title: titlePart?.text ?? null, otherTitles, employer, roles: titlePart?.roles ?? [] };
}

/**
 * Whether a part names a firm by its members' title in the plural, joined to a name: "Sharma & Associates Chartered
 * Accountants", "Patil and Associates". A trade alone ("Chartered Accountants") or a group of staff ("Night Shift
 * Supervisors") joins no name.
 */
function namesFirmByPluralTitle(part: HeaderPart, taxonomy: CompiledTaxonomy): boolean {
  if (!readsAsTitle(part) || isHeadedTitle(part.text, taxonomy) || !namedLikeOrganisation(part.text)) return false;
  const first = taxonomy.jobs.titleWords.findAll(part.text)[0];
  const words = first ? part.text.slice(0, first.start).trim().split(/\s+/) : [];
  const joiner = words.at(-1) ?? '';
  return words.length >= 2 && (joiner === '&' || taxonomy.jobs.titleLinks.has(normalizePhrase(joiner)));
}

/** Whether a place part opens with a name in capitals before its first place: "Concentrix Cebu", not "Cebu City". */
function namesBeforePlace(text: string, taxonomy: CompiledTaxonomy): boolean {
  const first = taxonomy.places.findAll(text)[0];
  const before = first ? text.slice(0, first.start).trim() : '';
  return before.length > 0 && namedLikeOrganisation(before) && taxonomy.places.findAll(before).length === 0;
}

/**
 * An organisation without an employer word is named in capitals ("Meridian Hardware", "eClerx"), short words such as
 * "for" or "of" aside ("Alliance for Telecommunications").
 */
function namedLikeOrganisation(text: string): boolean {
  const words = text.split(/\s+/);
  const named = (word: string): boolean => /^[\p{Lu}\p{N}(&]|^\p{Ll}\p{Lu}/u.test(word) || /^\p{Ll}{1,3}$/u.test(word);
  return words.every(named) && !/[:;]$/.test(text);
}

/**
 * A job listed as a bullet of its own, one job a line ("• Data Entry Operator at Datamatics, Mumbai (Nov 2022 – Feb
 * 2025)"): the line must open with its title, written as one or followed by its employer, and be no sentence. A duty dated in a bullet ("• Led the
 * 2023 – 2024 migration") opens with no title.
 */
function bulletedJob(text: string, range: DateRange, taxonomy: CompiledTaxonomy): Header | null {
  if (!isBullet(text)) return null;
  const cut = withoutRange(text, range);
  const rest = cut.slice(bulletPrefix(cut).length);
  // A remark in brackets ("(work from home)") makes no sentence of the line.
  if (isSentence(rest.replace(/\([^()]*\)/g, ' ').replace(/(?:^|\s)[-–—|](?=\s|$)/g, ' '))) return null;
  // A title in lower case is a job only before an employer named as one: "- delivery rider, Grab Food 2020-2023".
  return headerOpeningWithTitle(rest, taxonomy, true);
}

/**
 * The header of a job written on one line, when the line opens with its title written as one, or, where `lowerCase`
 * allows, with a title in lower case before an employer; null otherwise.
 */
function headerOpeningWithTitle(text: string, taxonomy: CompiledTaxonomy, lowerCase: boolean): Header | null {
  const own = readHeaderLine(text, taxonomy);
  const header = chooseHeader(own, [], [], taxonomy);
  const opening = own.field?.kind === 'title' ? own.field.value : own.parts[0]?.text;
  if (header.title === null || header.title !== opening) return null;
  if (isTitleShaped(header.title, taxonomy)) return header;
  return lowerCase && isHeadedTitle(header.title, taxonomy) && header.employer !== null ? header : null;
}

/** Letters of the shortest lower-case word read as prose around dates: "assorted 2001-2010 databases". */
const minProseWordLetters = 4;

/** Whether a line's dates stand between two words in lower case, each a word of prose rather than a link ("at"). */
function datesWithinSentence(text: string, range: DateRange): boolean {
  const before = /(\p{L}+)\s*$/u.exec(text.slice(0, range.index))?.[1];
  const after = /^\s*(\p{L}+)/u.exec(text.slice(range.index + range.length))?.[1];
  const prose = (word: string | undefined): boolean => word !== undefined && word.length >= minProseWordLetters && /^\p{Ll}+$/u.test(word);
  return prose(before) && prose(after);
}

/** Where a job's header ends and its duties begin on one line: a semicolon, or a dash before a word in lower case. */
const dutiesStart = /;|\s[–—-]\s(?=\p{Ll})/u;

/**
 * A job on one long line that opens with its dates, as a table row of dates and description reads: "Jan 2022 –
 * Present⇥Chat Support Agent, TTEC, Cebu City – live chat for US telco; 45 WPM". Its header is what comes before the
 * duties, and must open with a title written as one.
 */
function datedFirstJob(text: string, range: DateRange, taxonomy: CompiledTaxonomy): Header | null {
  if (isBullet(text) || text.slice(0, range.index).trim().length > 0) return null;
  const rest = text.slice(range.index + range.length).replace(/^[\s|:\-–—]+/, '');
  const head = rest.slice(0, dutiesStart.exec(rest)?.index ?? rest.length).trim();
  if (head.length === 0 || isSentence(head)) return null;
  return headerOpeningWithTitle(head, taxonomy, false);
}

/**
 * A short dated line that tells its job as a sentence, title and employer both: "Worked with Wipro Ltd, Mysuru as
 * Associate from … to …", "Worked as Technical Support Executive in HCL Technologies Ltd from …". Null otherwise.
 */
function toldInFull(text: string, taxonomy: CompiledTaxonomy): { title: string; employer: string } | null {
  const told = introducedTitle(text, taxonomy);
  return told?.employer != null ? { title: told.title, employer: told.employer } : null;
}

/** Whether a job found outside the job sections is one: a title written as such, and no degree among its lines. */
function acceptedOutside(title: string | null, lines: readonly Line[], taxonomy: CompiledTaxonomy): boolean {
  return title !== null && isTitleShaped(title, taxonomy) && lines.every((line) => levelHits(line.text, taxonomy).length === 0);
}

/**
 * The company each line stands under when a job site groups several titles at one company: a company line with the
 * tenure there below it ("Concentrix / 5 years 3 months / Team Leader / March 2022 - Present / Technical Support
 * Representative / September 2019 - March 2022", a LinkedIn export). Null for lines in no such group.
 */
function groupCompanies(lines: readonly Line[], ranges: readonly (DateRange | undefined)[], taxonomy: CompiledTaxonomy): (string | null)[] {
  const companies: (string | null)[] = [];
  const current: { company: string | null } = { company: null };
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    const heads = next !== undefined && !ranges[index] && taxonomy.statedExperience.durationAlone.test(next.text) && !isBullet(line.text) && !isSentence(line.text);
    if (heads) {
      const read = readHeaderLine(line.text, taxonomy);
      const header = chooseHeader(read, [], [], taxonomy);
      current.company = header.title === null ? header.employer : null;
    }
    companies.push(current.company);
  });
  return companies;
}

export interface DatedJobs {
  readonly positions: Position[];
  /** The date range of each line, if it holds one. */
  readonly ranges: readonly (DateRange | undefined)[];
  /** Every line some job's header uses. */
  readonly used: ReadonlySet<Line>;
}

/**
 * The dated jobs in `lines`. Outside the sections that list jobs (`strict`), a job is taken only when its title is
 * written as a title and no header line names an education level: "2009 - 2013 / B.Tech" there is a degree.
 */
export function findDatedJobs(
  lines: readonly Line[],
  taxonomy: CompiledTaxonomy,
  reference: YearMonth,
  locate: EvidenceLocator,
  strict: boolean,
): DatedJobs {
  // Every date format holds a digit: lines without one need no parsing.
  const written = lines.map((line) => (/\d/.test(line.text) ? parseDateRanges(line.text, taxonomy.dates, reference)[0] : undefined));
  // A line that is one date alone ("Summer 2009") dates the job whose header stands around it.
  const lone = lines.map((line, i) => (written[i] || !/\d/.test(line.text) ? undefined : (parseLoneDate(line.text, taxonomy.dates, reference) ?? undefined)));
  const ranges = written.map((range, i) => range ?? lone[i]);
  const positions: Position[] = [];
  const companies = groupCompanies(lines, ranges, taxonomy);
  /** Companies of groups a job at another employer has ended. */
  const endedGroups = new Set<string>();
  /** Lines below a date line that a job took as its header: the next job's header starts after them. */
  const claimed = new Set<Line>();
  const used = new Set<Line>();
  lines.forEach((line, index) => {
    const range = ranges[index];
    if (!range) return;
    let header: Header;
    let headerLines: Line[] = [line];
    /** Header lines below the dates that name the title: the next job's header starts after them. */
    let titleBelow: Line[] = [];
    // A remark in brackets makes no sentence of a header line: "Collections Agent (promoted to SME in 2021) — iQor";
    // nor do the pipes and dashes between its fields ("Vessel: … | Rank: … | Company: … | 2021 – 2024").
    const toldAsSentence = isBullet(line.text) || isSentence(line.text.replace(/\([^()]*\)/g, ' ').replace(/\s[|•·–—-]\s/g, ' '));
    const toldShort = toldAsSentence ? null : toldInFull(withoutRange(line.text, range), taxonomy);
    if (toldAsSentence) {
      // A job told in a sentence: only the sentence describes it.
      const introduced = introducedTitle(line.text, taxonomy);
      const listed = introduced ? null : (bulletedJob(line.text, range, taxonomy) ?? datedFirstJob(line.text, range, taxonomy));
      if (introduced) {
        const roles = readHeaderPart(introduced.title, taxonomy).roles;
        header = { title: introduced.title, otherTitles: [], employer: introduced.employer, roles };
      } else if (listed) header = listed;
      else return;
    } else if (toldShort) {
      header = { title: toldShort.title, otherTitles: [], employer: toldShort.employer, roles: readHeaderPart(toldShort.title, taxonomy).roles };
    } else {
      const own = readHeaderLine(withoutRange(line.text, range), taxonomy);
      const titled = (h: Header): boolean => h.title !== null && readsAsTitle(readHeaderPart(h.title, taxonomy));
      let above = headerLinesBeside(lines, index, ranges, claimed, -1, taxonomy);
      let aboveRead = above.map((l) => readHeaderLine(l.text, taxonomy));
      let near = chooseHeader(own, aboveRead, [], taxonomy);
      if (!titled(near)) {
        // A line further up counts only when it brings the title the nearer lines lack, headed by its title word.
        const further = headerLinesBeside(lines, index, ranges, claimed, -1, taxonomy, maxHeaderLinesAboveForTitle);
        const furtherRead = further.map((l) => readHeaderLine(l.text, taxonomy));
        const reached = chooseHeader(own, furtherRead, [], taxonomy);
        const top = furtherRead[0];
        const broughtTitle = reached.title !== null && titled(reached) && isHeadedTitle(reached.title, taxonomy);
        if (further.length > above.length && top && broughtTitle && (top.field?.kind === 'title' || top.parts.some((p) => p.text === reached.title))) {
          [above, aboveRead, near] = [further, furtherRead, reached];
        }
      }
      const titledNear = titled(near);
      const below = titledNear ? [] : headerLinesBeside(lines, index, ranges, claimed, 1, taxonomy);
      header = titledNear ? near : chooseHeader(own, aboveRead, below.map((l) => readHeaderLine(l.text, taxonomy)), taxonomy);
      headerLines = [...above, line, ...below];
      // "Technical Support Representative ⇥ Jan 2015 - Jun 2019" over "Sutherland Global Services, Davao": a title on
      // the date line may have its employer on the line below.
      if (titledNear && header.employer === null && own.parts.some((p) => p.text === header.title)) {
        const next = headerLinesBeside(lines, index, ranges, claimed, 1, taxonomy).slice(0, 1);
        const employer = chooseHeader({ field: null, fields: [], parts: [] }, [], next.map((l) => readHeaderLine(l.text, taxonomy)), taxonomy).employer;
        if (employer !== null) {
          header = { ...header, employer };
          headerLines = [...headerLines, ...next];
          // The next job's header starts after it: "Acme Corp" is no employer of the job below.
          titleBelow = next;
        }
      }
      const title = header.title;
      if (title !== null && below.some((l) => l.text.includes(title))) titleBelow = below;
    }
    // One date alone dates a talk or an award as often as a job: only a title written as such makes it a job.
    if ((strict || lone[index]) && !acceptedOutside(header.title, headerLines, taxonomy)) return;
    // "MS Office power-user with additional proficiencies in assorted 2001-2010 databases.": a duty's sentence that
    // dates something within it, with no title and words in lower case on either side of its dates, is no job.
    if (header.title === null && datesWithinSentence(line.text, range)) return;
    // A title listed under a company's group, with no employer of its own, is a job at that company; a job at another
    // employer ends the group.
    const company = companies[index] ?? null;
    if (company !== null && header.employer !== null && header.employer !== company) endedGroups.add(company);
    if (company !== null && header.employer === null && !endedGroups.has(company)) header = { ...header, employer: company };
    for (const l of titleBelow) claimed.add(l);
    for (const l of headerLines) used.add(l);
    const first = headerLines[0] ?? line;
    const titleLine = header.title === null ? undefined : headerLines.find((l) => l.text.includes(header.title ?? ''));
    const qualified = header.title !== null && titleLine ? withLineOfWork(header.title, titleLine.text, taxonomy) : { title: header.title, roles: [] };
    positions.push({
      title: qualified.title,
      otherTitles: [...new Set(header.otherTitles.map((p) => p.text))],
      employer: header.employer,
      start: range.start,
      end: range.end,
      ongoing: range.ongoing,
      months: monthsBetween(range.start, range.end),
      titleRoles: [...new Set([...header.roles, ...qualified.roles, ...header.otherTitles.flatMap((p) => p.roles)])],
      // Known once the resume's skills are (find-duty-skills.ts).
      dutySkills: [],
      evidence: locate(first.start, line.end),
    });
  });
  return { positions, ranges, used };
}
