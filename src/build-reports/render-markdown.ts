/** A gap report a job seeker can read: best roles, what they have, what is missing and what to do next. */
import type { SuccessResult } from '../contracts/result-schema.js';
import { codeSpan, escapeMarkdown } from './escape-markdown.js';
import {
  componentLabels, money, payElsewhereNote, readingKey, readingNotes, readinessReasonsLead, reportSubject, setAsideGroups, setAsideWording,
  soughtRoleNote,
} from './report-wording.js';

const topMatchesShown = 5;

const gapsShown = 8;

export function renderMarkdown(result: SuccessResult): string {
  const { candidate } = result;
  const lines: string[] = [`# Role fit report: ${escapeMarkdown(reportSubject(result))}`, ''];
  lines.push(`Source: ${codeSpan(result.source)} · ${candidate.experience.totalMonths} months of experience found · `
    + `${candidate.skills.length} skills · taxonomy ${result.taxonomy.version} · reference date ${result.referenceDate}`, '');
  for (const note of readingNotes(result)) lines.push(`> **Note:** ${note}`, '');
  lines.push('## Best-fitting roles', '', '| Rank | Role | Score | Fit |', '|---:|---|---:|---|');
  result.matches.slice(0, topMatchesShown).forEach((m, i) => lines.push(`| ${i + 1} | ${escapeMarkdown(m.title)} | ${m.score} | ${m.band} |`));
  lines.push('', '## How to read this report', '', ...readingKey.map((line) => `- ${line}`));
  for (const analysis of result.gapAnalysis) {
    lines.push('', `## ${escapeMarkdown(analysis.title)} — ${analysis.score}/100 (${analysis.band})`, '');
    if (candidate.rolesSought.includes(analysis.roleId)) lines.push(`*${soughtRoleNote}*`, '');
    const { readiness } = analysis;
    lines.push(`**Readiness: ${readiness.label}.**${readiness.reasons.length > 0 ? ` ${readinessReasonsLead}: ${readiness.reasons.join('; ')}.` : ''}`, '');
    const match = result.matches.find((m) => m.roleId === analysis.roleId);
    if (match) {
      lines.push('| Part of the score | Points | Out of |', '|---|---:|---:|');
      for (const c of match.components) lines.push(`| ${componentLabels[c.id]} | ${c.contribution.toFixed(1)} | ${(c.share * 100).toFixed(1)} |`);
      lines.push('');
    }
    lines.push(`**You already have:** ${analysis.strengths.length > 0 ? analysis.strengths.map(escapeMarkdown).join(', ') : 'none of the listed requirements yet'}.`, '');
    if (analysis.gaps.length > 0) {
      lines.push('**What to do next** (most valuable first):', '');
      for (const gap of analysis.gaps.slice(0, gapsShown)) {
        const state = gap.status === 'partial' ? `partly met${gap.detail ? `: ${escapeMarkdown(gap.detail)}` : ''}` : 'missing';
        lines.push(`- **${escapeMarkdown(gap.label)}** (${gap.importance ?? gap.kind}, ${state}, +${gap.gain} points): ${escapeMarkdown(gap.action)}`);
      }
      const hidden = analysis.gaps.length - gapsShown;
      if (hidden > 0) lines.push(`- …and ${hidden} smaller ${hidden === 1 ? 'step' : 'steps'}, listed in the HTML report and the JSON result.`);
      lines.push('');
    }
    for (const group of setAsideGroups(analysis.setAside)) {
      const items = group.gaps.map((gap) => `${escapeMarkdown(gap.label)} (${escapeMarkdown(setAsideWording(gap))})`);
      lines.push(`**${group.heading}:** ${items.join('; ')}.`, '');
    }
    for (const next of analysis.nextRoles) lines.push(`- Next step: **${next.title}** — ${next.requires}`);
    for (const band of analysis.salaryBands) {
      lines.push(`- Pay (${band.country}, ${band.source}): median ${money(band.median, band.currency)} a ${band.period}, `
        + `middle half ${money(band.p25, band.currency)}–${money(band.p75, band.currency)}.`);
    }
    const elsewhere = payElsewhereNote(result, analysis.salaryBands.map((band) => band.country));
    if (elsewhere !== null) lines.push(`- ${elsewhere}`);
    const posted = result.jobProfile?.pay ?? null;
    if (posted !== null) lines.push(`- Pay (from the posting): ${escapeMarkdown(posted)}`);
  }
  return `${lines.join('\n')}\n`;
}
