/** Text as a regular expression that matches it literally: dictionary words hold ".", "+" and "#" (".NET", "C++"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}
