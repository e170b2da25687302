/**
 * The gap report as one self-contained HTML file: inline CSS, no scripts, no fetches (a Content-Security-Policy
 * forbids them), so it can be mailed or opened offline. Same facts as the Markdown report, drawn as bars and chips.
 */
import type { SuccessResult } from '../contracts/result-schema.js';
import { escapeHtml } from './escape-html.js';
import { htmlReportStyle } from './html-report-style.js';
import { renderRoleSection } from './render-html-role.js';
import { payElsewhereNote, readingKey, readingNotes, reportSubject } from './report-wording.js';

const topMatchesShown = 5;

/** Only inline styles may load; scripts, images, fonts and connections are all refused. */
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

function renderHeader(result: SuccessResult, title: string): string {
  const { candidate } = result;
  const facts = [
    `Source: ${result.source}`,
    `${candidate.experience.totalMonths} months of experience found`,
    `${candidate.skills.length} skills`,
    `reference date ${result.referenceDate}`,
  ];
  const notes = readingNotes(result).map((note) => `<p class="reading-note"><strong>Note:</strong> ${escapeHtml(note)}</p>`);
  return `<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(facts.join(' · '))}</p>${notes.join('')}</header>`;
}

function renderKey(): string {
  return '<section aria-labelledby="reading-key"><h2 id="reading-key">How to read this report</h2>'
    + `<ul class="key">${readingKey.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></section>`;
}

function renderBestRoles(result: SuccessResult): string {
  // A role the report details below is a link to its section: the steps are screens down on a phone.
  const sectionOf = (roleId: string): string | null => {
    const at = result.gapAnalysis.findIndex((analysis) => analysis.roleId === roleId);
    return at < 0 ? null : `role-${at + 1}`;
  };
  const named = (roleId: string, title: string): string => {
    const section = sectionOf(roleId);
    return section === null ? escapeHtml(title) : `<a href="#${section}">${escapeHtml(title)}</a>`;
  };
  const rows = result.matches.slice(0, topMatchesShown).map((match, index) =>
    `<tr><td class="number">${index + 1}</td><th scope="row">${named(match.roleId, match.title)}</th>`
      + `<td class="number">${match.score}</td><td>${escapeHtml(match.band)}</td></tr>`);
  return '<section aria-labelledby="best-roles"><h2 id="best-roles">Best-fitting roles</h2>'
    + '<table><thead><tr><th scope="col" class="number">Rank</th><th scope="col">Role</th>'
    + '<th scope="col" class="number">Score (of 100)</th><th scope="col">Fit</th></tr></thead>'
    + `<tbody>${rows.join('')}</tbody></table></section>`;
}

function renderRoles(result: SuccessResult): string {
  return result.gapAnalysis
    .map((analysis, index) => renderRoleSection(
      analysis,
      result.matches.find((m) => m.roleId === analysis.roleId),
      `role-${index + 1}`,
      payElsewhereNote(result, analysis.salaryBands.map((band) => band.country)),
      result.jobProfile?.pay ?? null,
      result.candidate.rolesSought.includes(analysis.roleId),
    ))
    .join('');
}

export function renderHtml(result: SuccessResult): string {
  const title = `Role fit report: ${reportSubject(result)}`;
  const taxonomy = `Roles, skills and pay from ${result.taxonomy.name} ${result.taxonomy.version}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${htmlReportStyle}</style>`,
    '</head>',
    '<body>',
    renderHeader(result, title),
    `<main>${renderBestRoles(result)}${renderKey()}${renderRoles(result)}</main>`,
    `<footer><p>${escapeHtml(taxonomy)}.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
