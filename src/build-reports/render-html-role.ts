/** One role's part of the HTML gap report: readiness, coverage, strengths, gaps with actions, next roles and pay. */
import type { RoleScore } from '../score-roles/match-types.js';
import { escapeHtml } from './escape-html.js';
import type { Gap, GapAnalysis } from './gap-types.js';
import { formatPoints, renderScoreBreakdown, renderSkillCoverage } from './render-skill-coverage.js';
import { money, readinessReasonsLead, setAsideGroups, setAsideWording, soughtRoleNote } from './report-wording.js';

/** Gaps listed in full; the rest wait behind a disclosure, so the first screen shows the most valuable steps. */
const gapsShownOpen = 8;


/** `items` are HTML already: each caller escapes its text. */
function list(items: readonly string[], className = ''): string {
  const classAttribute = className ? ` class="${className}"` : '';
  return `<ul${classAttribute}>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function renderReadiness(analysis: GapAnalysis): string {
  const { readiness } = analysis;
  const reasons = readiness.reasons.length > 0 ? `<p class="note">${readinessReasonsLead}:</p>${list(readiness.reasons.map(escapeHtml))}` : '';
  return `<div class="readiness readiness-${readiness.level}"><p>Readiness: ${escapeHtml(readiness.label)}</p>${reasons}</div>`;
}

function renderStrengths(analysis: GapAnalysis): string {
  const items = analysis.strengths.length > 0
    ? list(analysis.strengths.map(escapeHtml), 'strengths')
    : '<p>None of the listed requirements yet.</p>';
  return `<h3>You already have</h3>${items}`;
}

function gapItem(gap: Gap): string {
  const kind = gap.importance ? `${gap.importance} ${gap.kind}` : gap.kind;
  const state = gap.status === 'partial' ? `partly met${gap.detail ? `: ${gap.detail}` : ''}` : 'missing';
  return `<li><p><strong>${escapeHtml(gap.label)}</strong> <span class="tag">(${escapeHtml(kind)}, ${escapeHtml(state)})</span> `
    + `<span class="gain">+${formatPoints(gap.gain)} points</span></p><p>${escapeHtml(gap.action)}</p></li>`;
}

function renderGaps(analysis: GapAnalysis): string {
  if (analysis.gaps.length === 0) return '<h3>What to do next</h3><p>You meet every listed requirement.</p>';
  const byGain = [...analysis.gaps].sort((a, b) => b.gain - a.gain);
  const open = byGain.slice(0, gapsShownOpen);
  const rest = byGain.slice(gapsShownOpen);
  const summary = `${rest.length} more ${rest.length === 1 ? 'step' : 'steps'}`;
  const more = rest.length > 0
    ? `<details><summary>${summary}</summary><ol class="gaps" start="${open.length + 1}">${rest.map(gapItem).join('')}</ol></details>`
    : '';
  return `<h3>What to do next</h3><p class="note">Most valuable first: the points each step would add to your score.</p>`
    + `<ol class="gaps">${open.map(gapItem).join('')}</ol>${more}`;
}

function renderSetAside(analysis: GapAnalysis): string {
  return setAsideGroups(analysis.setAside)
    .map((group) => {
      const items = group.gaps.map((gap) => `${escapeHtml(gap.label)} (${escapeHtml(setAsideWording(gap))})`);
      return `<p class="note set-aside">${escapeHtml(group.heading)}: ${items.join('; ')}.</p>`;
    })
    .join('');
}

function renderNextRoles(analysis: GapAnalysis): string {
  if (analysis.nextRoles.length === 0) return '';
  const items = analysis.nextRoles.map((next) => `<strong>${escapeHtml(next.title)}</strong>: ${escapeHtml(next.requires)}`);
  return `<h3>Next roles on the career path</h3>${list(items)}`;
}

/**
 * `elsewhere`: a note that the bands are for another country than the candidate's, or null. `posted`: the pay a job
 * posting states, shown instead of bands.
 */
function renderPay(analysis: GapAnalysis, elsewhere: string | null, posted: string | null): string {
  if (posted !== null) return `<h3>Pay</h3><p>From the posting: ${escapeHtml(posted)}</p>`;
  if (analysis.salaryBands.length === 0) return '';
  const items = analysis.salaryBands.map((band) => escapeHtml(
    `${band.country} (${band.source}): median ${money(band.median, band.currency)} a ${band.period}, `
      + `middle half ${money(band.p25, band.currency)}–${money(band.p75, band.currency)}.`,
  ));
  const note = elsewhere === null ? '' : `<p class="note">${escapeHtml(elsewhere)}</p>`;
  return `<h3>Pay band</h3>${list(items)}${note}`;
}

/** `headingId` ties the section to its heading for assistive technology. */
export function renderRoleSection(
  analysis: GapAnalysis,
  match: RoleScore | undefined,
  headingId: string,
  payNote: string | null,
  postedPay: string | null = null,
  sought = false,
): string {
  const visuals = match ? renderSkillCoverage(match) + renderScoreBreakdown(match) : '';
  return `<section class="role" aria-labelledby="${headingId}">`
    + `<h2 id="${headingId}">${escapeHtml(analysis.title)}</h2>`
    + (sought ? `<p class="sought">${escapeHtml(soughtRoleNote)}</p>` : '')
    + `<p class="score-line">Score ${analysis.score}/100 · fit: ${escapeHtml(analysis.band)}</p>`
    + renderReadiness(analysis) + visuals + renderStrengths(analysis) + renderGaps(analysis) + renderSetAside(analysis)
    + renderNextRoles(analysis) + renderPay(analysis, payNote, postedPay)
    + '</section>';
}
