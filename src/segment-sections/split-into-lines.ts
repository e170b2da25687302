import type { Line } from './section-types.js';
import { allMatches } from '../text/all-matches.js';

/**
 * A line longer than this is a whole block flattened into one line (text copied out of a PDF, a CSV cell, a scraped
 * page): its layout survives only as runs of spaces, so it is split there.
 */
const flattenedLineChars = 160;
/** Where a flattened line is cut: two or more spaces, or a tab. */
const layoutGap = /[^\S\n]{2,}|\t/g;

/**
 * Non-blank lines with their offsets; surrounding blanks trimmed. Flattened lines are cut at their layout gaps, except
 * inside the spans `keepTogether` matches (a date range whose dash was lost: "Mar 2011  Present").
 */
export function splitIntoLines(text: string, keepTogether?: RegExp): Line[] {
  const lines: Line[] = [];
  const kept = keepTogether && !keepTogether.flags.includes('g') ? new RegExp(keepTogether.source, `${keepTogether.flags}g`) : keepTogether;
  for (const match of allMatches(/[^\n]+/g, text)) {
    const raw = match[0];
    if (raw.length > flattenedLineChars) {
      for (const [start, end] of cutAtGaps(raw, kept)) push(lines, text, match.index + start, match.index + end);
    } else push(lines, text, match.index, match.index + raw.length);
  }
  return lines;
}

function push(lines: Line[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const trimmed = raw.trim();
  if (trimmed.length === 0) return;
  const start = from + raw.length - raw.trimStart().length;
  lines.push({ text: trimmed, start, end: start + trimmed.length });
}

function cutAtGaps(line: string, keepTogether: RegExp | undefined): [number, number][] {
  const kept = keepTogether ? allMatches(keepTogether, line) : [];
  const inside = (index: number): boolean => kept.some((m) => index > m.index && index < m.index + m[0].length);
  const pieces: [number, number][] = [];
  let from = 0;
  for (const gap of allMatches(layoutGap, line)) {
    if (inside(gap.index)) continue;
    pieces.push([from, gap.index]);
    from = gap.index + gap[0].length;
  }
  pieces.push([from, line.length]);
  return pieces;
}
