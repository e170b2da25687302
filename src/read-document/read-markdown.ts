/**
 * Markdown resumes (`.md`, `.markdown`: written by hand, exported from note apps and site generators). markdown-it
 * renders them to HTML, which the HTML reader lays out as text: `**Senior Accountant**` and `*April 2021 – Present*`
 * lose their markers, headings and list items become lines, tables become tab-separated rows. A single line break
 * stays a line break (`breaks`), since resumes put title, employer and dates on lines of their own without blank
 * lines between them, which Markdown would otherwise join into one paragraph.
 *
 * markdown-it rather than a renderer built on regular expressions: its parser stays linear on hostile text (long runs
 * of blanks, brackets or underscores) and caps nesting, where such renderers take time growing with the square of a
 * run or overflow the stack on a thousand nested quotes.
 */
import type { MarkdownIt } from 'markdown-it';
import type { DocumentText } from './document-types.js';
import { htmlToText } from './read-html.js';
import { readText } from './read-text.js';

let renderer: MarkdownIt | undefined;

export async function readMarkdown(bytes: Uint8Array): Promise<DocumentText> {
  // Loaded on first use: markdown-it costs about 20 ms to load, and few resumes come as Markdown.
  renderer ??= new (await import('markdown-it')).default({ html: true, breaks: true });
  const source = readText(bytes);
  const env = {};
  const blocks = renderer.parse(source.text, env);
  // Past its nesting limit markdown-it skips the rest of the block, text and all: a document nested that deep (no
  // resume is) is read as the plain text it also is, so that nothing in it is lost.
  const deepest = renderer.options.maxNesting - 1;
  if (blocks.some((block) => block.level >= deepest)) return source;
  return { ...source, text: htmlToText(renderer.renderer.render(blocks, renderer.options, env)) };
}
