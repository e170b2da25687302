/**
 * Skills a resume shows through a screening figure, however it words them: a typing speed ("Marunong mag-type (45
 * wpm)") is the typing skill, a team led ("Led a team of 18 associates") people management, and a metric achieved
 * ("98% accuracy", "AHT of 6:10") the skill of working to it. The skills are data (`typing.skill`, `team.skill` and
 * each metric's `skill` in screening.yaml); the figures are their evidence.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { FoundSkill, Screening } from './candidate-types.js';
import { show, withShownSkills, type ShownSkills } from './add-shown-skills.js';

export function withScreenedSkills(skills: readonly FoundSkill[], screening: Screening, taxonomy: CompiledTaxonomy): FoundSkill[] {
  const { typing, metrics, team, metricsShowing } = taxonomy.source.screening;
  const shown: ShownSkills = new Map();
  show(shown, typing.skill, screening.typingSpeed?.evidence ?? []);
  show(shown, team.skill, screening.teamLeadership?.evidence ?? []);
  for (const metric of screening.metrics) show(shown, metrics.find((m) => m.id === metric.id)?.skill, [metric.evidence]);
  // Figures in several metrics show their tracking, by whoever led a team to them: "Led 16 agents … AHT 5:40, CSAT
  // 88%, attrition 3.2%". An agent's own AHT and CSAT are the metrics' skills, not a team's KPIs tracked.
  const tracked = new Set(screening.metrics.map((metric) => metric.id));
  if (metricsShowing && screening.teamLeadership !== null && tracked.size >= metricsShowing.minMetrics) show(shown, metricsShowing.skill, screening.metrics.map((metric) => metric.evidence));
  return withShownSkills(skills, shown, taxonomy);
}
