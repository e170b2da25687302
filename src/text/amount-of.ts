/** A figure as written: digits ("12", "4,500", "2.5") or a number word ("twelve"); null when it is neither. */
export function amountOf(written: string, numberWords: ReadonlyMap<string, number>): number | null {
  const value = /^\d/.test(written) ? Number(written.replaceAll(',', '')) : numberWords.get(written.toLowerCase().replace(/\s+/g, ' '));
  return value === undefined || Number.isNaN(value) ? null : value;
}
