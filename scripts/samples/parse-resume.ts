/**
 * Turns a plain-text resume into a light structure for the PDF and DOCX renderers.
 *
 * Rules, kept deliberately simple:
 * - the first non-empty line is the candidate's name; the non-empty lines right after it are the contact block;
 * - a heading is a short line in capitals, a short line underlined with ---- or ====, or a short line that stands
 *   alone between blank lines and looks like a title (no digits, commas or separators, few words);
 * - a line starting with "•", "-" or "*" and a space is a bullet;
 * - blank lines are kept as gaps; every other line is text.
 */

export type Block =
  | { kind: 'text'; text: string }
  | { kind: 'bullet'; marker: string; text: string }
  | { kind: 'gap' };

export interface Section {
  heading: string | null;
  blocks: Block[];
}

export interface Resume {
  name: string;
  contact: string[];
  sections: Section[];
}

const BULLET = /^([•*-])\s+(.*)$/u;
const UNDERLINE = /^\s*(?:-{3,}|={3,})\s*$/u;
const MAX_HEADING_LENGTH = 40;
const MAX_TITLE_WORDS = 4;

function isBlank(line: string | undefined): boolean {
  return line?.trim() === '';
}

function isCapitalsHeading(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && !/\d/u.test(line);
}

function isStandaloneTitle(line: string, previous: string | undefined, next: string | undefined): boolean {
  const standsAlone = (previous === undefined || isBlank(previous)) && isBlank(next);
  const looksLikeTitle = !/[\d,|.;:@]/u.test(line) && line.split(/\s+/u).length <= MAX_TITLE_WORDS;
  return standsAlone && looksLikeTitle;
}

export function isHeading(line: string, previous: string | undefined, next: string | undefined): boolean {
  const text = line.trim().replace(/:$/u, '');
  if (text === '' || text.length > MAX_HEADING_LENGTH || BULLET.test(text)) return false;
  if (next !== undefined && UNDERLINE.test(next)) return true;
  return isCapitalsHeading(text) || isStandaloneTitle(text, previous, next);
}

function toBlock(line: string): Block {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'gap' };
  const bullet = BULLET.exec(trimmed);
  if (bullet?.[1] !== undefined && bullet[2] !== undefined) {
    return { kind: 'bullet', marker: bullet[1], text: bullet[2] };
  }
  return { kind: 'text', text: trimmed };
}

/** Drops gaps at the start and end of a section and collapses runs of gaps. */
function tidy(blocks: Block[]): Block[] {
  const result: Block[] = [];
  for (const block of blocks) {
    const previous = result.at(-1);
    if (block.kind === 'gap' && (previous === undefined || previous.kind === 'gap')) continue;
    result.push(block);
  }
  if (result.at(-1)?.kind === 'gap') result.pop();
  return result;
}

function splitHeader(lines: string[]): { name: string; contact: string[]; rest: string[] } {
  const start = lines.findIndex((line) => !isBlank(line));
  if (start === -1) throw new Error('empty resume source');
  const afterName = lines.slice(start + 1);
  const contactEnd = afterName.findIndex(isBlank);
  const contactLines = contactEnd === -1 ? afterName : afterName.slice(0, contactEnd);
  return {
    name: (lines[start] ?? '').trim(),
    contact: contactLines.map((line) => line.trim()),
    rest: contactEnd === -1 ? [] : afterName.slice(contactEnd),
  };
}

function splitSections(lines: string[]): Section[] {
  const sections: Section[] = [{ heading: null, blocks: [] }];
  lines.forEach((line, index) => {
    if (UNDERLINE.test(line)) return;
    const current = sections.at(-1);
    if (isHeading(line, lines[index - 1], lines[index + 1])) {
      sections.push({ heading: line.trim().replace(/:$/u, ''), blocks: [] });
    } else if (current !== undefined) {
      current.blocks.push(toBlock(line));
    }
  });
  return sections
    .map((section) => ({ ...section, blocks: tidy(section.blocks) }))
    .filter((section) => section.heading !== null || section.blocks.length > 0);
}

export function parseResume(source: string): Resume {
  const lines = source.replace(/\r\n?/gu, '\n').split('\n');
  const { name, contact, rest } = splitHeader(lines);
  return { name, contact, sections: splitSections(rest) };
}

/**
 * A text line that opens an entry, such as a job title: it starts the section or follows a gap, and the first
 * line after it that is not plain text is a bullet. Renderers set it in bold.
 */
export function isEntryTitle(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  const previous = blocks[index - 1];
  if (block?.kind !== 'text' || (previous !== undefined && previous.kind !== 'gap')) return false;
  const following = blocks.slice(index + 1).find((candidate) => candidate.kind !== 'text');
  return following?.kind === 'bullet';
}
