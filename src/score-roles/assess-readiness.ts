/**
 * Readiness for a role: ready now, ready with training (the gaps are skills a course or a few months on the job
 * close), or a longer path (experience or education the person cannot get quickly). Thresholds are taxonomy data.
 */
import type { ReadinessRule, Role, ScoringRules } from '../taxonomy/taxonomy-schema.js';
import type { Readiness, ScoreComponent } from './match-types.js';

interface Signals {
  readonly score: number;
  readonly missingMustHave: readonly string[];
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

function signalsOf(score: number, components: readonly ScoreComponent[], role: Role, scoring: ScoringRules): Signals {
  const component = (id: ScoreComponent['id']): ScoreComponent | undefined => components.find((c) => c.id === id);
  const experience = component('experience')?.requirements[0];
  const level = component('education')?.requirements.find((r) => r.id === 'education-level');
  return {
    score,
    missingMustHave: (component('mustHaveSkills')?.requirements ?? []).filter((r) => r.status === 'missing').map((r) => r.label),
    experienceCredit: experienceAgainstMinimum(experience?.credit ?? 1, role, scoring),
    educationCredit: level?.credit ?? 1,
    experienceDetail: experience?.detail ?? null,
  };
}

/** Why a rule is not met, in words; empty when it is. */
function shortfalls(signals: Signals, rule: ReadinessRule): string[] {
  const reasons: string[] = [];
  if (signals.score < rule.minScore) reasons.push(`score ${signals.score} is below ${rule.minScore}`);
  if (signals.missingMustHave.length > rule.maxMissingMustHave) {
    reasons.push(`must-have skills missing: ${signals.missingMustHave.join(', ')}`);
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
  const notNow = shortfalls(signals, readyNow);
  if (notNow.length === 0) return { level: 'ready-now', label: readyNow.label, reasons: [] };
  const notWithTraining = shortfalls(signals, readyWithTraining);
  if (notWithTraining.length === 0) return { level: 'ready-with-training', label: readyWithTraining.label, reasons: notNow };
  return { level: 'longer-path', label: longerPath.label, reasons: notWithTraining };
}
