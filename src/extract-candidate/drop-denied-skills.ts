/**
 * A skill the candidate says they lack is no skill of theirs: "No experience with Salesforce or Zendesk", "never done
 * outbound sales or cold calling", "not familiar with SQL, Python or medical coding". A denial phrase reaches over the
 * rest of its sentence, within its line, unless a dash or a word such as "but" ends it first ("no SAP experience, but
 * fluent in Excel" keeps Excel). A sentence wrapped onto the next line is read on: a phrase may run across the break
 * ("I have no⏎experience with Salesforce"), and one that ends its line reaches into the next. A denial right after "who" or "that" is someone else's ("trained agents who had no
 * experience with Zendesk"). A phrase holding the word X denies the skills written in its place, joined by commas or
 * list joiners ("no X experience": "I have no collections or billing experience yet"); it reaches no further. The
 * phrases and words are data (`skillDenials` in vocabulary.yaml).
 */
import { bulletClass } from '../text/bullets.js';
import { countStartingBefore } from '../text/count-starting-before.js';
import { framePlaceholder } from '../taxonomy/compile-taxonomy.js';
import type { TermMatcher } from '../text/term-matcher.js';
import type { Token } from '../text/tokenize.js';
import { hitsOutside, type HitFilter, type Span } from './hits-outside.js';
import type { LineIndex } from './locate-evidence.js';

// A full stop ends a sentence only before a space (".NET" goes on); a colon does not ("Not familiar with: SQL"). A dash
// between words starts another thought ("no exposure to cold calling — handled Zendesk").
const sentenceEnd = new RegExp(`\\.\\s|[;!?—–${bulletClass()}]|\\s-\\s`, 'u');
/** Tokens before a denial looked at for a word that makes it someone else's ("who had no experience"). */
const othersWindow = 3;
/**
 * The farthest a denial reaches, in characters: longer than a sentence listing what someone has not done, and short
 * enough that a line repeating denials is not read once per denial to its end (time growing with its square).
 */
const maxReachChars = 300;
/** The most words of a framing phrase before the skills and after them ("without any X experience"). */
const maxFrameWords = 3;
/** What may stand between two skills a framing phrase denies together, besides list joiners: space, commas, slashes. */
const runGap = /^[\s,/&]*$/u;

export const dropDeniedSkills: HitFilter = (hits, text, tokens, lines, taxonomy) => {
  const { phrases, frames, frameOpeners, ends, othersBefore } = taxonomy.skillDenials;
  if (hits.length === 0 || (phrases.size === 0 && frames.size === 0)) return [...hits];
  const denied = phrases.findAll(text, tokens).flatMap((denial) => {
    if (saidOfOthers(denial, tokens, othersBefore)) return [];
    const reach = deniedReach(denial, text, tokens, lines, ends);
    return reach === null ? [] : [reach];
  });
  const framed = frameOpeners.size === 0 ? [] : skillRuns(hits, text, tokens, taxonomy.listJoiners)
    .filter((run) => opensFrame(run, tokens, frameOpeners) && deniedInFrame(run, text, tokens, frames, othersBefore));
  return hitsOutside(hits, [...denied, ...framed]);
};

/** Whether the word right before a run opens a frame: most runs have none, and are not read further. */
function opensFrame(run: Span, tokens: readonly Token[], openers: ReadonlySet<string>): boolean {
  const previous = tokens[countStartingBefore(tokens, run.start, (token) => token.start) - 1];
  return previous !== undefined && openers.has(previous.norm);
}

/** The hits in runs: skills written one after another, parted by nothing but commas, slashes or list joiners. */
function skillRuns(hits: readonly Span[], text: string, tokens: readonly Token[], joiners: ReadonlySet<string>): Span[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: Span[] = [];
  let run: Span | null = null;
  for (const hit of sorted) {
    if (run !== null && (hit.start <= run.end || joinsRun(text, tokens, run.end, hit.start, joiners))) {
      run = { start: run.start, end: Math.max(run.end, hit.end) };
      continue;
    }
    if (run !== null) runs.push(run);
    run = { start: hit.start, end: hit.end };
  }
  if (run !== null) runs.push(run);
  return runs;
}

/** Whether the text from one skill's end to the next one's start only joins them ("collections or billing"). */
function joinsRun(text: string, tokens: readonly Token[], from: number, to: number, joiners: ReadonlySet<string>): boolean {
  let rest = '';
  let at = from;
  for (let i = countStartingBefore(tokens, from, (token) => token.start); i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.start >= to) break;
    if (!joiners.has(token.norm)) return false;
    rest += text.slice(at, token.start);
    at = token.end;
  }
  return runGap.test(rest + text.slice(at, to));
}

/**
 * Whether a run of skills stands in a denial phrase's placeholder: the words right before it and right after it,
 * parted from it by spaces only, with the placeholder between, are one of the phrases ("no" X "experience").
 */
function deniedInFrame(run: Span, text: string, tokens: readonly Token[], frames: TermMatcher<true>, othersBefore: ReadonlySet<string>): boolean {
  const first = countStartingBefore(tokens, run.start, (token) => token.start);
  const after = countStartingBefore(tokens, run.end, (token) => token.start);
  const placeholder: Token = { norm: framePlaceholder, cased: framePlaceholder.toUpperCase(), start: run.start, end: run.end };
  const before = adjoining(tokens, text, first - 1, -1, run.start);
  const following = adjoining(tokens, text, after, 1, run.end);
  for (let b = 1; b <= before.length; b++) {
    const opening = before.slice(0, b).reverse();
    for (let f = 1; f <= following.length; f++) {
      if (frames.valuesOfWords([...opening, placeholder, ...following.slice(0, f)]).length === 0) continue;
      const start = opening[0];
      return start === undefined || !saidOfOthers(start, tokens, othersBefore);
    }
  }
  return false;
}

/** Up to `maxFrameWords` tokens from `index` going `step`, each parted from the last (and the run at `edge`) by spaces only. */
function adjoining(tokens: readonly Token[], text: string, index: number, step: 1 | -1, edge: number): Token[] {
  const found: Token[] = [];
  let previous = edge;
  for (let i = index; found.length < maxFrameWords; i += step) {
    const token = tokens[i];
    if (token === undefined) break;
    const gap = step === 1 ? text.slice(previous, token.start) : text.slice(token.end, previous);
    if (gap.trim() !== '') break;
    found.push(token);
    previous = step === 1 ? token.end : token.start;
  }
  return found;
}

/** Whether a word just before the denial makes it someone else's: "trained new hires who had no experience with". */
function saidOfOthers(denial: Span, tokens: readonly Token[], othersBefore: ReadonlySet<string>): boolean {
  const first = countStartingBefore(tokens, denial.start, (token) => token.start);
  for (let i = Math.max(0, first - othersWindow); i < first; i++) {
    const token = tokens[i];
    if (token !== undefined && othersBefore.has(token.norm)) return true;
  }
  return false;
}

/**
 * The text a denial speaks of: from its end to its sentence's end, its line's end or an ending word. Its line is the
 * one its last word stands on; when nothing follows there, the next line's.
 */
function deniedReach(denial: Span, text: string, tokens: readonly Token[], lines: LineIndex, ends: ReadonlySet<string>): Span | null {
  let located = lines.at(denial.end - 1);
  if (located === null || denial.end > located.line.end) return null;
  if (text.slice(denial.end, located.line.end).trim() === '') located = lines.at(located.line.end + 1) ?? located;
  let end = Math.min(located.line.end, denial.end + maxReachChars);
  const stop = sentenceEnd.exec(text.slice(denial.end, end));
  if (stop) end = denial.end + stop.index;
  for (let i = countStartingBefore(tokens, denial.end, (token) => token.start); i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.start >= end) break;
    if (ends.has(token.norm)) {
      end = token.start;
      break;
    }
  }
  return { start: denial.end, end };
}
