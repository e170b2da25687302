/** Options every analysing command shares (match, enqueue, worker), parsed once into a pipeline context. */
import { Option, type Command } from 'commander';
import { z } from 'zod';
import type { PipelineContext } from '../pipeline.js';
import { defaultReadOptions, type ReadOptions } from '../read-document/document-types.js';
import { parseReferenceDate, referenceDateMessage, referenceDatePattern } from '../reference-date.js';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.js';
import type { JobPosting } from '../build-job-profile/build-job-profile.js';
import { withJobProfile } from '../build-job-profile/with-job-profile.js';
import type { JobProfile } from '../build-job-profile/job-profile-types.js';
import { RolefitError } from '../errors.js';
import { readJobPosting } from './read-job-posting.js';
import { UsageError } from './usage-error.js';
import { unknownRolesMessage } from '../taxonomy/unknown-roles.js';

export const analysisOptionsSchema = z.object({
  taxonomy: z.array(z.string()).default([]),
  referenceDate: z.string().regex(referenceDatePattern, referenceDateMessage).optional(),
  // A role named twice is scored once, as the queue's job contract does.
  roles: z.array(z.string()).min(1, 'name at least one role id').transform((ids) => [...new Set(ids)]).optional(),
  maxFileMb: z.coerce.number().positive().default(defaultReadOptions.maxBytes / 1024 / 1024),
  maxPages: z.coerce.number().int().positive().default(defaultReadOptions.maxPages),
  docTimeout: z.coerce.number().positive().default(defaultReadOptions.timeoutMs / 1000),
  maxUnzippedMb: z.coerce.number().positive().default(defaultReadOptions.maxUnzippedBytes / 1024 / 1024),
  ocr: z.boolean().default(defaultReadOptions.ocr),
  redact: z.boolean().default(false),
  job: z.string().min(1).optional(),
});
export type AnalysisOptions = z.infer<typeof analysisOptionsSchema>;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
const splitList = (value: string): string[] => value.split(',').map((s) => s.trim()).filter(Boolean);

export function addAnalysisOptions(command: Command): Command {
  return command
    .addOption(new Option('--taxonomy <dir>', 'merge a taxonomy directory over the built-in one (repeatable)').argParser(collect))
    .option('--reference-date <date>', 'the date open ranges ("2019 - Present") end at, YYYY-MM[-DD] (default: today)')
    .addOption(new Option('--roles <ids>', 'score only these role ids, comma-separated').argParser(splitList))
    .option('--max-file-mb <mb>', 'largest document accepted, in MB', String(defaultReadOptions.maxBytes / 1024 / 1024))
    .option('--max-pages <n>', 'most pages of a PDF read; the rest are left unread, and the result says so', String(defaultReadOptions.maxPages))
    .option('--doc-timeout <seconds>', 'most time reading one document may take', String(defaultReadOptions.timeoutMs / 1000))
    .option('--max-unzipped-mb <mb>', 'most a DOCX or ODT may unpack to', String(defaultReadOptions.maxUnzippedBytes / 1024 / 1024))
    .option('--no-ocr', 'do not read scans and images with OCR: they fail with ocr_required');
}

/** The options a queue worker applies from its own command line, not from the jobs it takes. */
const workerSettings: readonly [string, string][] = [
  ['taxonomy', '--taxonomy'],
  ['maxPages', '--max-pages'],
  ['docTimeout', '--doc-timeout'],
  ['maxUnzippedMb', '--max-unzipped-mb'],
  ['ocr', '--no-ocr'],
];

/**
 * enqueue and batch send jobs; how a document is read and against which taxonomy is the worker's to say. Such an option
 * given to them would be silently ignored, so it is refused, naming where it belongs.
 */
export function refuseWorkerSettings(command: Command): void {
  const given = workerSettings.filter(([key]) => command.getOptionValueSource(key) === 'cli').map(([, flag]) => flag);
  if (given.length === 0) return;
  const one = given.length === 1;
  throw new UsageError(`${given.join(', ')}: ${one ? 'a setting' : 'settings'} of the worker, which reads the documents; give ${one ? 'it' : 'them'} to \`rolefit worker\`, not to \`rolefit ${command.name()}\`.`);
}

/**
 * `--redact`, for the commands that produce results (match, enqueue, batch). A worker takes it from each job instead,
 * because the job id, which decides whether a stored result is reused, is computed from the job's options.
 */
export function redactOption(): Option {
  return new Option('--redact', "blind screening: leave the candidate's name, email, phone and location out of every output");
}

/** `--job`, for the commands that rank (match, enqueue, batch): a posting to rank against instead of the taxonomy's roles. */
export function jobOption(): Option {
  return new Option('--job <file>', 'rank against this job posting (text, PDF, DOCX, …) instead of the taxonomy\'s roles');
}

const megabyte = 1024 * 1024;

/** The read limits the options ask for; the rest are the defaults. */
export function readOptionsFrom(options: AnalysisOptions): ReadOptions {
  return {
    ...defaultReadOptions,
    maxBytes: Math.round(options.maxFileMb * megabyte),
    maxPages: options.maxPages,
    timeoutMs: Math.round(options.docTimeout * 1000),
    maxUnzippedBytes: Math.round(options.maxUnzippedMb * megabyte),
    ocr: options.ocr,
  };
}

export async function buildPipelineContext(options: AnalysisOptions, today: Date): Promise<PipelineContext> {
  const taxonomy = await loadTaxonomy(options.taxonomy);
  if (options.job !== undefined && options.roles !== undefined) throw new UsageError('Give either --roles or --job, not both.');
  const unknown = unknownRolesMessage(options.roles ?? [], taxonomy);
  if (unknown !== null) throw new UsageError(unknown);
  const context: PipelineContext = {
    taxonomy,
    referenceDate: parseReferenceDate(options.referenceDate, today),
    read: readOptionsFrom(options),
    ...(options.roles ? { roles: options.roles } : {}),
    ...(options.redact ? { redact: true } : {}),
  };
  if (options.job === undefined) return context;
  return withJobProfileOrUsage(context, await readJobPosting(options.job, context.read));
}

/** A posting that names no known skill is a misused command, not a failed resume. */
export function withJobProfileOrUsage(context: PipelineContext, posting: JobPosting): PipelineContext {
  try {
    const ranked = withJobProfile(context, posting);
    if (ranked.jobProfile) process.stderr.write(describePostingRead(ranked.jobProfile));
    return ranked;
  } catch (error) {
    if (error instanceof RolefitError) throw new UsageError(error.message);
    throw error;
  }
}

/** What was read from the posting, so the person ranking can check it before trusting the ranking. */
/** "  screening: typing 35 WPM or faster; English fluent or better". */
function screeningRead(profile: JobProfile): string[] {
  const { typingWordsPerMinute, languages } = profile.screening;
  const asked = [
    ...(typingWordsPerMinute === null ? [] : [`typing ${typingWordsPerMinute} WPM or faster`]),
    ...languages.map((language) => `${language.name} ${language.minimumLevel} or better`),
  ];
  return asked.length > 0 ? [`  screening: ${asked.join('; ')}`] : [];
}

function describePostingRead(profile: JobProfile): string {
  const byImportance = (importance: string): string[] => profile.skills.filter((s) => s.importance === importance).map((s) => s.name);
  const lines = [
    `Ranking against "${profile.title}" read from ${profile.source} (closest taxonomy role: ${profile.closestRole}):`,
    ...(['must-have', 'important', 'nice-to-have'] as const).flatMap((importance) => {
      const names = byImportance(importance);
      return names.length > 0 ? [`  ${importance}: ${names.join(', ')}`] : [];
    }),
    ...(['must-have', 'important', 'nice-to-have'] as const).flatMap((importance) => {
      const names = profile.certifications.filter((c) => c.importance === importance).map((c) => c.name);
      return names.length > 0 ? [`  certifications, ${importance}: ${names.join(', ')}`] : [];
    }),
    `  experience: at least ${profile.minimumMonths} months; education: ${profile.minimumEducationLevel} or higher`,
    ...screeningRead(profile),
    ...profile.warnings.map((warning) => `warning: ${warning}`),
  ];
  return `${lines.join('\n')}\n`;
}
