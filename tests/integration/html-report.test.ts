/**
 * The HTML gap report as a job seeker sees it: the real pipeline on a bundled sample, rendered, opened from disk in
 * headless Chromium, and checked by what is on screen rather than by markup.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/build-reports/render-html.js';
import { analyseFile } from '../../src/cli/match-command.js';
import type { SuccessResult } from '../../src/contracts/result-schema.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import type { ScoreComponent } from '../../src/score-roles/match-types.js';
import { chromiumExecutable } from '../support/chromium.js';
import { sampleReferenceDate, samplesDirectory } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const sampleFile = join(samplesDirectory, 'csr-maria-santos.pdf');
const hostileName = '<script>alert(1)</script>';
/** A reader's text size set to 24 pixels, as a phone's large-text setting or a browser's default font size does. */
const largerText = `(() => { const style = document.createElement('style'); style.id = 'larger-text';
  style.textContent = 'html { font-size: 24px }'; document.head.append(style); })()`;
const ownTextSize = "document.getElementById('larger-text').remove()";
/** How far a bar segment's drawn share may be from the share it stands for (rounding and sub-pixel layout). */
const barShareTolerance = 0.02;

interface OpenedReport {
  readonly page: Page;
  readonly url: string;
  readonly requests: string[];
  readonly consoleErrors: string[];
  readonly dialogs: string[];
}

interface Opened {
  readonly result: SuccessResult;
  readonly report: OpenedReport;
  readonly hostileReport: OpenedReport;
}

let directory: string | undefined;
let browser: Browser | undefined;
let opening: Promise<Opened> | undefined;

async function openReport(name: string, html: string): Promise<OpenedReport> {
  if (!browser || !directory) throw new Error('the browser did not start');
  const path = join(directory, name);
  await writeFile(path, html);
  const url = pathToFileURL(path).href;
  const page = await browser.newPage();
  const opened: OpenedReport = { page, url, requests: [], consoleErrors: [], dialogs: [] };
  page.on('request', (request) => opened.requests.push(request.url()));
  // A fetch the Content-Security-Policy refuses never becomes a request, but Chromium logs it as a console error.
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  return opened;
}

async function openReports(): Promise<Opened> {
  const executablePath = chromiumExecutable();
  const taxonomy = await builtInTaxonomy();
  const analysed = await analyseFile(sampleFile, { taxonomy, referenceDate: sampleReferenceDate, read: defaultReadOptions });
  if (!analysed.ok) throw new Error(`${sampleFile} failed: ${analysed.error.message}`);
  directory = await mkdtemp(join(tmpdir(), 'rolefit-html-'));
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const hostile = { ...analysed, candidate: { ...analysed.candidate, contact: { ...analysed.candidate.contact, name: hostileName } } };
  return {
    result: analysed,
    report: await openReport('report.html', renderHtml(analysed)),
    hostileReport: await openReport('hostile.html', renderHtml(hostile)),
  };
}

/**
 * One browser for the whole file, started by the first test that needs it. Not a beforeAll: a missing Chromium must
 * fail every test with its install hint, where a failing hook would only mark them skipped.
 */
function reports(): Promise<Opened> {
  opening ??= openReports();
  return opening;
}

function bestComponent(result: SuccessResult, id: ScoreComponent['id']): ScoreComponent {
  const found = result.matches[0]?.components.find((c) => c.id === id);
  if (!found) throw new Error(`the best role has no ${id} component`);
  return found;
}

function metCount(component: ScoreComponent): number {
  return component.requirements.filter((r) => r.status === 'met').length;
}

afterAll(async () => {
  await browser?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('HTML gap report in Chromium', () => {
  it('names the candidate and ranks the best role first with its score', async () => {
    const { result, report } = await reports();
    const best = result.matches[0];
    if (!best) throw new Error('the sample matched no role');
    expect(await report.page.innerText('h1')).toContain(result.candidate.contact.name ?? result.source);
    const firstRow = await report.page.locator('table tbody tr').first().innerText();
    expect(firstRow).toContain(best.title);
    expect(firstRow).toContain(String(best.score));
    expect(await report.page.getByRole('columnheader', { name: 'Score (of 100)' }).isVisible()).toBe(true);
    expect(await report.page.getAttribute('html', 'lang')).toBe('en');
  });

  it('says in words how many skills of each tier are met', async () => {
    const { result, report } = await reports();
    const mustHaves = bestComponent(result, 'mustHaveSkills');
    const body = await report.page.innerText('body');
    expect(body).toContain(`${metCount(mustHaves)} of ${mustHaves.requirements.length} must-have skills met`);
  });

  it('draws the met part of the coverage bar visibly, in proportion to the skills met', async () => {
    const { result, report } = await reports();
    const mustHaves = bestComponent(result, 'mustHaveSkills');
    const met = metCount(mustHaves);
    const total = mustHaves.requirements.length;
    expect(met).toBeGreaterThan(0);
    const bar = report.page.getByRole('img', { name: `${met} of ${total} must-have skills met` }).first();
    const metSegment = bar.locator('.segment-met');
    expect(await metSegment.isVisible()).toBe(true);
    const barBox = await bar.boundingBox();
    const metBox = await metSegment.boundingBox();
    if (!barBox || !metBox) throw new Error('the coverage bar is not laid out');
    expect(metBox.width).toBeGreaterThan(0);
    expect(metBox.height).toBeGreaterThan(0);
    expect(Math.abs(metBox.width / barBox.width - met / total)).toBeLessThan(barShareTolerance);
  });

  it('lists the most valuable gap first, with its action', async () => {
    const { result, report } = await reports();
    const gaps = result.gapAnalysis[0]?.gaps ?? [];
    const mostValuable = [...gaps].sort((a, b) => b.gain - a.gain)[0];
    if (!mostValuable) throw new Error('the best role has no gaps to show');
    const firstStep = await report.page.locator('ol.gaps > li').first().innerText();
    expect(firstStep).toContain(mostValuable.label);
    expect(firstStep).toContain(mostValuable.action);
    expect(await report.page.innerText('body')).toContain('What to do next');
  });

  it("shows each role's readiness", async () => {
    const { result, report } = await reports();
    const analysis = result.gapAnalysis[0];
    if (!analysis) throw new Error('the sample has no gap analysis');
    const section = await report.page.locator('section.role').first().innerText();
    expect(section).toContain(`Readiness: ${analysis.readiness.label}`);
  });

  it('reflows on a 320-pixel screen without scrolling sideways (WCAG 1.4.10), the fit of each role in view', async () => {
    const { report } = await reports();
    await report.page.setViewportSize({ width: 320, height: 800 });
    try {
      expect(await report.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
      const fit = report.page.getByRole('table').first().locator('tbody tr td').last();
      const box = await fit.boundingBox();
      expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    } finally {
      await report.page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('splits no word of the roles table across lines on a phone, and scrolls only the table in very large text', async () => {
    const { report } = await reports();
    // Each word of each cell drawn on one line: a range over a word gives one box unless the word is broken (at a
    // hyphen a line may end: "Health-" and "Insurance" are words of their own here).
    const splitWords = `[...document.querySelectorAll('table th, table td')].flatMap((cell) => {
      const text = cell.textContent ?? '';
      const node = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      const broken = [];
      for (let current = node.nextNode(); current; current = node.nextNode()) {
        for (const match of current.textContent.matchAll(/[^\\s-]+/g)) {
          const range = document.createRange();
          range.setStart(current, match.index);
          range.setEnd(current, match.index + match[0].length);
          if (range.getClientRects().length > 1) broken.push(match[0] + ' in ' + text);
        }
      }
      return broken;
    })`;
    await report.page.setViewportSize({ width: 360, height: 800 });
    try {
      expect(await report.page.evaluate<string[]>(splitWords)).toEqual([]);
      await report.page.evaluate(largerText);
      try {
        expect(await report.page.evaluate<string[]>(splitWords)).toEqual([]);
        expect(await report.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      } finally {
        await report.page.evaluate(ownTextSize);
      }
    } finally {
      await report.page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it("sizes every text by the reader's own text size, the steps as much as the headings", async () => {
    const { report } = await reports();
    const sizes = `[...document.querySelectorAll('h1, ol.gaps li, .readiness li, .chip')].map((e) => parseFloat(getComputedStyle(e).fontSize))`;
    const before = await report.page.evaluate<number[]>(sizes);
    await report.page.evaluate(largerText);
    try {
      const after = await report.page.evaluate<number[]>(sizes);
      expect(after.length).toBeGreaterThan(3);
      after.forEach((size, index) => expect(size / (before[index] ?? 1)).toBeCloseTo(24 / 16, 2));
    } finally {
      await report.page.evaluate(ownTextSize);
    }
  });

  it('turns dark in dark mode, its text as readable as in light mode', async () => {
    const { report } = await reports();
    const contrast = `(() => {
      const rgb = (value) => value.match(/[\\d.]+/g).slice(0, 3).map(Number);
      const luminance = (value) => rgb(value).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
      const page = getComputedStyle(document.body).backgroundColor;
      const ratio = (a, b) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
      const texts = [...document.querySelectorAll('p, li, th, td, .chip, .gain, .tag')].filter((e) => e.closest('.reading-note, .readiness') === null);
      return { page: luminance(page), lowest: Math.min(...texts.map((e) => ratio(getComputedStyle(e).color, page))) };
    })()`;
    await report.page.emulateMedia({ colorScheme: 'dark' });
    try {
      const dark = await report.page.evaluate<{ page: number; lowest: number }>(contrast);
      expect(dark.page).toBeLessThan(0.05);
      // WCAG 1.4.3: 4.5 to 1 for text of ordinary size.
      expect(dark.lowest).toBeGreaterThanOrEqual(4.5);
    } finally {
      await report.page.emulateMedia({ colorScheme: 'light' });
    }
    const light = await report.page.evaluate<{ page: number; lowest: number }>(contrast);
    expect(light.page).toBeGreaterThan(0.9);
  });

  it('prints every step, the folded ones too', async () => {
    const { report } = await reports();
    const folded = report.page.locator('details ol.gaps li').last();
    expect(await folded.count()).toBe(1);
    expect(await folded.isVisible()).toBe(false);
    await report.page.emulateMedia({ media: 'print' });
    try {
      expect(await folded.isVisible()).toBe(true);
    } finally {
      await report.page.emulateMedia({ media: 'screen' });
    }
  });

  it('fetches nothing but the file itself', async () => {
    const { report } = await reports();
    expect(report.requests).toEqual([report.url]);
    expect(report.consoleErrors).toEqual([]);
  });

  it('shows a hostile name as literal text and runs nothing', async () => {
    const { hostileReport } = await reports();
    expect(await hostileReport.page.innerText('h1')).toBe(`Role fit report: ${hostileName}`);
    expect(await hostileReport.page.locator('script').count()).toBe(0);
    expect(hostileReport.dialogs).toEqual([]);
    expect(hostileReport.requests).toEqual([hostileReport.url]);
  });
});
