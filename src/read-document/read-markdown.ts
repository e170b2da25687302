/**
 * Markdown resumes (`.md`, `.markdown`: written by hand, exported from note apps and site generators). marked renders
 * them to HTML, which the HTML reader lays out as text: `**Senior Accountant**` and `*April 2021 – Present*` lose
 * their markers, headings and list items become lines, tables become tab-separated rows. A single line break stays a
 * line break (`breaks`), since resumes put title, employer and dates on lines of their own without blank lines
 * between them, which Markdown would otherwise join into one paragraph.
 */
import type { DocumentText } from './document-types.js';
import { htmlToText } from './read-html.js';
import { readText } from './read-text.js';

export async function readMarkdown(bytes: Uint8Array): Promise<DocumentText> {
  // Loaded on first use: marked costs about 16 ms to load, and few resumes come as Markdown.
  const { marked } = await import('marked');
  const source = readText(bytes);
  const html = marked.parse(source.text, { gfm: true, breaks: true, async: false });
  return { ...source, text: htmlToText(html) };
}
