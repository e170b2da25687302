#!/usr/bin/env node
/**
 * The `rolefit` command line. Exit codes: 0 every document succeeded, 1 some failed, 2 the command was misused (its
 * options or the environment), 141 the reader of stdout went away (`rolefit match … --format jsonl | head`), as for
 * a Unix tool killed by SIGPIPE.
 */
import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { parseConcurrencyOption, readEnv } from '../config.js';
import { inProcessReader, threadPoolReader } from '../parallel/document-readers.js';
import { addAnalysisOptions, analysisOptionsSchema, buildPipelineContext, jobOption, redactOption, refuseWorkerSettings } from './analysis-options.js';
import { runBatch, runDashboard, runEnqueue, runFailed, runWorker } from './queue-commands.js';
import { matchFormats, runMatch } from './match-command.js';
import { runTaxonomyCheck } from './taxonomy-command.js';
import { UsageError } from './usage-error.js';
import { exitUsage, reportFailure } from './report-failure.js';

const exitBrokenPipe = 141;

// Node reports a closed stdout as an error event, which would crash with a stack trace: stop quietly instead.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(exitBrokenPipe);
});

/** An option as the user typed it: the schema's `maxPages` is `--max-pages`. */
function optionName(path: readonly PropertyKey[]): string {
  return `--${path.map(String).join('.').replace(/[A-Z]/g, (capital) => `-${capital.toLowerCase()}`)}`;
}

function parseAnalysisOptions(raw: unknown) {
  const parsed = analysisOptionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `${optionName(i.path)}: ${i.message}`).join('; '));
  return parsed.data;
}

function parseThreads(raw: unknown): number {
  if (raw === undefined) return availableParallelism();
  const threads = Number(raw);
  if (!Number.isInteger(threads) || threads < 0) throw new UsageError('--threads takes a whole number, 0 or more.');
  return threads;
}

/** `--concurrency` follows ROLEFIT_CONCURRENCY's rule; absent, the environment's value stands. */
function parseConcurrency(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const parsed = parseConcurrencyOption(raw);
  if (typeof parsed === 'number') return parsed;
  throw new UsageError(`--concurrency: ${parsed.problem}`);
}

/** A whole-number option within bounds (`--limit`, `--port`); checked before anything runs. */
function parseWholeNumber(option: string, raw: unknown, min: number, max: number): number {
  const text = String(raw).trim();
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new UsageError(`${option} takes a whole number from ${min} to ${max}.`);
  return value;
}

/** Node's timers hold at most 2^31-1 ms: a longer wait would fire at once. */
const maxTimeoutSeconds = Math.floor((2 ** 31 - 1) / 1000);

/** `--timeout <seconds>`, in ms: a number of seconds above 0 (a fraction is fine). */
function parseTimeoutMs(raw: unknown): number {
  const text = String(raw).trim();
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0 || seconds > maxTimeoutSeconds) {
    throw new UsageError(`--timeout takes a number of seconds above 0 and at most ${maxTimeoutSeconds}.`);
  }
  return Math.round(seconds * 1000);
}

function program(): Command {
  const root = new Command('rolefit')
    .description('Reads resumes and tells which BPO roles they fit, how well, why, and what to do about the gap.')
    .exitOverride()
    .showHelpAfterError();

  addAnalysisOptions(
    root
      .command('match')
      .description('analyse resumes in this process (no Redis needed) and write results, reports and a CSV shortlist')
      .argument('<paths...>', 'resume files or folders (searched recursively)')
      .addOption(redactOption())
      .addOption(jobOption())
      .option('--out <dir>', 'where to write results/, reports/ and shortlist.csv', 'out')
      .option('--blind-key <file>', 'with --redact: write which resume-<hash> name is which file to this CSV (keep it from reviewers)')
      .option('--threads <n>', 'threads reading documents (default: one per core; 0 reads in the main thread)')
      .addOption(
        new Option('--format <format>', 'files: write to --out; jsonl: one JSON object per document on stdout; html: the HTML gap report of one file on stdout')
          .choices(matchFormats)
          .default('files'),
      ),
  ).action(async (paths: string[], raw: Record<string, unknown>) => {
    const options = parseAnalysisOptions(raw);
    const threads = parseThreads(raw.threads);
    const reader = threads === 0 ? inProcessReader() : threadPoolReader({ threads });
    try {
      const context = { ...(await buildPipelineContext(options, new Date())), reader };
      const format = matchFormats.find((f) => f === raw.format) ?? 'files';
      const blindKey = typeof raw.blindKey === 'string' ? { blindKey: raw.blindKey } : {};
      process.exitCode = await runMatch(paths, context, { format, out: String(raw.out), ...blindKey }, Math.max(threads, 1));
    } finally {
      await reader.close();
    }
  });

  addAnalysisOptions(
    root
      .command('enqueue')
      .description('submit resumes as queue jobs, wait for a worker to analyse them, print one JSON object per document')
      .argument('<paths...>', 'resume files or folders')
      .addOption(redactOption())
      .addOption(jobOption())
      .option('--timeout <seconds>', 'how long to wait for each job', '300'),
  ).action(async (paths: string[], raw: Record<string, unknown>, command: Command) => {
    refuseWorkerSettings(command);
    const options = parseAnalysisOptions(raw);
    const timeoutMs = parseTimeoutMs(raw.timeout);
    process.exitCode = await runEnqueue(paths, options, readEnv(), timeoutMs);
  });

  addAnalysisOptions(
    root
      .command('worker')
      .description('run a queue worker: analyse jobs from Redis (REDIS_URL) until stopped with SIGTERM or SIGINT')
      .option('--concurrency <n>', 'jobs processed at once (default: ROLEFIT_CONCURRENCY or 1)'),
  ).action(async (_raw: Record<string, unknown>, command: Command) => {
    const raw = command.opts();
    const options = parseAnalysisOptions(raw);
    const concurrency = parseConcurrency(raw.concurrency);
    const env = readEnv();
    await runWorker(options, { ...env, ROLEFIT_CONCURRENCY: concurrency ?? env.ROLEFIT_CONCURRENCY });
  });

  addAnalysisOptions(
    root
      .command('batch')
      .description('submit resumes as one batch through the queue; write the batch shortlist (CSV) and summary (JSON)')
      .argument('<paths...>', 'resume files or folders')
      .addOption(redactOption())
      .addOption(jobOption())
      .option('--out <dir>', 'where to write shortlist.csv and batch.json', 'out')
      .option('--timeout <seconds>', 'how long to wait for the whole batch', '3600'),
  ).action(async (paths: string[], raw: Record<string, unknown>, command: Command) => {
    refuseWorkerSettings(command);
    const options = parseAnalysisOptions(raw);
    const timeoutMs = parseTimeoutMs(raw.timeout);
    process.exitCode = await runBatch(paths, options, readEnv(), timeoutMs, String(raw.out));
  });

  root
    .command('failed')
    .description('list failed queue jobs (one JSON object per line: id, source, code, reason), and retry them')
    .option('--retry [ids...]', 'retry these failed jobs; without ids, those whose code is transient (internal_error, timeout, resource_limit)')
    .option('--limit <n>', 'how many failed jobs to look at', '1000')
    .action(async (raw: { retry?: boolean | string[]; limit: string }) => {
      const ids = Array.isArray(raw.retry) ? raw.retry : [];
      const limit = parseWholeNumber('--limit', raw.limit, 1, 1_000_000);
      process.exitCode = await runFailed(readEnv(), raw.retry !== undefined, ids, limit);
    });

  root
    .command('dashboard')
    .description('serve the queue dashboard (Bull Board) and /healthz until stopped')
    .option('--port <port>', 'port to listen on', '3000')
    .option('--host <host>', 'address to listen on (0.0.0.0 in a container)', '127.0.0.1')
    .action(async (raw: { port: string; host: string }) => {
      const port = parseWholeNumber('--port', raw.port, 0, 65_535);
      process.exitCode = await runDashboard(readEnv(), port, raw.host);
    });

  root
    .command('taxonomy')
    .description('work with the role taxonomy')
    .command('check')
    .description('validate a taxonomy (the built-in one, or a directory merged over it) and print its counts')
    .argument('[dir]', 'a customer taxonomy directory to merge over the built-in one')
    .option('--json', 'print one JSON object')
    .action(async (dir: string | undefined, raw: { json?: boolean }) => {
      process.exitCode = await runTaxonomyCheck(dir, raw.json === true);
    });

  return root;
}

async function main(argv: readonly string[]): Promise<void> {
  try {
    await program().parseAsync([...argv]);
  } catch (error) {
    // Help and version are "errors" to commander; they exit 0.
    if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : exitUsage;
    else process.exitCode = reportFailure(error);
  }
}

await main(process.argv);
