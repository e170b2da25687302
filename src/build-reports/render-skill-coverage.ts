/**
 * The visuals of the HTML report: skill coverage per importance tier and points per score component. Each is drawn
 * with CSS widths and carries the same facts as text, for screen readers, print and anyone who cannot see colour.
 */
import type { ComponentId, Requirement, RequirementStatus, RoleScore, ScoreComponent } from '../score-roles/match-types.js';
import { escapeHtml } from './escape-html.js';
import { componentLabels } from './report-wording.js';


/** The skill tiers, in the order a job seeker should care about them, with the noun used in sentences. */
const skillTiers: readonly { id: ComponentId; noun: string }[] = [
  { id: 'mustHaveSkills', noun: 'must-have skills' },
  { id: 'importantSkills', noun: 'important skills' },
  { id: 'niceToHaveSkills', noun: 'nice-to-have skills' },
];

const statusOrder: readonly RequirementStatus[] = ['met', 'partial', 'missing'];
const statusWords: Record<RequirementStatus, string> = { met: 'met', partial: 'partly met', missing: 'missing' };
const statusMarks: Record<RequirementStatus, string> = { met: '✓', partial: '◐', missing: '○' };

const fullWidthPercent = 100;
const pointsPerScore = 100;
const widthDecimals = 1;
const pointsDecimals = 1;

/** A CSS percentage from a 0-1 fraction. */
function widthOf(fraction: number): string {
  return (fraction * fullWidthPercent).toFixed(widthDecimals);
}

function percent(part: number, whole: number): string {
  return whole > 0 ? widthOf(part / whole) : widthOf(0);
}

/** "29.3", and "35" rather than "35.0". */
export function formatPoints(points: number): string {
  return String(Number(points.toFixed(pointsDecimals)));
}

function countByStatus(requirements: readonly Requirement[]): Record<RequirementStatus, number> {
  const counts: Record<RequirementStatus, number> = { met: 0, partial: 0, missing: 0 };
  for (const requirement of requirements) counts[requirement.status] += 1;
  return counts;
}

/** "4 of 6 must-have skills met, 1 partly met": the text equivalent of one coverage bar. */
export function coverageSentence(noun: string, requirements: readonly Requirement[]): string {
  const counts = countByStatus(requirements);
  const partly = counts.partial > 0 ? `, ${counts.partial} partly met` : '';
  return `${counts.met} of ${requirements.length} ${noun} met${partly}`;
}

function coverageBar(sentence: string, requirements: readonly Requirement[]): string {
  const counts = countByStatus(requirements);
  const segments = statusOrder
    .filter((status) => counts[status] > 0)
    .map((status) => `<span class="segment-${status}" style="width: ${percent(counts[status], requirements.length)}%"></span>`);
  return `<div class="bar" role="img" aria-label="${escapeHtml(sentence)}">${segments.join('')}</div>`;
}

function skillChip(requirement: Requirement): string {
  const { status } = requirement;
  return `<li class="chip chip-${status}"><span aria-hidden="true">${statusMarks[status]}</span> ${escapeHtml(requirement.label)}`
    + `<span class="visually-hidden"> (${statusWords[status]})</span></li>`;
}

function tierCoverage(component: ScoreComponent, noun: string): string {
  const sentence = coverageSentence(noun, component.requirements);
  return `<div class="coverage"><p>${escapeHtml(sentence)}</p>${coverageBar(sentence, component.requirements)}`
    + `<ul class="chips" aria-label="${escapeHtml(componentLabels[component.id])}">`
    + `${component.requirements.map(skillChip).join('')}</ul></div>`;
}

/** One bar and chip list per skill tier the role lists; tiers with no skills are left out. */
export function renderSkillCoverage(match: RoleScore): string {
  const tiers = skillTiers.flatMap(({ id, noun }) => {
    const component = match.components.find((c) => c.id === id);
    return component && component.requirements.length > 0 ? [tierCoverage(component, noun)] : [];
  });
  if (tiers.length === 0) return '';
  const legend = statusOrder.map((status) => `${statusMarks[status]} ${statusWords[status]}`).join(' · ');
  return `<h3>Skill coverage</h3><p class="legend note" aria-hidden="true">${legend}</p>${tiers.join('')}`;
}

function breakdownRow(component: ScoreComponent): string {
  const label = componentLabels[component.id];
  const points = `${formatPoints(component.contribution)} of ${formatPoints(component.share * pointsPerScore)} points`;
  return `<span>${escapeHtml(label)}</span>`
    + `<div class="bar" role="img" aria-label="${escapeHtml(`${label}: ${points}`)}">`
    + `<span class="fill" style="width: ${widthOf(component.value)}%"></span></div>`
    + `<span class="points">${points}</span>`;
}

/** Where the score comes from: each component's points against the most it could give. */
export function renderScoreBreakdown(match: RoleScore): string {
  return `<h3>Score breakdown</h3><div class="breakdown">${match.components.map(breakdownRow).join('')}</div>`;
}
