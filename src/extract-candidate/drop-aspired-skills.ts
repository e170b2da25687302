/**
 * What a candidate is seeking is no skill of theirs: in "Seeking a customer service role" or "looking for a chat
 * process", the skills between the opener and the word for the job sought are wished for. Only in the sections where
 * people say what they seek (the header and summary), only when the job word comes soon after the opener and in the
 * same sentence, and only up to it: "seeking a position in SAP FI" keeps SAP FI. A note in brackets straight after
 * the job word says what is sought too: "Seeking Finance & Accounting role (AP/AR/GL)". A claim word ("my") ends
 * the wish, unless a job word follows it ("looking for my first job"). A job sought described by what it does ("a
 * position handling inbound calls") or by a word that goes on to name it ("a job as a call center agent", "a job in a
 * BPO, preferably technical support") is wished for to the end of the sentence, and so is what follows a word of
 * moving ("wants to move into medical coding") or of learning ("where I can learn complaint handling"), within as many
 * words and up to a claim word; in any section, what follows a word of learning under way ("currently learning",
 * "planning to take"). A job word run on from the first ("a Team Leader role in a BPO (voice process)") carries the
 * wish to it, and a line labelled as the job sought ("Position desired: …") claims nothing after its label. The words
 * are data (`skillAspirations` in vocabulary.yaml).
 */
import { countStartingBefore } from '../text/count-starting-before.js';
import type { Token } from '../text/tokenize.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { hitsOutside, type HitFilter } from './hits-outside.js';
import type { LineIndex } from './locate-evidence.js';
import { jobSoughtStart } from './names-job-sought.js';

// A sentence ends at a full stop before a space, or at a semicolon, an exclamation or a question mark.
const sentenceEnd = /\.\s|[;!?]/;
// A wish running on ends with its sentence, or where a heading or a lost line break stands: "ability to learn new
// concepts    Technical Skills: HTML" from a resume flattened into one line.
const wishBreak = /\.\s|[;!?:]|[ \t]{2,}/;
/** A note in brackets straight after the job word: "role (AP/AR/GL)". */
const noteAfter = /^\s*\([^()]*\)/;
/** Words from one job word to the next that a run of them may span: "role in a BPO". */
const maxJobWordGap = 3;

/**
 * Where a wish that runs on from `from` ends: at the end of its sentence, but no more than `maxWords` words on, since a
 * resume that lost its line breaks may hold no full stop for a page.
 */
function wishEnd(text: string, tokens: readonly Token[], from: number, maxWords: number, claims: ReadonlySet<string>): number {
  const first = countStartingBefore(tokens, from, (token) => token.start);
  const limit = tokens[first + maxWords - 1]?.end ?? text.length;
  const claim = tokens.slice(first, first + maxWords).find((token) => claims.has(token.norm));
  const bound = claim === undefined ? limit : Math.min(limit, claim.start);
  const end = wishBreak.exec(text.slice(from, bound));
  return end ? from + end.index : bound;
}

/** A job sought described by what it does ("a position handling inbound calls") is wished for to the sentence's end. */
const describingWord = /^\p{L}+ing$/u;

/**
 * Where the candidate says what they seek: after an opener to the job word ("Seeking a Team Leader role"), and the
 * rest of a sentence after a word of moving or learning ("wants to move into medical coding").
 */
export function wishSpans(text: string, tokens: readonly Token[], lines: LineIndex, taxonomy: CompiledTaxonomy): readonly Span[] {
  // Skills and the roles sought are both read from the wishes: a document's are found once, by its tokens.
  const known = wishesByTokens.get(tokens);
  if (known) return known;
  const found = findWishSpans(text, tokens, lines, taxonomy);
  wishesByTokens.set(tokens, found);
  return found;
}

/** Each document's wishes, by its tokens: let go with them, so nothing outlives the document. */
const wishesByTokens = new WeakMap<readonly Token[], readonly Span[]>();

interface Span {
  readonly start: number;
  readonly end: number;
}

function findWishSpans(text: string, tokens: readonly Token[], lines: LineIndex, taxonomy: CompiledTaxonomy): Span[] {
  const { openers, sought, claims, continuations, moves, learning, maxWords, sections } = taxonomy.skillAspirations;
  if (openers.size === 0) return [];
  const inSections = (at: number): boolean => {
    const section = lines.at(at)?.section;
    return section !== undefined && sections.has(section);
  };
  /** "My" claims what follows, but not in "my first job": there it is the job sought. */
  const claimsAt = (index: number): boolean =>
    claims.has(tokens[index]?.norm ?? '') && !tokens.slice(index + 1, index + 3).some((token) => sought.has(token.norm));
  /** Whether a word soon after the job word goes on to name the job: "a job as a call center agent". */
  const continuedAfter = (index: number): boolean => {
    for (const token of tokens.slice(index + 1, index + maxWords)) {
      if (sentenceEnd.test(text.slice(tokens[index]?.end ?? 0, token.start)) || claims.has(token.norm)) return false;
      if (continuations.has(token.norm)) return true;
    }
    return false;
  };
  /**
   * The last job word of a run, each a few words after the one before in the same sentence: "a Team Leader role in a
   * BPO (voice process)" seeks the BPO's work too; "a position in SAP FI" names no second one.
   */
  const lastJobWord = (index: number): number => {
    for (let at = index + 1; at <= index + maxJobWordGap && at < tokens.length; at += 1) {
      const token = tokens[at];
      if (!token || sentenceEnd.test(text.slice(tokens[index]?.end ?? 0, token.start)) || claimsAt(at)) return index;
      if (sought.has(token.norm)) return lastJobWord(at);
    }
    return index;
  };
  const wished = openers.findAll(text, tokens).flatMap((opener) => {
    if (!inSections(opener.start)) return [];
    const first = countStartingBefore(tokens, opener.end, (token) => token.start);
    for (const [offset, found] of tokens.slice(first, first + maxWords).entries()) {
      if (sentenceEnd.test(text.slice(opener.end, found.start)) || claimsAt(first + offset)) return [];
      if (!sought.has(found.norm)) continue;
      const last = lastJobWord(first + offset);
      const token = tokens[last] ?? found;
      const note = noteAfter.exec(text.slice(token.end));
      const next = tokens[last + 1];
      const described = next !== undefined && describingWord.test(next.norm) && !/[,.;:]/.test(text.slice(token.end, next.start));
      const runsOn = described || continuedAfter(last);
      return [{ start: opener.end, end: runsOn ? wishEnd(text, tokens, token.end, maxWords, claims) : note ? token.end + note[0].length : token.start }];
    }
    return [];
  });
  // "Wants to move into medical coding", "where I can learn complaint handling and upselling": the rest of the
  // sentence is still to be reached.
  const runningOn = [moves, learning].flatMap((matcher) => (matcher.size === 0 ? [] : matcher.findAll(text, tokens)));
  const reached = runningOn.flatMap((word) =>
    inSections(word.start) ? [{ start: word.end, end: wishEnd(text, tokens, word.end, maxWords, claims) }] : []);
  return [...wished, ...reached];
}

export const dropAspiredSkills: HitFilter = (hits, text, tokens, lines, taxonomy) => {
  const { openers, claims, learningAnywhere, maxWords } = taxonomy.skillAspirations;
  if (hits.length === 0 || openers.size === 0) return [...hits];
  // "Currently learning ICD-10-CM and CPT in a CPC preparation course", under a training heading or in a job: still
  // to be learnt wherever it stands.
  const stillLearnt = learningAnywhere.size === 0 ? [] : learningAnywhere.findAll(text, tokens).map((word) => ({
    start: word.end,
    end: wishEnd(text, tokens, word.end, maxWords, claims),
  }));
  return hitsOutside(hits, [...wishSpans(text, tokens, lines, taxonomy), ...stillLearnt, ...labelledWishes(hits, lines, taxonomy)]);
};

/** The rest of each line labelled as naming the job sought: "Position desired: Technical Support / Customer Service". */
function labelledWishes(hits: readonly { start: number }[], lines: Parameters<HitFilter>[3], taxonomy: Parameters<HitFilter>[4]): { start: number; end: number }[] {
  return hits.flatMap((hit) => {
    const line = lines.at(hit.start)?.line;
    const from = line === undefined ? null : jobSoughtStart(line.text, taxonomy);
    return line && from !== null ? [{ start: line.start + from, end: line.end }] : [];
  });
}
