import type { Line } from './section-types.js';

/** Non-blank lines with their offsets; surrounding blanks trimmed. */
export function splitIntoLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = match.index + leading;
    lines.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return lines;
}
