/**
 * What BPO recruiters screen on besides skills, read with the taxonomy's screening vocabulary:
 * - languages, with the proficiency word or CEFR level written beside them, and language test scores (Versant 68);
 * - typing speed: a number with a unit ("45 WPM", "12,000 KPH"), and an accuracy percentage on the same line;
 * - channels (voice, non-voice, chat, email), call directions (inbound, outbound) and shifts (night, rotational), each
 *   marked preferred when its line asks for it (within 400 characters either side; see contextChars) and
 *   unavailable when a negation comes before it in its clause;
 * - metrics achieved: AHT, CSAT, FCR, QA score … with the value of the right kind written in the same clause;
 * - the largest team led ("led a team of 12", "managed 25 agents").
 */
import { itemWithin } from '../text/item-within.js';
import type { SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledScreening, CompiledTaxonomy, ProficiencyLevel } from '../taxonomy/compile-taxonomy.js';
import { phraseStarts, type TermHit, type TermMatcher } from '../text/term-matcher.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { proficiencyLevelSchema, type Evidence, type Language, type Mention, type Metric, type Screening } from './candidate-types.js';
import type { EvidenceLocator, LineIndex } from './locate-evidence.js';
import { maxEvidencePerFinding } from './find-skills.js';
import { pipeCells } from './read-table-rows.js';
import { allMatches } from '../text/all-matches.js';
import { amountOf } from '../text/amount-of.js';
import { rolesNamedIn } from './sum-experience.js';

type Cefr = NonNullable<Language['cefr']>;
/** How far after a metric or a test name its value may stand, in characters. */
const valueWindowChars = 48;
/** How far before a metric its value may stand ("91% CSAT"), in characters. */
const valueBeforeChars = 12;
/**
 * How much of its line, either side, a phrase is read with: more than most lines of a resume hold (a DOCX summary
 * paragraph can be longer, and a word of preference beyond this no longer counts for it), and it keeps a text without
 * line breaks from reading every phrase against the whole text (time growing with the square of its length).
 */
const contextChars = 400;
// Separators of the items of a list: a language's proficiency stands in its own item. A middle dot separates items as
// a bullet does ("Español nativo · Inglés C1", LinkedIn's exports).
const itemSeparator = /[,;|•·/]|\.\s/u;
const cefrPattern = /(?<![\p{L}\p{N}])([ABC][12])(?![\p{L}\p{N}])/u;

interface Scope {
  readonly text: string;
  readonly taxonomy: CompiledTaxonomy;
  readonly screening: CompiledScreening;
  readonly tokens: readonly Token[];
  /** Where a phrase of one of the screening dictionaries may start: each reads only there. */
  readonly starts: readonly number[];
  readonly lines: LineIndex;
  readonly locate: EvidenceLocator;
}

/** The span of the line around `offset` (the whole text when no line holds it). */
function lineSpan(scope: Scope, offset: number): { start: number; end: number; section: string } {
  const found = scope.lines.at(offset);
  return found && offset < found.line.end
    ? { start: found.line.start, end: found.line.end, section: found.section }
    : { start: offset, end: offset, section: 'header' };
}

/** The line around the span [start, end), but no more than `contextChars` either side of it. */
function contextAround(scope: Scope, start: number, end: number): { start: number; end: number } {
  const line = lineSpan(scope, start);
  return { start: Math.max(line.start, start - contextChars), end: Math.max(end, Math.min(line.end, end + contextChars)) };
}

/** The list item of its line that holds the span [start, end). */
function itemAround(scope: Scope, start: number, end: number): { start: number; end: number } {
  return itemWithin(scope.text, contextAround(scope, start, end), { start, end }, itemSeparator);
}

function has(matcher: TermMatcher<true>, text: string): boolean {
  return matcher.findAll(text).length > 0;
}

interface StatedLevel {
  readonly end: number;
  readonly proficiency: ProficiencyLevel | null;
  readonly cefr: Cefr | null;
}

/** How far from a language, outside a languages list, a word stating its level is looked for: about five words. */
const levelReachChars = 40;

/** The window, narrowed to the brackets the hit stands in when it stands in an open bracket within the window. */
function withinBrackets(text: string, hit: { start: number; end: number }, window: { from: number; to: number }): { from: number; to: number } {
  const before = text.slice(window.from, hit.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return window;
  const close = text.indexOf(')', hit.end);
  return { from: window.from + open + 1, to: close >= 0 && close < window.to ? close : window.to };
}

/**
 * Where the text between two languages is split by the first joiner in it: the offset before it, or after it. Without
 * a second language (or a joiner), no bound: the start of the text for 'after', its end for 'before'.
 */
function sideOfJoiner(scope: Scope, first: { end: number } | undefined, second: { start: number } | undefined, side: 'before' | 'after'): number {
  const none = side === 'after' ? 0 : scope.text.length;
  if (!first || !second) return none;
  const joiner = scope.screening.languageJoinerWithin.exec(scope.text.slice(first.end, second.start));
  if (!joiner) return side === 'after' ? first.end : second.start;
  return first.end + joiner.index + (side === 'after' ? joiner[0].length : 0);
}

/**
 * Languages, each with the level stated beside it. In a languages list the level is read anywhere in its item
 * ("English - Native / Fluent"); elsewhere only within a few words of the language ("Fluent in English and Hindi"),
 * so that "English teacher … moving into learning and development" states no level. A level stated in a languages
 * list wins over one read elsewhere; otherwise the strongest stated stands: "Taught conversational English" names
 * what was taught, and "Excellent written English" a few lines below the writer's own level. Work that shows a level
 * (an English teacher) is the least the candidate has.
 */
function findLanguages(scope: Scope): Language[] {
  const { screening, taxonomy, text } = scope;
  const byId = new Map<string, Language>();
  const levelListed = new Set<string>();
  /** The language before, and the level stated beside it: "Bilingual English/Spanish" states both. */
  const last: { previous: StatedLevel | null } = { previous: null };
  const hits = screening.languages.findAll(text, scope.tokens, false, scope.starts);
  hits.forEach((hit, index) => {
    const line = lineSpan(scope, hit.start);
    const item = itemAround(scope, hit.start, hit.end);
    const lineText = text.slice(line.start, line.end);
    const label = /^([^:]{2,30}):/.exec(lineText)?.[1];
    // A table's row of a language and its level ("| English | Fluent |"), and a language alone as an item of a skills
    // list ("- Swahili"), list it as a languages section does.
    const row = languageTableRow(lineText, screening);
    const alone = line.section === 'skills' && screening.languages.lookup(text.slice(item.start, item.end).replace(bulletOrPunctuation, ' ').trim()) !== null;
    const listed = row || alone || line.section === 'languages' || (label !== undefined && taxonomy.headings.get(normalise(label)) === 'languages');
    // Outside a list, a level between two joined languages belongs to the one on its side of the joiner: in "English
    // and basic Japanese" the level is Japanese's, in "English (fluent) and Japanese" English's.
    const near = {
      from: Math.max(item.start, hit.start - levelReachChars, sideOfJoiner(scope, hits[index - 1], hit, 'after')),
      to: Math.min(item.end, hit.end + levelReachChars, sideOfJoiner(scope, hit, hits[index + 1], 'before')),
    };
    // A language inside brackets takes its level from inside them: "Licensed Professional Teacher (English major)".
    const { from, to } = withinBrackets(text, hit, near);
    const levelText = row ? lineText : listed ? text.slice(item.start, item.end) : text.slice(from, to);
    const ownProficiency = statedProficiency(levelText, scope);
    const ownCefr = (cefrPattern.exec(levelText)?.[1] ?? null) as Cefr | null;
    const before = last.previous;
    const joined: boolean = before !== null && screening.languageJoiner.test(text.slice(before.end, hit.start));
    const inherited: StatedLevel | null = joined && ownProficiency === null && ownCefr === null ? before : null;
    const proficiency: ProficiencyLevel | null = inherited ? inherited.proficiency : ownProficiency;
    const cefr: Cefr | null = inherited ? inherited.cefr : ownCefr;
    last.previous = { end: hit.end, proficiency, cefr };
    if (!listed && proficiency === null && cefr === null) return;
    const found = byId.get(hit.value);
    const evidence = scope.locate(hit.start, hit.end);
    const stated = proficiency !== null || cefr !== null;
    if (!found) {
      byId.set(hit.value, { id: hit.value, name: screening.languageNames.get(hit.value) ?? hit.value, proficiency, cefr, evidence: [evidence] });
    } else {
      const overrides = listed && stated && !levelListed.has(hit.value);
      const keepsOwn = levelListed.has(hit.value) || !stated;
      byId.set(hit.value, {
        ...found,
        proficiency: overrides ? proficiency : keepsOwn ? (found.proficiency ?? proficiency) : stronger(found.proficiency, proficiency),
        cefr: overrides ? cefr : (found.cefr ?? cefr),
        evidence: found.evidence.length < maxEvidencePerFinding ? [...found.evidence, evidence] : found.evidence,
      });
    }
    if (listed && stated) levelListed.add(hit.value);
  });
  // "English teacher", "TESOL certified": a level the work or credential shows, where the resume states none.
  for (const shown of screening.languageShownBy.findAll(text, scope.tokens, false, scope.starts)) {
    const { language, level } = shown.value;
    const found = byId.get(language);
    if (found?.cefr != null || (found?.proficiency != null && stronger(found.proficiency, level) === found.proficiency)) continue;
    const evidence = scope.locate(shown.start, shown.end);
    const name = screening.languageNames.get(language) ?? language;
    byId.set(language, { id: language, name, proficiency: level, cefr: null, levelShown: true, evidence: [...(found?.evidence ?? []), evidence].slice(0, maxEvidencePerFinding) });
  }
  return [...byId.values()];
}

/** Bullets and punctuation around an item of a list: "- Swahili", "• English;". */
const bulletOrPunctuation = /[\p{P}\p{S}]+/gu;

/** Whether a line is a table's row of languages and levels only: "| English | Fluent |", "Setswana | Native". */
function languageTableRow(line: string, screening: CompiledScreening): boolean {
  if (!line.includes('|')) return false;
  const cells = pipeCells(line);
  return cells.length >= 2
    && cells.some((cell) => screening.languages.lookup(cell) !== null)
    && cells.every((cell) => screening.languages.lookup(cell) !== null || screening.proficiency.lookup(cell) !== null || cefrPattern.test(cell));
}

/**
 * The level a text states: its first proficiency word, or the weaker of the first two when they are offered as
 * alternatives ("Portugués nativo o avanzado (C1)", "fluent or native"): either will do, so the weaker is asked.
 */
function statedProficiency(levelText: string, scope: Scope): ProficiencyLevel | null {
  const [first, second] = scope.screening.proficiency.findAll(levelText);
  if (!first) return null;
  if (!second || !scope.taxonomy.postings.alternative.test(levelText.slice(first.end, second.start))) return first.value;
  return stronger(first.value, second.value) === first.value ? second.value : first.value;
}

/** The stronger of two levels; either when the other is unknown. */
function stronger(a: ProficiencyLevel | null, b: ProficiencyLevel | null): ProficiencyLevel | null {
  if (a === null || b === null) return a ?? b;
  const order = proficiencyLevelSchema.options;
  return order.indexOf(a) <= order.indexOf(b) ? a : b;
}

function normalise(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}

function findLanguageTests(scope: Scope): Screening['languageTests'] {
  const { screening, text } = scope;
  const scores: Screening['languageTests'] = [];
  for (const hit of screening.languageTests.findAll(text, scope.tokens, false, scope.starts)) {
    const test = screening.languageTestsById.get(hit.value);
    if (!test || scores.some((s) => s.test === test.id)) continue;
    const line = lineSpan(scope, hit.start);
    const window = text.slice(hit.end, Math.min(line.end, hit.end + valueWindowChars));
    const match = /^[^\d\n]{0,24}?(?<![\d.])(\d{1,3}(?:\.\d)?)(?![\d.]*%)/.exec(window);
    const score = match?.[1] === undefined ? null : Number(match[1]);
    if (score === null || score < test.minScore || score > test.maxScore) continue;
    const end = hit.end + (match?.index ?? 0) + (match?.[0].length ?? 0);
    scores.push({ test: test.id, name: test.name, language: test.language, score, evidence: scope.locate(hit.start, end) });
  }
  return scores;
}

function numberOf(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function findTypingSpeed(scope: Scope, resume: SegmentedResume): Screening['typingSpeed'] {
  const { typing } = scope.screening;
  let wordsPerMinute: number | null = null;
  let keystrokesPerHour: number | null = null;
  let accuracyPercent: number | null = null;
  const evidence: Evidence[] = [];
  for (const line of resume.sections.flatMap((s) => s.lines)) {
    if (!/\d/.test(line.text)) continue;
    let found = false;
    for (const match of allMatches(typing.wordsPerMinute, line.text)) {
      const value = numberOf(match.groups?.value ?? '');
      if (value < typing.minWordsPerMinute || value > typing.maxWordsPerMinute) continue;
      wordsPerMinute = Math.max(wordsPerMinute ?? 0, value);
      found = true;
      if (evidence.length < maxEvidencePerFinding) evidence.push(scope.locate(line.start + match.index, line.start + match.index + match[0].length));
    }
    for (const match of typing.keystrokesPerHour ? allMatches(typing.keystrokesPerHour, line.text) : []) {
      const value = numberOf(match.groups?.value ?? '');
      if (value <= 0) continue;
      keystrokesPerHour = Math.max(keystrokesPerHour ?? 0, value);
      found = true;
      if (evidence.length < maxEvidencePerFinding) evidence.push(scope.locate(line.start + match.index, line.start + match.index + match[0].length));
    }
    if (!found || !typing.accuracy) continue;
    for (const match of allMatches(typing.accuracy, line.text)) {
      const value = Number(match.groups?.value ?? match.groups?.after ?? '');
      if (value > 0 && value <= 100) accuracyPercent = Math.max(accuracyPercent ?? 0, value);
    }
  }
  return wordsPerMinute === null && keystrokesPerHour === null ? null : { wordsPerMinute, keystrokesPerHour, accuracyPercent, evidence };
}

/** The sentence of its line around the span [start, end): from the last full stop or semicolon before it to the next. */
function sentenceAround(text: string, line: { start: number; end: number }, start: number, end: number): string {
  const before = text.slice(line.start, start);
  const from = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1;
  const after = text.slice(end, line.end);
  const stop = /;|\.\s/.exec(after);
  return text.slice(line.start + from, stop ? end + stop.index : line.end);
}

/**
 * Channels, call directions or shifts, each as available (not denied in its clause: "not available for night shifts")
 * and preferred (asked for in its own sentence: "Seventh-day Adventist: not available for Saturday shifts" asks for
 * no inbound voice work written earlier on the line). Of kinds that exclude each other (shifts, call directions), one
 * stated as the only one ("available for day shift only", "only day shift") leaves every other unavailable, whatever
 * else the resume says of them: a night shift worked years ago is not one the candidate can work now. Channels nest
 * (chat is non-voice), so "non-voice only" rules out none of them.
 */
function findMentions(scope: Scope, matcher: TermMatcher<string>, exclusiveKinds: boolean): Mention[] {
  const { screening, text } = scope;
  const byId = new Map<string, Mention>();
  const exclusive = new Set<string>();
  for (const hit of matcher.findAll(text, scope.tokens, false, scope.starts)) {
    const line = contextAround(scope, hit.start, hit.end);
    // The clause before the phrase: from the last comma, semicolon or full stop of its line.
    const before = text.slice(line.start, hit.start);
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1);
    const available = !has(screening.negation, clause);
    const sentence = sentenceAround(text, line, hit.start, hit.end);
    // "Not available for night shifts" holds a word of preference, but asks for nothing.
    const preferred = available && has(screening.preference, sentence);
    const clauseAfter = text.slice(hit.end, line.end).split(/[,;.(]/, 1)[0] ?? '';
    if (exclusiveKinds && available && (screening.exclusiveAfter.test(clauseAfter) || screening.exclusiveBefore.test(clause))) exclusive.add(hit.value);
    const evidence = scope.locate(hit.start, hit.end);
    const found = byId.get(hit.value);
    byId.set(hit.value, {
      id: hit.value,
      preferred: (found?.preferred ?? false) || preferred,
      available: (found?.available ?? false) || available,
      evidence: found ? (found.evidence.length < maxEvidencePerFinding ? [...found.evidence, evidence] : found.evidence) : [evidence],
    });
  }
  const mentions = [...byId.values()];
  if (exclusive.size === 0) return mentions;
  return mentions.map((mention) => (exclusive.has(mention.id) ? mention : { ...mention, available: false, preferred: false }));
}

interface Value {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/** The highest percentage most rates may reach. */
const wholePercent = 100;

function valuesIn(text: string, unit: Metric['unit'] | 'duration', screening: CompiledScreening, maxPercent = wholePercent): Value[] {
  if (unit === 'percent') {
    return allMatches(/(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)/giu, text)
      .map((m) => ({ value: Number(m[1]), start: m.index, end: m.index + m[0].length }))
      .filter((v) => v.value <= maxPercent);
  }
  if (unit === 'duration') {
    return allMatches(screening.duration, text).map((m) => {
      const g = m.groups ?? {};
      const seconds =
        g.minutes !== undefined
          ? Number(g.minutes) * 60 + Number(g.seconds)
          : Number(g.amount) * (screening.secondsUnits.has((g.unit ?? '').toLowerCase()) ? 1 : 60);
      return { value: Math.round(seconds), start: m.index, end: m.index + m[0].length };
    });
  }
  return allMatches(/(?<![\p{L}\p{N}.])(-?\d{1,3})(?![\p{N}%:])/gu, text)
    .map((m) => ({ value: Number(m[1]), start: m.index, end: m.index + m[0].length }))
    .filter((v) => v.value >= -100 && v.value <= 100);
}

/**
 * A rate written without its sign straight after the metric ("QA 98.5", "QA 95, schedule adherence 92%"): a figure of
 * two or three digits that ends its clause, so that "QA 3 LOBs", "CSAT 4.7/5" and "FCR 80 surveys" give none.
 */
const barePercent = /^[\s:=–-]*(?<![\d.])(\d{2,3}(?:\.\d+)?)(?=\s*(?:[,;)]|$))/u;

/** A percent metric's value written without its sign: the figure `barePercent` finds, up to 100. */
function barePercentIn(window: string): Value | undefined {
  const match = barePercent.exec(window);
  const figure = match?.[1];
  if (match === null || figure === undefined || Number(figure) > 100) return undefined;
  const end = match[0].length;
  return { value: Number(figure), start: end - figure.length, end };
}

function findMetrics(scope: Scope): Metric[] {
  const { screening, text } = scope;
  const hits = screening.metrics.findAll(text, scope.tokens, false, scope.starts);
  const metrics: Metric[] = [];
  hits.forEach((hit: TermHit<string>, index) => {
    const metric = screening.metricsById.get(hit.value);
    if (!metric || metrics.some((m) => m.id === metric.id)) return;
    const line = lineSpan(scope, hit.start);
    const next = hits[index + 1];
    // Read no further than the value may stand: a flattened resume's one long line read to its end for every metric
    // took time in the square of its length. One character more keeps a full stop at the window's end a full stop.
    const clauseEnd = /[;.](?:\s|$)/.exec(text.slice(hit.end, Math.min(line.end, hit.end + valueWindowChars + 1)));
    const windowEnd = Math.min(
      line.end,
      hit.end + valueWindowChars,
      next && next.start < line.end ? next.start : line.end,
      clauseEnd ? hit.end + clauseEnd.index : line.end,
    );
    const reach = text.slice(hit.end, Math.max(hit.end, windowEnd));
    // A comma after a value ends the clause: "CSAT from 78% to 89%, reduced attrition from 42% to 28%".
    const firstEnd = valuesIn(reach, metric.unit, screening, metric.maxPercent)[0]?.end;
    const comma = firstEnd === undefined ? -1 : reach.indexOf(', ', firstEnd);
    const window = comma < 0 ? reach : reach.slice(0, comma);
    const signed = valuesIn(window, metric.unit, screening, metric.maxPercent);
    const bare = metric.unit === 'percent' && signed.length === 0 ? barePercentIn(window) : undefined;
    const after = bare ? [bare] : signed;
    const first = after[0];
    // "91% CSAT": a value right before the metric is its own, before any after it ("a 94% CSAT score and 87% first-call
    // resolution" gives CSAT 94, not the next metric's 87).
    const beforeStart = Math.max(line.start, hit.start - valueBeforeChars);
    const before = text.slice(beforeStart, hit.start);
    const rightBefore = valuesIn(before, metric.unit, screening, metric.maxPercent).filter((v) => /^[\s:-]*$/.test(before.slice(v.end))).at(-1);
    let chosen: Value | undefined;
    let offset = hit.end;
    if (rightBefore) {
      chosen = rightBefore;
      offset = beforeStart;
    } else if (first) {
      const lead = window.slice(0, first.start);
      if (has(screening.deltaWords, lead)) return;
      // "NPS from +22 to +38 in 6 months": the value after the first is the one reached; what follows it is not.
      chosen = has(screening.changeWords, lead) ? (after[1] ?? first) : first;
    }
    if (!chosen) return;
    const start = Math.min(hit.start, offset + chosen.start);
    const end = Math.max(hit.end, offset + chosen.end);
    const unit = metric.unit === 'duration' ? 'seconds' : metric.unit;
    metrics.push({ id: metric.id, name: metric.name, value: chosen.value, unit, evidence: scope.locate(start, end) });
  });
  return metrics;
}

/** A sticky pattern's match exactly at `offset`, or null. */
function matchAt(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(text);
}

/** Characters before a team word searched for words that make the candidate one of the team. */
const memberReachChars = 40;

/** Where a number starts: a digit after no letter, digit, point or comma. */
const numberStart = /(?<![\p{L}\p{N}.,])\d/gu;

/** A team led, as its size and where it is written. */
interface TeamFound {
  readonly size: number;
  readonly start: number;
  readonly end: number;
  /** Whether a count of more people after the first names a role that leads others ("…, 12 team leaders"). */
  readonly namesLeaders: boolean;
}

/** The people counted from `match`, with more named right after it ("… and 70 agents"); null outside the sizes kept. */
function countFrom(scope: Scope, match: RegExpExecArray): TeamFound | null {
  const { screening, taxonomy, text } = scope;
  let size = amountOf(match.groups?.size ?? '', screening.numberWords) ?? 0;
  let end = match.index + match[0].length;
  let namesLeaders = false;
  for (let more = matchAt(screening.teamMore, text, end); more !== null; more = matchAt(screening.teamMore, text, end)) {
    size += amountOf(more.groups?.size ?? '', screening.numberWords) ?? 0;
    namesLeaders ||= screening.leaderRoleGroup !== null
      && rolesNamedIn(more[0], taxonomy).some((role) => taxonomy.rolesById.get(role)?.group === screening.leaderRoleGroup);
    end += more[0].length;
  }
  if (size < screening.minTeamSize || size > screening.maxTeamSize) return null;
  return { size, start: match.index, end, namesLeaders };
}

function findTeamLeadership(scope: Scope): Screening['teamLeadership'] {
  const { screening, text } = scope;
  const found: { size: number; evidence: Evidence }[] = [];
  const add = (team: TeamFound): void => {
    if (found.some((f) => f.evidence.start < team.end && team.start < f.evidence.end)) return;
    found.push({ size: team.size, evidence: scope.locate(team.start, team.end) });
  };
  // "Worked in a team of 15 agents", "floor support for a team of 12": one of the team, or helping it, not leading it.
  const oneOfTeam = (at: number): boolean => {
    const line = lineSpan(scope, at);
    return screening.teamMemberBefore.test(text.slice(Math.max(line.start, at - memberReachChars), at));
  };
  for (const start of screening.teamStarts.findAll(text, scope.tokens, false, scope.starts)) {
    if (oneOfTeam(start.start)) continue;
    // The phrasings of a team's size first, then people listed after what the verb leads ("Manage 2 LOBs, 160 FTEs").
    for (const pattern of [...screening.teamSize, screening.teamAfterObject]) {
      const match = matchAt(pattern, text, start.start);
      const team = match === null ? null : countFrom(scope, match);
      if (team) add(team);
    }
  }
  // "3 LOBs (voice, chat, email), 220 FTEs, 12 team leaders": a headcount counted with the team leaders over it is
  // the span of whoever writes it, with no verb of leading.
  // Tried only where a number starts: a scan of the whole text for the pattern cost more than the rest of the search.
  const numbers = screening.leaderRoleGroup === null ? [] : allMatches(numberStart, text);
  for (const number of numbers) {
    const match = matchAt(screening.headcount, text, number.index);
    const team = match === null ? null : countFrom(scope, match);
    if (team?.namesLeaders && !oneOfTeam(match?.index ?? 0)) add(team);
  }
  if (found.length === 0) return null;
  const sorted = [...found].sort((a, b) => b.size - a.size || a.evidence.start - b.evidence.start);
  return { largestTeam: sorted[0]?.size ?? 0, evidence: sorted.slice(0, maxEvidencePerFinding).map((f) => f.evidence) };
}

export function findScreening(
  resume: SegmentedResume,
  taxonomy: CompiledTaxonomy,
  tokens: readonly Token[],
  lines: LineIndex,
  locate: EvidenceLocator,
): Screening {
  const { screening } = taxonomy;
  const starts = phraseStarts(tokens, screening.firstWords);
  const scope: Scope = { text: resume.text, taxonomy, screening, tokens, starts, lines, locate };
  return {
    languages: findLanguages(scope),
    languageTests: findLanguageTests(scope),
    typingSpeed: findTypingSpeed(scope, resume),
    channels: findMentions(scope, screening.channels, false),
    callDirections: findMentions(scope, screening.callDirections, true),
    shifts: findMentions(scope, screening.shifts, true),
    metrics: findMetrics(scope),
    teamLeadership: findTeamLeadership(scope),
  };
}
