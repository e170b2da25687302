/**
 * Readiness for a role: ready now, ready with training (the gaps are skills a course or a few months on the job
 * close), or a longer path (experience or education the person cannot get quickly). Thresholds are taxonomy data.
 */
import type { ReadinessRule, Role, ScoringRules } from '../taxonomy/taxonomy-schema.js';
import type { Readiness, Requirement, ScoreComponent } from './match-types.js';

interface Signals {
  readonly score: number;
  readonly missingMustHave: readonly Requirement[];
  readonly experienceCredit: number;
  readonly educationCredit: number;
  readonly experienceDetail: string | null;
}

/**
 * The experience credit against the role's own minimum: scoring measures it against a floor so that roles open to
 * beginners still reward experience, but a beginner is not thereby unready for them.
 */
function experienceAgainstMinimum(credit: number, role: Role, scoring: ScoringRules): number {
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
  return {
    score,
    missingMustHave: (componentOf(components, 'mustHaveSkills')?.requirements ?? []).filter((r) => r.status === 'missing'),
    experienceCredit: experienceAgainstMinimum(experience?.credit ?? 1, role, scoring),
    educationCredit: level?.credit ?? 1,
    experienceDetail: experience?.detail ?? null,
  };
}

/** Whether the signals meet a rule: the test `shortfalls` puts in words, without building the words. */
function meets(signals: Signals, rule: ReadinessRule): boolean {
  return !(signals.score < rule.minScore)
    && !(signals.missingMustHave.length > rule.maxMissingMustHave)
    && !(signals.experienceCredit < rule.minExperienceCredit)
    && !(signals.educationCredit < rule.minEducationCredit);
}

/** Why a rule is not met, in words; empty when it is. */
function shortfalls(signals: Signals, rule: ReadinessRule): string[] {
  const reasons: string[] = [];
  if (signals.score < rule.minScore) reasons.push(`score ${signals.score} is below ${rule.minScore}`);
  if (signals.missingMustHave.length > rule.maxMissingMustHave) {
    reasons.push(`must-have skills missing: ${signals.missingMustHave.map((r) => r.label).join(', ')}`);
  }
  if (signals.experienceCredit < rule.minExperienceCredit) {
    reasons.push(`relevant experience short of the minimum (${signals.experienceDetail ?? 'none found'})`);
  }
  if (signals.educationCredit < rule.minEducationCredit) reasons.push('education below the role\'s minimum level');
  return reasons;
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
