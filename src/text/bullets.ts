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
