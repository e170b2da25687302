/**
 * The text without the given characters at its ends, in one pass from each end. Not `/^\t+|\t+$/g` and the like: a
 * regular expression retries a run of them from each of its characters when the run does not end the text, so a long
 * run inside a line took time growing with the square of its length.
 */
export function trimCharacters(text: string, characters: string, ends: 'both' | 'end' = 'both'): string {
  let start = 0;
  let end = text.length;
  if (ends === 'both') while (start < end && characters.includes(text.charAt(start))) start += 1;
  while (end > start && characters.includes(text.charAt(end - 1))) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
