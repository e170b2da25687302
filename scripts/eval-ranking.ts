/**
 * How well rolefit ranks roles for real resumes labelled by a reviewer, beside a plain keyword-overlap baseline
 * computed in the same run from the same text and the same taxonomy.
 *
 * Usage: npm run eval:ranking -- <labels.csv> <root> [--reference-date YYYY-MM] [--limit N] [--misses] [--split]
 *                                 [--unrelated CATEGORY,CATEGORY… [--per-category 12]] [--sweep JSON]
 *
 * labels.csv has columns id, primary, acceptable (";"-separated role ids), fit (strong, moderate, weak, none), note.
 * The resume for an id is <root>/pdf/<CATEGORY>/<id>.pdf, in whichever category folder holds it.
 *
 * Measures (rows whose primary is "none" count only in the per-fit means):
 *   hit@1      the top-ranked role is the primary or one of the acceptable roles
 *   primary@3  the primary role is among the three best-ranked
 *   mean score per fit strength: the score the primary role got, averaged per label (for "none": the best score)
 * Calibration (--unrelated CHEF,FITNESS,…): the first --per-category resumes of each named category folder, jobs
 * far from BPO work, and how many of them get a strong band for their best role (fewer is better).
 * Split (--split): resumes with an even id are the tuning half, those with an odd id the held-out half. Figures are
 * printed for each half too, and --misses lists only the tuning half's misses: change rules by looking at the one,
 * and judge the change by the other, which nobody looked at for it.
 * Sweep (--sweep '{"screeningNotStatedCredit":[0,0.25],"components.title":[5,15]}'): the same resumes rescored with
 * one scoring setting of scoring.yaml changed at a time, each variant's hit@1 and primary@3 overall and per half;
 * extraction is not repeated.
 * Baseline: per role, the share of its skills (by any name or alias) and job titles written in the resume, matched as
 * lower-case whole words; roles ranked by that share. It knows the taxonomy's words but nothing of sections, dates,
 * weights or evidence.
 * The last line is one JSON object with every figure.
 */
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { analyseFile } from '../src/cli/match-command.js';
import { mapInOrder } from '../src/parallel/map-in-order.js';
import { threadPoolReader, type DocumentReader } from '../src/parallel/document-readers.js';
import { defaultReadOptions } from '../src/read-document/document-types.js';
import { parseReferenceDate } from '../src/reference-date.js';
import type { CompiledTaxonomy } from '../src/taxonomy/compile-taxonomy.js';
import { loadTaxonomy } from '../src/taxonomy/load-taxonomy.js';
import type { Candidate } from '../src/extract-candidate/candidate-types.js';
import { scoreRoles } from '../src/score-roles/score-roles.js';
import { scoringVariants, sweepSchema, withScoring } from './sweep-scoring.js';

const fitStrengths = ['strong', 'moderate', 'weak', 'none'] as const;
const labelSchema = z.object({
  id: z.string().min(1),
  primary: z.string().min(1),
  acceptable: z.string().transform((s) => s.split(';').map((x) => x.trim()).filter(Boolean)),
  fit: z.enum(fitStrengths),
  note: z.string().optional(),
});
type Label = z.infer<typeof labelSchema>;
const noRole = 'none';
const topK = 3;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'reference-date': { type: 'string' },
    limit: { type: 'string' },
    misses: { type: 'boolean', default: false },
    split: { type: 'boolean', default: false },
    unrelated: { type: 'string' },
    'per-category': { type: 'string', default: '12' },
    sweep: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
const [labelsPath, root] = positionals;
if (values.help || !labelsPath || !root) {
  process.stdout.write('Usage: npm run eval:ranking -- <labels.csv> <root> [--reference-date YYYY-MM] [--limit N] [--misses] [--split] [--sweep JSON]\n');
  process.exit(values.help ? 0 : 2);
}

const rows: unknown[] = parse(await readFile(labelsPath), { columns: true, skip_empty_lines: true, trim: true });
const labels = rows.map((row) => labelSchema.parse(row)).slice(0, values.limit ? Number(values.limit) : undefined);

/** Where each id's PDF is: the category folders are listed once. */
async function indexPdfs(pdfRoot: string): Promise<Map<string, string>> {
  const index = new Map<string, string>();
  for (const category of await readdir(pdfRoot)) {
    for (const file of await readdir(join(pdfRoot, category)).catch(() => [])) {
      if (file.endsWith('.pdf')) index.set(file.slice(0, -'.pdf'.length), join(pdfRoot, category, file));
    }
  }
  return index;
}

/** Each role's words for the baseline: one entry per skill (its names) and one for the role's titles. */
function baselineVocabulary(taxonomy: CompiledTaxonomy): Map<string, string[][]> {
  const vocabulary = new Map<string, string[][]>();
  for (const role of taxonomy.source.roles) {
    const groups = role.skills.map(({ skill: id }) => {
      const skill = taxonomy.skillsById.get(id);
      return skill ? [skill.name, ...skill.aliases].map((s) => s.toLowerCase()) : [];
    });
    groups.push([role.title, ...role.aliases].map((s) => s.toLowerCase()));
    vocabulary.set(role.id, groups);
  }
  return vocabulary;
}

function containsWord(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
}

function baselineRanking(text: string, vocabulary: Map<string, string[][]>): { roleId: string; score: number }[] {
  const lower = text.toLowerCase();
  return [...vocabulary]
    .map(([roleId, groups]) => ({
      roleId,
      score: Math.round((100 * groups.filter((names) => names.some((n) => containsWord(lower, n))).length) / groups.length),
    }))
    .sort((a, b) => b.score - a.score || a.roleId.localeCompare(b.roleId));
}

interface Tally {
  evaluated: number;
  hit1: number;
  primary3: number;
  scores: Record<(typeof fitStrengths)[number], number[]>;
}
const newTally = (): Tally => ({ evaluated: 0, hit1: 0, primary3: 0, scores: { strong: [], moderate: [], weak: [], none: [] } });

function tallyRanking(tally: Tally, label: Label, ranking: readonly { roleId: string; score: number }[]): boolean {
  if (label.primary === noRole) {
    tally.scores.none.push(ranking[0]?.score ?? 0);
    return true;
  }
  tally.evaluated += 1;
  const top = ranking[0]?.roleId;
  const hit = top === label.primary || (top !== undefined && label.acceptable.includes(top));
  if (hit) tally.hit1 += 1;
  if (ranking.slice(0, topK).some((r) => r.roleId === label.primary)) tally.primary3 += 1;
  tally.scores[label.fit].push(ranking.find((r) => r.roleId === label.primary)?.score ?? 0);
  return hit;
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const round3 = (x: number): number => Math.round(x * 1000) / 1000;
interface Figures {
  hitAt1: number;
  primaryAt3: number;
  meanScore: Record<(typeof fitStrengths)[number], number | null>;
}
function figures(tally: Tally): Figures {
  const meanOf = (fit: (typeof fitStrengths)[number]): number | null => {
    const m = mean(tally.scores[fit]);
    return m === null ? null : Math.round(m * 10) / 10;
  };
  const meanScore = { strong: meanOf('strong'), moderate: meanOf('moderate'), weak: meanOf('weak'), none: meanOf('none') };
  return {
    hitAt1: round3(tally.hit1 / Math.max(tally.evaluated, 1)),
    primaryAt3: round3(tally.primary3 / Math.max(tally.evaluated, 1)),
    meanScore,
  };
}

const taxonomy = await loadTaxonomy();
// Checked before any resume is read, so a mistyped --sweep fails at once.
const variants = values.sweep === undefined ? null : scoringVariants(taxonomy.source.scoring, sweepSchema.parse(JSON.parse(values.sweep)));
const vocabulary = baselineVocabulary(taxonomy);
const pdfs = await indexPdfs(join(root, 'pdf'));
const pool = threadPoolReader();
// The baseline ranks the very text the pipeline read: the reader keeps a copy of each text it returns.
const texts = new Map<string, string>();
const reader: DocumentReader = {
  async read(input, options) {
    const document = await pool.read(input, options);
    texts.set(input.name, document.text);
    return document;
  },
  close: () => pool.close(),
};
const context = {
  taxonomy,
  referenceDate: parseReferenceDate(values['reference-date'], new Date()),
  read: defaultReadOptions,
  reader,
};
const ours = newTally();
/** The candidates of the labelled resumes that were read, for --sweep to rescore. */
const analysed: { label: Label; candidate: Candidate }[] = [];
const baseline = newTally();
/** With --split: the tuning half (even ids) and the held-out half (odd ids). */
const halves = { tuning: newTally(), heldOut: newTally() };
const inTuningHalf = (id: string): boolean => Number.parseInt(id.replace(/\D/g, '') || '0', 10) % 2 === 0;
let missingFiles = 0;
let failed = 0;
const started = performance.now();
// A few documents at a time: the pool's read time limit counts from when a document is queued.
const inFlight = availableParallelism() * 2;
const results = await mapInOrder(labels, inFlight, async (label) => {
  const path = pdfs.get(label.id);
  return { label, path, result: path ? await analyseFile(path, context) : null };
}, () => undefined);
for (const { label, path, result } of results) {
  if (!path || !result) {
    missingFiles += 1;
    continue;
  }
  if (!result.ok) {
    failed += 1;
    process.stderr.write(`${label.id}: ${result.error.code}\n`);
    continue;
  }
  const hit = tallyRanking(ours, label, result.matches);
  analysed.push({ label, candidate: result.candidate });
  if (values.split) tallyRanking(inTuningHalf(label.id) ? halves.tuning : halves.heldOut, label, result.matches);
  tallyRanking(baseline, label, baselineRanking(texts.get(path) ?? '', vocabulary));
  const primaryRank = result.matches.findIndex((m) => m.roleId === label.primary) + 1;
  if (values.misses && (!hit || primaryRank > topK) && (!values.split || inTuningHalf(label.id))) {
    const top = result.matches.slice(0, topK).map((m) => `${m.roleId} ${m.score}`).join(', ');
    const parts = (roleId: string | undefined): string => result.matches.find((m) => m.roleId === roleId)?.components
      .map((c) => `${c.id.replace(/Skills$/, '')} ${c.contribution}`).join(' · ') ?? '';
    process.stdout.write(`${hit ? 'top3' : 'miss'} ${label.id} [${label.fit}] want ${label.primary}${label.acceptable.length ? ` (or ${label.acceptable.join(';')})` : ''}; got ${top}; primary #${primaryRank}\n   ${label.note ?? ''}\n`);
    process.stdout.write(`   top: ${parts(result.matches[0]?.roleId)}\n   primary: ${parts(label.primary)}\n`);
  }
}
const calibration = await measureUnrelated();
const sweep = sweepFigures();
await reader.close();
const seconds = (performance.now() - started) / 1000;

/** Best-role bands of resumes from unrelated categories: how often an unrelated resume comes out strong. */
async function measureUnrelated(): Promise<{ n: number; strong: number; bands: Record<string, number> } | null> {
  if (!values.unrelated) return null;
  const perCategory = Number(values['per-category']);
  const files = (await Promise.all(values.unrelated.split(',').map(async (category) => {
    const folder = join(root ?? '', 'pdf', category.trim());
    return (await readdir(folder)).filter((f) => f.endsWith('.pdf')).sort().slice(0, perCategory).map((f) => join(folder, f));
  }))).flat();
  const bands: Record<string, number> = {};
  for (const result of await mapInOrder(files, inFlight, (file) => analyseFile(file, context), () => undefined)) {
    if (!result.ok) continue;
    const best = result.matches[0];
    const band = best?.band ?? 'none';
    bands[band] = (bands[band] ?? 0) + 1;
    if (values.misses && band === 'strong') process.stdout.write(`unrelated strong ${result.source}: ${best?.roleId ?? ''} ${best?.score ?? ''}\n`);
  }
  const n = Object.values(bands).reduce((a, b) => a + b, 0);
  return { n, strong: bands.strong ?? 0, bands };
}

/** With --sweep: each variant's figures, overall and per half. */
function sweepFigures(): { setting: string; value: number; all: Figures; tuning: Figures; heldOut: Figures }[] | null {
  if (variants === null) return null;
  return variants.map(({ setting, value, scoring }) => {
    const variant = withScoring(taxonomy, scoring);
    const all = newTally();
    const tuning = newTally();
    const heldOut = newTally();
    for (const { label, candidate } of analysed) {
      const ranking = scoreRoles(candidate, variant);
      tallyRanking(all, label, ranking);
      tallyRanking(inTuningHalf(label.id) ? tuning : heldOut, label, ranking);
    }
    return { setting, value, all: figures(all), tuning: figures(tuning), heldOut: figures(heldOut) };
  });
}

const summary = {
  rolefit: figures(ours),
  baseline: figures(baseline),
  ...(values.split ? { halves: { tuning: figures(halves.tuning), heldOut: figures(halves.heldOut) } } : {}),
  ...(calibration ? { unrelated: calibration } : {}),
  ...(sweep ? { sweep } : {}),
};
const pad = (s: string, n: number): string => s.padEnd(n);
const show = (x: number | null): string => (x === null ? '-' : String(x));
const lines = [
  `resumes ${labels.length}: ${ours.evaluated} with a primary role, ${missingFiles} missing, ${failed} failed, ${seconds.toFixed(1)} s`,
  `${pad('', 28)}${pad('rolefit', 10)}baseline`,
  `${pad('hit@1', 28)}${pad(show(summary.rolefit.hitAt1), 10)}${show(summary.baseline.hitAt1)}`,
  `${pad('primary@3', 28)}${pad(show(summary.rolefit.primaryAt3), 10)}${show(summary.baseline.primaryAt3)}`,
  ...fitStrengths.map((fit) => {
    const a = summary.rolefit.meanScore[fit];
    const b = summary.baseline.meanScore[fit];
    return `${pad(`mean score, ${fit} (${ours.scores[fit].length})`, 28)}${pad(show(a), 10)}${show(b)}`;
  }),
];
if (values.split) {
  for (const [name, tally] of [['tuning half (even ids)', halves.tuning], ['held-out half (odd ids)', halves.heldOut]] as const) {
    const f = figures(tally);
    lines.push(`${pad(`${name}, ${tally.evaluated}`, 28)}hit@1 ${show(f.hitAt1)}, primary@3 ${show(f.primaryAt3)}`);
  }
}
if (calibration) {
  lines.push(`unrelated resumes: ${calibration.n}, best role strong for ${calibration.strong} (bands ${JSON.stringify(calibration.bands)})`);
}
for (const variant of sweep ?? []) {
  const f = (x: Figures): string => `hit@1 ${show(x.hitAt1)}, primary@3 ${show(x.primaryAt3)}`;
  lines.push(`sweep ${variant.setting}=${variant.value}: ${f(variant.all)} | tuning ${f(variant.tuning)} | held-out ${f(variant.heldOut)}`);
}
process.stdout.write(`${lines.join('\n')}\n${JSON.stringify({ ...summary, n: ours.evaluated })}\n`);
