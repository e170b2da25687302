/**
 * The matches of a global pattern in a text, as `String.prototype.matchAll` gives them, found with the pattern
 * itself. `matchAll` builds a copy of the pattern on every call; for the large patterns compiled from the taxonomy
 * (every month name and date form, every way of writing a duration) the copy cost more than the search, on every
 * line of every resume.
 *
 * The pattern's lastIndex is set before the search and the matches are collected before they are returned, so a
 * pattern shared by many callers keeps nothing from one call to the next, even when a caller's loop uses it again.
 */
import { charLength } from './character-classes.js';

export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  // As matchAll does: a pattern without the g flag would find its first match forever.
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${String(pattern)}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step past it, as matchAll does (by a whole character
    // under the u flag).
    if (match[0].length === 0) pattern.lastIndex += pattern.unicode ? charLength(text, pattern.lastIndex) : 1;
  }
  pattern.lastIndex = 0;
  return matches;
}
