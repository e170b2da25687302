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

/** "2026-11" as a reader says it: "November 2026". */
function monthInWords(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (year === undefined || month === undefined) return yearMonth;
  return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1));
}

function renderHeader(result: SuccessResult, title: string): string {
  const { candidate } = result;
  // The reader's own file by its name: the folders it was read from are the server's, not theirs.
  const facts = [
    `File: ${result.source.split(/[/\\]/).pop() ?? result.source}`,
    `${candidate.experience.totalMonths} months of experience found`,
    `${candidate.skills.length} skills`,
    `as of ${monthInWords(result.referenceDate)}`,
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
  // Best first, so the order itself ranks them: no rank column takes a phone's width from the fit.
  const rows = result.matches.slice(0, topMatchesShown).map((match) =>
    `<tr><th scope="row">${named(match.roleId, match.title)}</th>`
      + `<td class="number">${match.score}</td><td>${escapeHtml(match.band)}</td></tr>`);
  // In very large text a row cannot fit a phone's width without splitting words: the table then scrolls by itself
  // (a region a keyboard can reach), and the page never does.
  return '<section aria-labelledby="best-roles"><h2 id="best-roles">Best-fitting roles</h2>'
    + '<div class="table-scroll" role="region" aria-labelledby="best-roles" tabindex="0"><table><thead><tr><th scope="col">Role</th>'
    + '<th scope="col" class="number">Score (of 100)</th><th scope="col">Fit</th></tr></thead>'
    + `<tbody>${rows.join('')}</tbody></table></div></section>`;
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
