/**
 * Dictionary hits that stand inside a written form naming something else: "initiatives" are no initiative, "job
 * scheduling" is no workforce scheduling, a salesperson's "Account Executive" is no accounts executive. The forms
 * come per value (a skill or a role id) as one pattern, run over the text once per value that has hits.
 */
interface Hit {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export function withoutFalseFriends<T extends Hit>(hits: readonly T[], text: string, patterns: ReadonlyMap<string, RegExp>): readonly T[] {
  // Most texts hold no hit that has false friends at all: they need no pattern run.
  if (!hits.some((hit) => patterns.has(hit.value))) return hits;
  const spans = new Map<string, { start: number; end: number }[]>();
  const spansOf = (value: string, pattern: RegExp): { start: number; end: number }[] => {
    let found = spans.get(value);
    if (!found) {
      found = [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      spans.set(value, found);
    }
    return found;
  };
  return hits.filter((hit) => {
    const pattern = patterns.get(hit.value);
    return !pattern || !spansOf(hit.value, pattern).some((s) => s.start <= hit.start && hit.end <= s.end);
  });
}
