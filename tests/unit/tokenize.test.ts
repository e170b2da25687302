import { describe, expect, it } from 'vitest';
import { normalizePhrase, tokenPattern, tokenize } from '../../src/text/tokenize.js';

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

  it('leaves an acronym of four capitals ending in S whole, and folds a longer word in capitals', () => {
    expect(tokenize('IFRS HRMS KPIs CALL CENTERS').map((t) => t.cased)).toEqual(['IFRS', 'HRMS', 'KPI', 'CALL', 'CENTER']);
    expect(tokenize('IFR').map((t) => t.norm)).not.toEqual(tokenize('IFRS').map((t) => t.norm));
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

  it('finds exactly the words the token pattern describes, in any script and with any punctuation', () => {
    // Characters where a hand-written scanner could part from the pattern: joiners, trailing symbols, digits of other
    // scripts, letters outside the basic plane (𝐀), a symbol outside it (😀) and a lone surrogate.
    const alphabet = ['a', 'Z', '7', '.', "'", '’', '&', '+', '#', ' ', '-', '/', 'é', 'ß', '中', '²', '½', '٣', '𝐀', '😀', '\ud800', 's', '\n'];
    let seed = 2026;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let sample = 0; sample < 3000; sample += 1) {
      const size = 1 + Math.floor(random() * 12);
      const text = Array.from({ length: size }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const expected = [...text.matchAll(tokenPattern)].map((m) => [m.index, m.index + m[0].length]);
      expect(tokenize(text).map((t) => [t.start, t.end]), JSON.stringify(text)).toEqual(expected);
    }
  });
});
