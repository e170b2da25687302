/** Builds the date-range pattern from the vocabulary's month names, ongoing words and joiners. */
import type { Vocabulary } from './taxonomy-schema.js';

export interface DateVocabulary {
  /** Matches "<date> <joiner> <date or ongoing word>"; groups `from` and `to`. */
  readonly range: RegExp;
  /** Month number by lower-case name or season. */
  readonly monthByName: ReadonlyMap<string, number>;
  /** Lower-case ongoing words ("present", "to date"). */
  readonly ongoing: ReadonlySet<string>;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/\s+/g, '\\s+'))
    .join('|');
}

export function compileDateVocabulary(vocabulary: Vocabulary): DateVocabulary {
  const monthByName = new Map<string, number>();
  for (const { month, aliases } of [...vocabulary.months, ...vocabulary.seasons]) {
    for (const alias of aliases) monthByName.set(alias.toLowerCase(), month);
  }
  const names = alternation([...monthByName.keys()]);
  const year = String.raw`(?:19|20)\d{2}`;
  const date = [
    String.raw`(?:${names})\.?,?\s*(?:${year}|['’]\d{2})`, // Jan 2019, Sept. 2018, March, 2017, Jan'19
    String.raw`\d{1,2}\s*[/.-]\s*${year}`, // 03/2017, 3-2017
    String.raw`${year}\s*[/.-]\s*\d{1,2}(?!\d)`, // 2017-03
    year, // 2018
  ].join('|');
  const ongoing = alternation(vocabulary.ongoing);
  const joiner = String.raw`\s*(?:[-–—~]+|\s(?:${alternation(vocabulary.rangeJoiners)})\s)\s*`;
  const range = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?<from>${date})${joiner}(?<to>${date}|${ongoing})(?![\p{L}\p{N}])`,
    'giu',
  );
  return { range, monthByName, ongoing: new Set(vocabulary.ongoing.map((w) => w.toLowerCase())) };
}
