/**
 * The glyphs resumes use as bullets, in one place: wherever one stands it opens a new item, so the readers of lines,
 * list items and sentences all break at the same characters. Private-use glyphs are the bullets of Symbol and
 * Wingdings fonts that a PDF or DOCX converter leaves as they were.
 */
export const bulletGlyphs = '•·▪►◦●○■□➢✓❖➤→◆◇‣➔\uf0b7\uf0a7\uf076\uf0d8';

/** The glyphs written for a regular expression's character class. */
export function bulletClass(): string {
  return bulletGlyphs.replace(/[\]\\^-]/g, '\\$&');
}

/**
 * Emoji and the joiners and selectors that build them, for a character class: phone-made resumes decorate titles and
 * names with them ("🔹 Content Moderator", "✨ KRISTINE JOY REYES ✨"), which are no part of what they decorate.
 */
export const pictographClass = '\\p{Extended_Pictographic}\\u{FE0F}\\u{200D}';
