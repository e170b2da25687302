/**
 * How each stage's time grows with hostile text: long runs of one character (spaces, dashes, dots, digits, brackets,
 * letters without a break), one endless line, thousands of short lines, repeated dates, headings, titles and
 * e-mail-like tokens. Every shape is built at doubling sizes, read as a file (plain text unless --as says otherwise)
 * and analysed stage by stage. A stage whose time about doubles with the size is linear; one whose time grows about
 * fourfold is quadratic, and a hostile resume could stall a worker with it. Prints milliseconds and the growth factor of the
 * last doubling, flagging factors of 3 and more; asserts nothing.
 *
 * Reading sees the whole file (text files may be up to the size limit); later stages see at most the text the reader
 * keeps (maxChars), so sizes beyond it measure reading alone. It times the compiled pipeline in dist/: `npm run
 * bench:stress` builds it first.
 *
 * --as md, html, rtf or docx wraps the same text in that format, for its reader to meet the same shapes. The text is
 * also read as a job posting (stage \`posting\`), as \`match --job\` and a job's jobDescription have it read.
 *
 * Usage: npm run bench:stress -- [--sizes 25000,50000,100000,200000] [--shape NAME] [--as txt|md|html|rtf|docx]
 *                                [--repeat 3]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { compiledPipeline } from './compiled-pipeline.js';
import { docxOfLines } from './make-hostile-corpus.js';

const {
  buildGapAnalyses,
  adviceContextOf,
  extractCandidate,
  readDocument,
  defaultReadOptions,
  scoreRoles,
  segmentSections,
  loadTaxonomy,
  buildJobProfile,
} = await compiledPipeline();

/** Text of about `size` characters made by repeating `unit`, between a start and an end that give it context. */
function repeated(unit: string, size: number, start = 'Customer Service Representative\n', end = '\nEXPERIENCE\n'): string {
  return start + unit.repeat(Math.max(1, Math.floor(size / unit.length))) + end;
}

const shapes: Record<string, (size: number) => string> = {
  'spaces-in-line': (n) => repeated(' ', n, 'Manager', 'x\nEXPERIENCE\n'),
  'tabs-in-line': (n) => repeated('\t', n, 'Manager', 'x\nEXPERIENCE\n'),
  'dashes': (n) => repeated('-', n),
  'dots': (n) => repeated('.', n),
  'digits': (n) => repeated('1', n),
  'open-brackets': (n) => repeated('(', n),
  'pipes': (n) => repeated('|', n),
  'letters-no-break': (n) => repeated('a', n),
  'capitals-no-break': (n) => repeated('A', n),
  'at-signs': (n) => repeated('@', n),
  'plus-digits': (n) => repeated('+1 ', n),
  'commas': (n) => repeated('a, ', n),
  'one-long-line': (n) => repeated('handled inbound calls for a telecom account using Zendesk and Excel ', n),
  'capitalised-words-line': (n) => repeated('Senior Customer Service Manager ', n),
  // Words whose reading looks at their whole line: aliases kept only beside context words, metrics read with their value.
  'context-words-line': (n) => repeated('quality calls accuracy tickets escalation collections AHT CSAT 92% ', n),
  'short-lines': (n) => repeated('Customer support\n', n),
  'blank-lines': (n) => repeated('\n \n', n),
  'date-ranges-line': (n) => repeated('Jan 2019 - Present ', n),
  'date-ranges-lines': (n) => repeated('Team Leader, Acme Corp, Jan 2019 - Present\n', n),
  'years-line': (n) => repeated('2019 ', n),
  'headings': (n) => repeated('EXPERIENCE\nSKILLS\n', n),
  'bullets': (n) => repeated('• ', n),
  'emails': (n) => repeated('a@b.co ', n),
  'hyphen-breaks': (n) => repeated('de-\nescalation ', n),
  'two-byte-letters': (n) => repeated('Ωmega ', n),
  'private-use': (n) => repeated('\uF0B7 ', n),
  'name-then-blanks': (n) => repeated(' ', n, 'Jane Doe', ',\njane@example.com\nEXPERIENCE\n'),
  'date-then-blanks': (n) => repeated(' ', n, 'EXPERIENCE\nTeam Leader, Acme Corp, Jan 2019 - Present', ':x\n'),
  'date-then-commas': (n) => repeated(', a', n, 'EXPERIENCE\nTeam Leader, Acme Corp, Jan 2019 - Present'),
  'date-then-brackets': (n) => repeated('(a', n, 'EXPERIENCE\nTeam Leader, Acme Corp, Jan 2019 - Present'),
  'date-then-dashes': (n) => repeated(' - a', n, 'EXPERIENCE\nTeam Leader, Acme Corp, Jan 2019 - Present'),
  'table-row-tabs': (n) => repeated('\t', n, 'EXPERIENCE\nTeam Leader', 'Acme Corp\tJan 2019 - Present\n'),
};

/** The text as a file of each format rolefit reads as text, so that each reader meets the same hostile shapes. */
const containers: Record<string, { name: string; bytes: (text: string) => Uint8Array }> = {
  txt: { name: 'stress.txt', bytes: (text) => Buffer.from(text) },
  md: { name: 'stress.md', bytes: (text) => Buffer.from(text) },
  html: {
    name: 'stress.html',
    bytes: (text) => Buffer.from(`<html><body><p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p></body></html>`),
  },
  rtf: { name: 'stress.rtf', bytes: (text) => Buffer.from(`{\\rtf1\\ansi ${text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/\n/g, '\\par ')}}`) },
  docx: { name: 'stress.docx', bytes: (text) => docxOfLines(text.split('\n')) },
};

const { values } = parseArgs({
  options: {
    as: { type: 'string', default: 'txt' },
    sizes: { type: 'string', default: '25000,50000,100000,200000' },
    shape: { type: 'string', multiple: true, default: [] },
    repeat: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const repeat = Number(values.repeat);
const chosen = values.shape.length > 0 ? values.shape : Object.keys(shapes);
const unknown = chosen.filter((name) => !(name in shapes));
if (unknown.length > 0) {
  process.stderr.write(`Unknown shape ${unknown.join(', ')}; the shapes are ${Object.keys(shapes).join(', ')}\n`);
  process.exit(2);
}

const container = containers[values.as] ?? unknownFormat(values.as);

function unknownFormat(name: string): never {
  process.stderr.write(`Unknown --as ${name}; the formats are ${Object.keys(containers).join(', ')}\n`);
  process.exit(2);
}

const taxonomy = await loadTaxonomy();
const referenceDate = { year: 2026, month: 11 };
const stageNames = ['read', 'segment', 'extract', 'score', 'gaps', 'posting'] as const;
type Times = Record<(typeof stageNames)[number], number>;

/** The fastest of `repeat` runs of each stage: the least disturbed by collection and the machine's other work. */
async function timeStages(text: string): Promise<Times> {
  const best: Times = { read: Infinity, segment: Infinity, extract: Infinity, score: Infinity, gaps: Infinity, posting: Infinity };
  const bytes = container.bytes(text);
  for (let run = 0; run < repeat; run += 1) {
    const t0 = performance.now();
    const document = await readDocument({ name: container.name, bytes }, defaultReadOptions);
    const t1 = performance.now();
    const resume = segmentSections(document.text, taxonomy);
    const t2 = performance.now();
    const candidate = extractCandidate(resume, { taxonomy, referenceDate });
    const t3 = performance.now();
    const matches = scoreRoles(candidate, taxonomy);
    const t4 = performance.now();
    buildGapAnalyses(matches, taxonomy, taxonomy.source.scoring.gapAnalysisTopRoles, adviceContextOf(candidate, false), candidate.rolesSought);
    const t5 = performance.now();
    // A text that names no skill is refused as a posting: the time to learn so counts as its reading.
    try {
      buildJobProfile({ text, name: 'stress.txt' }, taxonomy);
    } catch {
      // refused, as expected of most shapes' text
    }
    const t6 = performance.now();
    const times = [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5];
    stageNames.forEach((name, index) => (best[name] = Math.min(best[name], times[index] ?? Infinity)));
  }
  return best;
}

/** Below this a stage's time is noise, and its growth is not judged. */
const noiseMs = 2;
const quadraticHint = 3;
const pad = (text: string, width: number): string => text.padEnd(width);
process.stdout.write(`${pad('shape', 24)}${pad('chars', 9)}${stageNames.map((s) => pad(s, 10)).join('')}growth\n`);
let flagged = 0;
for (const name of chosen) {
  const build = shapes[name];
  if (!build) continue;
  let previous: Times | null = null;
  for (const size of sizes) {
    const times = await timeStages(build(size)).catch((error: unknown) => {
      // A text over the size limit is refused before it is read: nothing to time at this size or beyond.
      process.stdout.write(`${pad(name, 24)}${pad(String(size), 9)}${error instanceof Error ? error.message : String(error)}\n`);
      return null;
    });
    if (times === null) break;
    const growth = previous === null ? '' : stageNames
      .filter((stage) => times[stage] >= noiseMs && previous !== null)
      .map((stage) => ({ stage, factor: times[stage] / Math.max(previous?.[stage] ?? 0, noiseMs / 2) }))
      .filter(({ factor }) => factor >= quadraticHint)
      .map(({ stage, factor }) => `${stage} ×${factor.toFixed(1)}`)
      .join(', ');
    if (growth && size === sizes.at(-1)) flagged += 1;
    const cells = stageNames.map((stage) => pad(times[stage].toFixed(1), 10)).join('');
    process.stdout.write(`${pad(name, 24)}${pad(String(size), 9)}${cells}${growth}\n`);
    previous = times;
  }
}
process.stdout.write(`${flagged} of ${chosen.length} shapes grew ${quadraticHint}-fold or more over their last doubling\n`);
