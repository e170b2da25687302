import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/build-reports/escape-html.js';
import type { GapAnalysis } from '../../src/build-reports/gap-types.js';
import { renderHtml } from '../../src/build-reports/render-html.js';
import type { SuccessResult } from '../../src/contracts/result-schema.js';
import { analysedSample } from '../support/analysed-sample.js';

const hostileName = '<script>alert(1)</script>';
const hostileSource = '"><img src=x onerror=alert(1)>.txt';

let result: SuccessResult;

beforeAll(async () => {
  result = await analysedSample('data-entry-kavya-menon.txt');
});

function withName(name: string | null, source = result.source): SuccessResult {
  return { ...result, source, candidate: { ...result.candidate, contact: { ...result.candidate.contact, name } } };
}


function firstAnalysis(): GapAnalysis {
  const analysis = result.gapAnalysis[0];
  if (!analysis) throw new Error('the sample has no gap analysis');
  return analysis;
}

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
  });

  it('escapes an ampersand first, so entities in the input stay visible as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('renderHtml', () => {
  it('links each best role the report details to its section, and no other', () => {
    const html = renderHtml(result);
    const [first] = result.gapAnalysis;
    if (!first) throw new Error('the sample has no gap analysis');
    expect(html).toContain(`<a href="#role-1">${first.title}</a>`);
    expect(html).toContain('<h2 id="role-1">');
    const undetailed = result.matches.slice(0, 5).find((m) => !result.gapAnalysis.some((a) => a.roleId === m.roleId));
    if (undetailed) expect(html).not.toContain(`>${undetailed.title}</a>`);
  });

  it('shows a hostile name as text, never as markup', () => {
    const html = renderHtml(withName(hostileName));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
  });

  it('falls back to the source when there is no name, escaped too', () => {
    const html = renderHtml(withName(null, hostileSource));
    expect(html).toContain('Role fit report: &quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt');
    expect(html).not.toContain('<img');
  });

  it('titles a report without a name by the file\'s name, not the folders it came from', async () => {
    const html = renderHtml(withName(null, '/tmp/rev-js-work/cv/01-linkedin-juan.pdf'));
    expect(html).toContain('<title>Role fit report: 01-linkedin-juan.pdf</title>');
    expect(html).toContain('<h1>Role fit report: 01-linkedin-juan.pdf</h1>');
    const blind = await analysedSample('data-entry-kavya-menon.txt', true);
    expect(renderHtml(blind)).toContain(`<title>Role fit report: ${blind.source}</title>`);
    expect(renderHtml(blind)).not.toMatch(/kavya|menon/i);
  });

  it('loads nothing: no scripts, no external references, and a policy that refuses them', () => {
    const html = renderHtml(result);
    // A link within the page ("#role-1") loads nothing; any other source or link would.
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|\shref="(?!#role-\d+")/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('shows readiness with its reasons escaped', () => {
    const readiness = { level: 'ready-with-training' as const, label: 'Ready with training', reasons: ['Needs <b>typing</b> practice'] };
    const html = renderHtml({ ...result, gapAnalysis: [{ ...firstAnalysis(), readiness }] });
    expect(html).toContain('class="readiness readiness-ready-with-training"');
    expect(html).toContain('Readiness: Ready with training');
    expect(html).toContain('Needs &lt;b&gt;typing&lt;/b&gt; practice');
  });

});

describe('renderHtml set-aside gaps', () => {
  it('names what it does not suggest, and why, after the steps', async () => {
    const phoenix = await analysedSample('telesales-tanya-brooks.txt');
    const html = renderHtml(phoenix);
    const section = html.split('<section class="role"')[1]?.split('</section>')[0] ?? '';
    const steps = section.split('<ol class="gaps">')[1]?.split('</ol>')[0] ?? '';
    expect(steps).not.toMatch(/<strong>(TESDA|Versant)/);
    expect(section).toMatch(/<p class="note set-aside">Not suggested: .*TESDA Contact Center Services NC II \(offered in the Philippines only\)/);
  });
});
