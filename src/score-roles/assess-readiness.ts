/**
 * Readiness for a role: ready now, ready with training (the gaps are skills a course or a few months on the job
 * close), or a longer path (experience or education the person cannot get quickly). Thresholds are taxonomy data.
 */
import type { ReadinessRule, Role, ScoringRules } from '../taxonomy/taxonomy-schema.js';
import type { Readiness, Requirement, ScoreComponent } from './match-types.js';
import { languagesBelowMinimum, missingLanguages, typingBelowMinimum } from './screening-requirements.js';
import { noEducationLevelFound } from './score-components.js';

interface Signals {
  readonly score: number;
  readonly missingMustHave: readonly Requirement[];
  readonly missingMustHaveCertifications: readonly Requirement[];
  readonly missingLanguages: readonly Requirement[];
  /** The role's languages the resume states at a weaker level than it asks. */
  readonly weakLanguages: readonly Requirement[];
  /** The typing requirement, when the resume states a speed below the role's minimum. */
  readonly slowTyping: Requirement | undefined;
  /** The must-have component's value: the share of its weight met, partial credit as given. */
  readonly mustHaveCredit: number;
  readonly partialMustHave: readonly Requirement[];
  readonly experienceCredit: number;
  readonly educationCredit: number;
  readonly experienceDetail: string | null;
  /** What the education level requirement says was found: `noEducationLevelFound` for a resume listing none. */
  readonly educationDetail: string | null;
  /** Has held the role's title, and the taxonomy lets that stand in for its education. */
  readonly titleWaivesEducation: boolean;
}

/**
 * The experience credit against the role's own minimum: scoring measures it against a floor so that roles open to
 * beginners still reward experience, but a beginner is not thereby unready for them.
 */
export function experienceAgainstMinimum(credit: number, role: Role, scoring: ScoringRules): number {
  const minimum = role.experience.minimumMonths;
  if (minimum === 0) return 1;
  return Math.min(1, (credit * Math.max(minimum, scoring.experienceFloorMonths)) / minimum);
}

function componentOf(components: readonly ScoreComponent[], id: ScoreComponent['id']): ScoreComponent | undefined {
  return components.find((c) => c.id === id);
}

function signalsOf(score: number, components: readonly ScoreComponent[], role: Role, scoring: ScoringRules): Signals {
  const experience = componentOf(components, 'experience')?.requirements[0];
  const level = componentOf(components, 'education')?.requirements.find((r) => r.id === 'education-level');
  const mustHave = componentOf(components, 'mustHaveSkills');
  const title = componentOf(components, 'title')?.requirements.find((r) => r.kind === 'title');
  return {
    score,
    missingMustHave: (mustHave?.requirements ?? []).filter((r) => r.status === 'missing'),
    missingMustHaveCertifications: (componentOf(components, 'certifications')?.requirements ?? []).filter(
      (r) => r.importance === 'must-have' && r.status === 'missing',
    ),
    missingLanguages: missingLanguages(componentOf(components, 'screening')?.requirements ?? [], role),
    weakLanguages: languagesBelowMinimum(componentOf(components, 'screening')?.requirements ?? [], role),
    slowTyping: typingBelowMinimum(componentOf(components, 'screening')?.requirements ?? []),
    mustHaveCredit: mustHave?.value ?? 1,
    partialMustHave: (mustHave?.requirements ?? []).filter((r) => r.status === 'partial'),
    experienceCredit: experienceAgainstMinimum(experience?.credit ?? 1, role, scoring),
    educationCredit: level?.credit ?? 1,
    educationDetail: level?.detail ?? null,
    experienceDetail: experience?.detail ?? null,
    titleWaivesEducation: scoring.readiness.titleWaivesEducation && title?.status === 'met',
  };
}

/** What a rule asks of the signals: each check tests one threshold and, only when asked, says why it fell short. */
interface Check {
  readonly fails: (signals: Signals, rule: ReadinessRule) => boolean;
  readonly reason: (signals: Signals, rule: ReadinessRule) => string;
}

const checks: readonly Check[] = [
  { fails: (s, rule) => s.score < rule.minScore, reason: (s, rule) => `a fit score of ${s.score} (${rule.minScore} is needed)` },
  {
    fails: (s, rule) => s.missingMustHave.length > rule.maxMissingMustHave,
    reason: (s) => `must-have skills missing: ${s.missingMustHave.map((r) => r.label).join(', ')}`,
  },
  {
    fails: (s, rule) => s.missingMustHaveCertifications.length > (rule.maxMissingMustHaveCertifications ?? Infinity),
    reason: (s) => `must-have certifications missing: ${s.missingMustHaveCertifications.map((r) => r.label).join(', ')}`,
  },
  {
    fails: (s, rule) => s.missingLanguages.length > (rule.maxMissingLanguages ?? Infinity),
    reason: (s) => `languages the role asks for not mentioned: ${s.missingLanguages.map((r) => r.label).join(', ')}`,
  },
  {
    fails: (s, rule) => s.slowTyping !== undefined && !rule.allowsTypingBelowMinimum,
    reason: (s) => `typing speed below the minimum: ${s.slowTyping?.detail ?? ''} (${s.slowTyping?.label ?? ''})`,
  },
  {
    fails: (s, rule) => s.weakLanguages.length > 0 && !rule.allowsLanguageBelowMinimum,
    reason: (s) => `language level below the role's: ${s.weakLanguages.map((r) => `${r.label} (${r.detail ?? ''})`).join(', ')}`,
  },
  {
    // Short through missing must-haves alone, the check above says so.
    fails: (s, rule) => s.mustHaveCredit < rule.minMustHaveCredit && s.partialMustHave.length > 0,
    reason: (s) => `must-have skills only partly met, through related skills: ${s.partialMustHave.map((r) => r.label).join(', ')}`,
  },
  {
    fails: (s, rule) => s.experienceCredit < rule.minExperienceCredit,
    reason: (s) => `relevant experience short of the minimum: ${s.experienceDetail ?? 'none found'}`,
  },
  {
    // A team leader without the degree the role asks is still ready: the title held, with its experience, shows it.
    fails: (s, rule) => s.educationCredit < rule.minEducationCredit && !(s.titleWaivesEducation && s.experienceCredit >= rule.minExperienceCredit),
    reason: (s) => (s.educationDetail === noEducationLevelFound ? 'no schooling listed on the resume' : 'education below the role\'s minimum level'),
  },
];

/** Whether the signals meet a rule, without putting anything in words. */
function meets(signals: Signals, rule: ReadinessRule): boolean {
  return checks.every((check) => !check.fails(signals, rule));
}

/** Why a rule is not met, in words; empty when it is. */
function shortfalls(signals: Signals, rule: ReadinessRule): string[] {
  return checks.filter((check) => check.fails(signals, rule)).map((check) => check.reason(signals, rule));
}

export function assessReadiness(score: number, components: readonly ScoreComponent[], role: Role, scoring: ScoringRules): Readiness {
  const signals = signalsOf(score, components, role, scoring);
  const { readyNow, readyWithTraining, longerPath } = scoring.readiness;
  // Reasons are worded only for the level given: most roles are a longer path, whose reasons are those of training.
  if (meets(signals, readyNow)) return { level: 'ready-now', label: readyNow.label, reasons: [] };
  if (meets(signals, readyWithTraining)) {
    return { level: 'ready-with-training', label: readyWithTraining.label, reasons: shortfalls(signals, readyNow) };
  }
  return { level: 'longer-path', label: longerPath.label, reasons: shortfalls(signals, readyWithTraining) };
}
