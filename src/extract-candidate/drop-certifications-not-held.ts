/**
 * A certification the candidate does not hold yet is none of theirs: "CompTIA A+ (in progress, exam scheduled March
 * 2027)", "Studying for the CPC exam", "Will take the Versant English Test in January". A mention is not held when
 * its item (its line, up to a bullet, "|" or ";") says so between the certification named before it and the one
 * after: in "CPC, CCS (in progress)" only CCS is under way. The words are data (`certificationNotHeldWords`).
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { bulletClass } from '../text/bullets.js';
import { itemWithin } from '../text/item-within.js';
import type { Span } from './hits-outside.js';
import type { LineIndex } from './locate-evidence.js';

/** The spaces after a line, up to the next line's first character. */
const blanks = /\s*/y;

// Commas do not end an item here: "CompTIA A+ certification (in progress, exam scheduled March 2027)" is one.
const itemBreak = new RegExp(`[|;${bulletClass()}]`, 'u');

/**
 * The item of the line holding the hit: from the break before it to the break after it. A long line is cut into lines
 * at its runs of spaces (split-into-lines.ts), and a double space typed inside a sentence cuts one too: the item is
 * read across such a cut to the piece before and the piece after ("B.Com graduate pursuing  CMA (Intermediate)"),
 * never further, as a flattened resume may be a single line.
 */
function itemAround(hit: Span, text: string, lines: LineIndex): Span | null {
  const located = lines.at(hit.start);
  if (located === null) return null;
  const { line } = located;
  const before = line.start > 0 ? lines.at(line.start - 1)?.line : undefined;
  blanks.lastIndex = line.end;
  blanks.test(text);
  const after = lines.at(blanks.lastIndex)?.line;
  const sameWrittenLine = (a: Span, b: Span): boolean => !text.slice(a.end, b.start).includes('\n');
  const start = before !== undefined && before !== line && sameWrittenLine(before, line) ? before.start : line.start;
  const end = after !== undefined && after !== line && after.start >= line.end && sameWrittenLine(line, after) ? after.end : line.end;
  return itemWithin(text, { start, end }, hit, itemBreak);
}

/**
 * The items of the certifications not held: what else such an item names ("AAPC CPB — in progress (learning ICD-10-CM,
 * CPT and claims submission)") is being learnt with it, not held either, unless the item says the course behind it is
 * done ("CPC preparation course covering ICD-10-CM and CPT, completed 2024": the skills are learnt, the CPC not held).
 */
export function itemsNotHeld(named: readonly Span[], held: readonly Span[], text: string, lines: LineIndex, taxonomy: CompiledTaxonomy): Span[] {
  return named
    .filter((hit) => !held.includes(hit))
    .flatMap((hit) => itemAround(hit, text, lines) ?? [])
    .filter((item) => taxonomy.skillAspirations.completed.findAll(text.slice(item.start, item.end)).length === 0);
}

export function dropCertificationsNotHeld<T extends Span>(hits: readonly T[], text: string, lines: LineIndex, taxonomy: CompiledTaxonomy): T[] {
  if (hits.length === 0 || taxonomy.certificationNotHeld.size === 0) return [...hits];
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  return sorted.filter((hit, index) => {
    const item = itemAround(hit, text, lines);
    if (item === null) return true;
    const previous = sorted[index - 1];
    const next = sorted[index + 1];
    const afterPrevious = previous !== undefined && previous.end > item.start && previous.end <= hit.start;
    const from = afterPrevious ? previous.end : item.start;
    const to = next !== undefined && next.start < item.end && next.start >= hit.end ? next.start : item.end;
    // Its own words are no sign: "Enrolled Agent" is a certification held.
    const says = (part: string): boolean => taxonomy.certificationNotHeld.findAll(part).length > 0;
    // After the certification before it, words up to a comma or a closing bracket are that one's: in "CCNA
    // (pursuing), Google IT Support Certificate" only the CCNA is under way.
    const before = text.slice(from, hit.start);
    const ownBefore = afterPrevious ? before.replace(/^[^]*[,)]/u, '') : before;
    return !says(ownBefore) && !says(text.slice(hit.end, to));
  });
}
