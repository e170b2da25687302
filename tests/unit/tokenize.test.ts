import { describe, expect, it } from 'vitest';
import { normalizePhrase, tokenize } from '../../src/text/tokenize.js';

describe('tokenize', () => {
  it('keeps the symbols skill names depend on', () => {
    expect(tokenize('C++, C#, .NET, A+ and Node.js').map((t) => t.norm)).toEqual(['c++', 'c#', '.net', 'a+', 'and', 'node.js']);
  });

  it('drops hyphens, slashes and sentence punctuation between words', () => {
    expect(tokenize('e-mail / chat support.').map((t) => t.norm)).toEqual(['e', 'mail', 'chat', 'support']);
  });

  it('folds plurals and possessives but leaves short acronyms and -ss words alone', () => {
    expect(tokenize("KPIs call centers Bachelor's SAS process").map((t) => t.cased)).toEqual([
      'KPI', 'call', 'center', 'Bachelor', 'SAS', 'process',
    ]);
  });

  it('keeps offsets that point back into the text', () => {
    const text = 'Used Zendesk daily';
    const [, zendesk] = tokenize(text);
    expect(zendesk && text.slice(zendesk.start, zendesk.end)).toBe('Zendesk');
  });

  it('reads & as "and" so both spellings of a phrase meet', () => {
    expect(normalizePhrase('Accounting & Finance')).toBe(normalizePhrase('accounting and finance'));
  });

  it('gives nothing for text without words', () => {
    expect(tokenize(' -- / • ')).toEqual([]);
  });
});
