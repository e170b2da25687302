import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown } from '../../src/build-reports/escape-markdown.js';
import { renderMarkdown } from '../../src/build-reports/render-markdown.js';
import type { SuccessResult } from '../../src/contracts/result-schema.js';
import { analysedSample } from '../support/analysed-sample.js';

let result: SuccessResult;

beforeAll(async () => {
  result = await analysedSample('data-entry-kavya-menon.txt');
});

/** What a Markdown viewer shows: the report rendered to HTML, inline HTML and all, as GitHub-flavoured viewers do. */
const viewer = new MarkdownIt({ html: true });
const viewed = (markdown: string): string => viewer.render(markdown);

describe('renderMarkdown', () => {
  it('shows a hostile name, file name and posting title as written, not as HTML or links', () => {
    const name = '<img src=x onerror=alert(1)> [prize](javascript:alert(3)) *Kavya*';
    const source = 'cv`<b>`.txt';
    const title = 'Agent | <script>alert(2)</script>';
    const [first, ...rest] = result.matches;
    if (!first) throw new Error('the sample has no match');
    const hostile: SuccessResult = {
      ...result,
      source,
      candidate: { ...result.candidate, contact: { ...result.candidate.contact, name } },
      matches: [{ ...first, title }, ...rest],
      gapAnalysis: result.gapAnalysis.map((g) => (g.roleId === first.roleId ? { ...g, title } : g)),
    };
    const html = viewed(renderMarkdown(hostile));
    expect(html).not.toMatch(/<img|<script|<a |<b>|<em>Kavya/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; [prize](javascript:alert(3)) *Kavya*');
    expect(html).toContain('<code>cv`&lt;b&gt;`.txt</code>');
    // The title stays one table cell: its "|" does not split the row.
    expect(html).toContain('<td>Agent | &lt;script&gt;alert(2)&lt;/script&gt;</td>');
  });

  it('says what a score, a fit and readiness mean before the first role\'s section, in words without the scoring\'s terms', () => {
    const markdown = renderMarkdown(result);
    const key = markdown.indexOf('## How to read this report');
    const firstRole = markdown.indexOf(`## ${result.gapAnalysis[0]?.title ?? ''}`);
    expect(key).toBeGreaterThan(markdown.indexOf('## Best-fitting roles'));
    expect(key).toBeLessThan(firstRole);
    const keyText = markdown.slice(key, firstRole);
    for (const word of ['Score', 'Fit', 'Readiness', 'ready now', 'ready with training', 'longer path']) expect(keyText).toContain(word);
    expect(keyText).not.toMatch(/component|credit|weight\b|taxonomy/i);
    const notReady = result.gapAnalysis.find((g) => g.readiness.reasons.length > 0);
    if (notReady) expect(markdown).toContain(`What stands in the way: ${notReady.readiness.reasons[0] ?? ''}`);
  });

  it('says why a requirement is only partly met, and how many smaller steps it leaves out', () => {
    const markdown = renderMarkdown(result);
    const partial = result.gapAnalysis.flatMap((g) => g.gaps).find((g) => g.status === 'partial' && g.detail !== null);
    if (!partial?.detail) throw new Error('the sample has no partly met requirement');
    expect(markdown).toContain(`partly met: ${escapeMarkdown(partial.detail)}`);
    const first = result.gapAnalysis[0];
    if (!first) throw new Error('the sample has no gap analysis');
    const shown = markdown.split(`## ${first.title}`)[1]?.split('\n## ')[0] ?? '';
    const listed = shown.split('\n').filter((line) => line.startsWith('- **')).length;
    expect(listed).toBeLessThan(first.gaps.length);
    expect(shown).toContain(`…and ${first.gaps.length - listed} smaller steps`);
  });

  it('names what it does not suggest, and why, apart from the steps', async () => {
    // A telesales agent in Phoenix, AZ: the Philippine TESDA credential and a Versant test are not for her.
    const phoenix = await analysedSample('telesales-tanya-brooks.txt');
    const markdown = renderMarkdown(phoenix);
    const steps = markdown.split('\n').filter((line) => line.startsWith('- **'));
    expect(steps.filter((line) => /^- \*\*(TESDA|Versant)/.test(line))).toEqual([]);
    expect(markdown).toMatch(/\*\*Not suggested:\*\* .*TESDA Contact Center Services NC II \(offered in the Philippines only\)/);
    // Her English is native, which the role's English requirement already meets: a test is no step, and no advice
    // "above" covers it (none is given), so it is not suggested, and says why.
    expect(markdown).toMatch(/\*\*Not suggested:\*\* .*Versant English Test \(“English at professional level or better” is already met\)/);
    expect(markdown).not.toMatch(/\*\*Covered by the advice above:\*\* .*Versant/);
  });

  it('says the pay bands are another country\'s to a candidate who lives elsewhere, and only then', async () => {
    // Kavya lives in Kochi, Kerala; the bands are US figures.
    expect(result.candidate.contact.country).toBe('IN');
    expect(renderMarkdown(result)).toContain('These are figures for the United States: pay where you live (India) differs');
    const phoenix = await analysedSample('telesales-tanya-brooks.txt');
    expect(renderMarkdown(phoenix)).not.toContain('pay where you live');
    expect(renderMarkdown(phoenix)).not.toContain('These are figures for');
    // Blind screening withholds the country, not the caveat.
    const blind = await analysedSample('data-entry-kavya-menon.txt', true);
    expect(renderMarkdown(blind)).toContain('These are figures for the United States: pay elsewhere differs');
  });

  it('opens with a note when the file seems to hold several people\'s resumes', () => {
    const bundle: SuccessResult = { ...result, candidate: { ...result.candidate, resumesInFile: 3 } };
    expect(renderMarkdown(bundle)).toContain("> **Note:** This file seems to hold 3 people's resumes, which were read as one person's");
    expect(renderMarkdown(result)).not.toContain('people\'s resumes');
  });

  it('titles a report without a name by the file\'s name, not its folders, and a blind report by its blind name', async () => {
    const unnamed = (source: string): SuccessResult =>
      ({ ...result, source, candidate: { ...result.candidate, contact: { ...result.candidate.contact, name: null } } });
    expect(renderMarkdown(unnamed('/tmp/rev-js-work/cv/01-linkedin-juan.pdf')).split('\n')[0]).toBe('# Role fit report: 01-linkedin-juan.pdf');
    expect(renderMarkdown(unnamed('C:\\Users\\juan\\cv.pdf')).split('\n')[0]).toBe('# Role fit report: cv.pdf');
    const blind = await analysedSample('data-entry-kavya-menon.txt', true);
    const [title] = renderMarkdown(blind).split('\n');
    expect(title).toMatch(/^# Role fit report: resume-[0-9a-f]{16}\.txt$/);
    expect(title).toBe(`# Role fit report: ${blind.source}`);
  });

  it('leaves ordinary names and titles readable in the raw report', () => {
    const markdown = renderMarkdown(result);
    expect(markdown).toContain(`# Role fit report: ${result.candidate.contact.name ?? ''}`);
    expect(markdown).toContain(`Source: \`${result.source}\``);
  });
});

describe('codeSpan and escapeMarkdown', () => {
  it('fences a code span longer than any backtick run inside it', () => {
    expect(codeSpan('a.txt')).toBe('`a.txt`');
    expect(codeSpan('a``b')).toBe('```a``b```');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });

  it('keeps a file name with line breaks on one line, so no blank line ends the span and lets HTML through', () => {
    expect(codeSpan('cv\n\n<img src=x onerror=alert(1)>\r\nx.txt')).toBe('`cv\\n\\n<img src=x onerror=alert(1)>\\nx.txt`');
  });

  it('escapes only the characters that open markup', () => {
    expect(escapeMarkdown('Maria D. Santos-Cruz (CSR), #1 agent')).toBe('Maria D. Santos-Cruz (CSR), #1 agent');
    expect(escapeMarkdown('a_b*c[d]<e>|f`g\\h')).toBe('a\\_b\\*c\\[d\\]\\<e\\>\\|f\\`g\\\\h');
  });
});
