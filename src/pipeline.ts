/**
 * The order of the stages, and nothing else. Used as is by the CLI and by the queue worker, so both give the same
 * answer for the same bytes, taxonomy and reference date.
 */
import { performance } from 'node:perf_hooks';
import type { JobProfile } from './build-job-profile/job-profile-types.js';
import { adviceContextOf, buildGapAnalyses } from './build-reports/build-gap-analysis.js';
import { blindMessage, blindSource } from './build-reports/blind-source.js';
import { redactResult } from './build-reports/redact-result.js';
import { resultSchemaVersion, type AnalysisResult, type SuccessResult } from './contracts/result-schema.js';
import { RolefitError, toErrorInfo } from './errors.js';
import { extractCandidate } from './extract-candidate/extract-candidate.js';
import type { YearMonth } from './extract-candidate/candidate-types.js';
import type { DocumentInput, ReadOptions } from './read-document/document-types.js';
import { inProcessReader, type DocumentReader } from './parallel/document-readers.js';
import { scoreRoles } from './score-roles/score-roles.js';
import { formatYearMonth } from './reference-date.js';
import { segmentSections } from './segment-sections/group-lines-into-sections.js';
import type { CompiledTaxonomy } from './taxonomy/compile-taxonomy.js';

export interface PipelineContext {
  readonly taxonomy: CompiledTaxonomy;
  readonly referenceDate: YearMonth;
  readonly read: ReadOptions;
  /** Score only these roles (all when absent). */
  readonly roles?: readonly string[];
  /** Keep only the best N roles in the result (all when absent). */
  readonly topN?: number;
  /** Where stage 1 runs: a pool of reading threads, or this thread when absent. */
  readonly reader?: DocumentReader;
  /** Told as each stage starts (queue jobs report it as progress). */
  readonly onStage?: (stage: PipelineStage) => void;
  /** Set when ranking against a job posting: its profile is then the only role scored, and the result says so. */
  readonly jobProfile?: JobProfile;
  /** Blind screening: withhold the candidate's contact details from the result, and so from every report of it. */
  readonly redact?: boolean;
}

export const pipelineStages = ['read', 'segment', 'extract', 'score', 'report'] as const;
export type PipelineStage = (typeof pipelineStages)[number];

const sameThread = inProcessReader();

export async function analyseResume(input: DocumentInput, context: PipelineContext): Promise<AnalysisResult> {
  const { taxonomy, referenceDate } = context;
  const stage = context.onStage ?? (() => undefined);
  // Blind screening names no file: a file name often holds the candidate's name, whatever the text gives away.
  const named = input.source ?? input.name;
  const source = context.redact === true ? blindSource(named, input.bytes, input.name) : named;
  const common = { schemaVersion: resultSchemaVersion, source } as const;
  try {
    const started = performance.now();
    // Step 1: read the document into clean text
    stage('read');
    const document = await (context.reader ?? sameThread).read(input, context.read);
    const parsed = performance.now();
    // Step 2: group its lines into sections
    stage('segment');
    const resume = segmentSections(document.text, taxonomy);
    // Step 3: extract the candidate: skills, certifications, education, jobs, contact
    stage('extract');
    const candidate = extractCandidate(resume, { taxonomy, referenceDate });
    // Step 4: score and rank every role
    stage('score');
    const matches = scoreRoles(candidate, taxonomy, context.roles).slice(0, context.topN);
    // Step 5: gap analysis for the best roles
    stage('report');
    const advice = adviceContextOf(candidate, context.redact === true);
    const gapAnalysis = buildGapAnalyses(matches, taxonomy, taxonomy.source.scoring.gapAnalysisTopRoles, advice, candidate.rolesSought);
    const finished = performance.now();
    const result: SuccessResult = {
      ...common,
      ok: true,
      document: {
        format: document.format,
        pages: document.pages,
        pagesRead: document.pagesRead ?? document.pages,
        flags: document.flags,
        parseMs: roundMs(parsed - started),
        analyseMs: roundMs(finished - parsed),
        words: document.text.split(/\s+/).length,
      },
      taxonomy: { name: taxonomy.source.manifest.name, version: taxonomy.source.manifest.version, hash: taxonomy.source.hash },
      referenceDate: formatYearMonth(referenceDate),
      candidate,
      matches,
      gapAnalysis,
      ...(context.jobProfile ? { jobProfile: context.jobProfile } : {}),
    };
    // After scoring, so that blind screening cannot change a score.
    return context.redact === true ? redactResult(result, taxonomy.personalDetails.labelledDetail) : result;
  } catch (error) {
    const info = toErrorInfo(error);
    const mentioned = error instanceof RolefitError ? error.mentionedNames : [];
    const names = [input.name, ...(input.source === undefined ? [] : [input.source]), ...mentioned];
    return { ...common, ok: false, error: context.redact === true ? { ...info, message: blindMessage(info.message, names, source) } : info };
  }
}

/** Hundredths of a millisecond: analysis takes a few ms, so whole milliseconds would hide it. */
function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}
