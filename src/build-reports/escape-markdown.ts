/**
 * Text a candidate controls (a name, a file name, a posting's title) goes into Markdown only through here, so that
 * `<img onerror=…>` or `[prize](http://…)` shows as written instead of becoming HTML or a link in a Markdown viewer.
 * Only the characters that open markup are escaped, so the raw report stays readable.
 */
const markupCharacters = /[\\`*_[\]<>|]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(markupCharacters, (character) => `\\${character}`);
}

/**
 * A code span holding `text` as is: its fence is longer than any run of backticks inside it. A line break, which
 * would end the span at a blank line and let what follows be read as HTML (a file named "cv\n\n<img onerror=…>"),
 * is written as \n.
 */
export function codeSpan(written: string): string {
  const text = written.replace(/\r\n|\r|\n/g, '\\n');
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${text}${padding}${fence}`;
}
