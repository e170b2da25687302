/** Stage 5: for the best roles, what the resume already has, what is missing (most valuable first) and what next. */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Importance } from '../taxonomy/taxonomy-schema.js';
import type { RoleScore } from '../score-roles/match-types.js';
import { actionFor } from './gap-actions.js';
import type { Gap, GapAnalysis, SetAsideGap } from './gap-types.js';
import { coveringScreening, setAsideReason, type AdviceContext } from './set-aside-gaps.js';

export { adviceContextOf, type AdviceContext } from './set-aside-gaps.js';

/** Requirements whose detail says what the resume states against the role's level (a speed, a degree, a field). */
const statedKinds: ReadonlySet<Gap['kind']> = new Set(['screening', 'education', 'title']);

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function buildGapAnalysis(score: RoleScore, taxonomy: CompiledTaxonomy, context: AdviceContext): GapAnalysis {
  const role = taxonomy.rolesById.get(score.roleId);
  if (!role) throw new Error(`Unknown role ${score.roleId}`);
  const strengths: string[] = [];
  const gaps: Gap[] = [];
  const setAside: SetAsideGap[] = [];
  for (const component of score.components) {
    const totalWeight = component.requirements.reduce((sum, r) => sum + r.weight, 0);
    for (const requirement of component.requirements) {
      if (requirement.status === 'met') {
        // A skill the role's screening asks again (typing, a language) is told once, with the speed or level stated: a
        // slow typist's typing skill is no strength where the role asks a speed, and the speed's own gap says so.
        if (coveringScreening(requirement, score, taxonomy) !== undefined) continue;
        // "Typing speed of 35 WPM" is what the role asks; what the person has ("65 WPM stated") is theirs to see.
        const stated = requirement.detail !== null && statedKinds.has(requirement.kind);
        strengths.push(stated ? `${requirement.label} (${requirement.detail})` : requirement.label);
        continue;
      }
      // A job title is earned with experience, which has its own gap; on its own it is not something to act on.
      if (requirement.kind === 'title') continue;
      const gain = totalWeight === 0 ? 0 : (component.share * (requirement.weight / totalWeight) * (1 - requirement.credit) * 100);
      const gap: Gap = {
        kind: requirement.kind,
        id: requirement.id,
        label: requirement.label,
        importance: requirement.importance,
        status: requirement.status,
        detail: requirement.status === 'partial' ? requirement.detail : null,
        gain: round1(gain),
        action: actionFor(requirement, role, taxonomy, context.country),
      };
      const aside = setAsideReason(requirement, score, taxonomy, context);
      if (aside) setAside.push({ ...gap, ...aside });
      else gaps.push(gap);
    }
  }
  // Gaps worth the same come in the order the role needs them: CompTIA A+ (important) before CCNA (nice to have).
  const byValue = (a: Gap, b: Gap): number => b.gain - a.gain || importanceRank(b.importance) - importanceRank(a.importance) || a.label.localeCompare(b.label);
  gaps.sort(byValue);
  setAside.sort(byValue);
  return {
    roleId: role.id,
    title: role.title,
    score: score.score,
    band: score.band,
    readiness: score.readiness,
    strengths,
    gaps,
    setAside,
    nextRoles: role.careerPaths.map((path) => ({
      roleId: path.role,
      title: taxonomy.rolesById.get(path.role)?.title ?? path.role,
      requires: path.requires,
    })),
    salaryBands: role.salaryBands.map(({ country, currency, period, p25, median, p75, source, year }) => ({
      country, currency, period, p25, median, p75, source, year,
    })),
  };
}

/**
 * Gap analyses for the first `count` roles of a ranking, then for the roles the candidate says they seek
 * (`sought`) wherever they rank: an agent "seeking a Team Leader position" is told what it takes.
 */
export function buildGapAnalyses(
  ranking: readonly RoleScore[],
  taxonomy: CompiledTaxonomy,
  count: number,
  context: AdviceContext,
  sought: readonly string[] = [],
): GapAnalysis[] {
  const top = ranking.slice(0, count);
  const wanted = ranking.slice(count).filter((score) => sought.includes(score.roleId));
  return [...top, ...wanted].map((score) => buildGapAnalysis(score, taxonomy, context));
}

const importanceRanks: Readonly<Record<Importance, number>> = { 'must-have': 3, important: 2, 'nice-to-have': 1 };

/** How much the role needs a gap's requirement; a gap of no tier (experience, education) ranks below every tier. */
function importanceRank(importance: Importance | null): number {
  return importance === null ? 0 : importanceRanks[importance];
}
