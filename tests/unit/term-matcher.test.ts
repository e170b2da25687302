import { describe, expect, it } from 'vitest';
import { bulletGlyphs } from '../../src/text/bullets.js';
import { phraseStarts, TermMatcher } from '../../src/text/term-matcher.js';
import { tokenize } from '../../src/text/tokenize.js';

const matcher = new TermMatcher([
  { phrase: 'Salesforce', value: 'salesforce' },
  { phrase: 'Salesforce Service Cloud', value: 'service-cloud' },
  { phrase: 'C++', value: 'cpp' },
  { phrase: 'C#', value: 'csharp' },
  { phrase: '.NET', value: 'dotnet' },
  { phrase: 'QA', value: 'quality' },
  { phrase: 'customer service', value: 'customer-service' },
  { phrase: 'handled high call volume', value: 'call-volume' },
]);

const values = (text: string): string[] => matcher.findAll(text).map((hit) => hit.value);

describe('TermMatcher', () => {
  it('finds phrases as whole words, longest first', () => {
    expect(values('Admin of Salesforce Service Cloud and Salesforce')).toEqual(['service-cloud', 'salesforce']);
  });

  it('finds once a phrase listed twice under one value, in forms that fold alike, and twice under two values', () => {
    const twice = new TermMatcher([
      { phrase: 'English', value: 'english' },
      { phrase: 'english', value: 'english' },
      { phrase: 'night shift', value: 'night' },
      { phrase: 'night shifts', value: 'night' },
      { phrase: 'night shift', value: 'overnight' },
    ]);
    expect(twice.findAll('Fluent English; open to night shifts').map((hit) => [hit.value, hit.start])).toEqual([
      ['english', 7],
      ['night', 24],
      ['overnight', 24],
    ]);
  });

  it('can also report the shorter phrases a longer hit starts with', () => {
    expect(matcher.findAll('Salesforce Service Cloud admin', undefined, true).map((h) => h.value)).toEqual(['salesforce', 'service-cloud']);
  });

  it('matches escaped symbols exactly and never their prefixes', () => {
    expect(values('C++ and C# on .NET')).toEqual(['cpp', 'csharp', 'dotnet']);
    expect(values('grade C and a NET profit')).toEqual([]);
  });

  it('finds a phrase with a short plural written in capitals, which the tokenizer reads as an acronym', () => {
    const levels = new TermMatcher([{ phrase: 'Associate of Arts', value: 'associate' }, { phrase: 'IFRS', value: 'ifrs' }]);
    for (const text of ['Associate of Arts, 2015', 'ASSOCIATE OF ARTS IN BUSINESS', 'associate of arts']) {
      expect(levels.findAll(text).map((hit) => hit.value), text).toEqual(['associate']);
    }
    expect(levels.findAll('IFRS and ifrs').map((hit) => hit.value)).toEqual(['ifrs']);
  });

  it('needs the case of acronyms but not of words', () => {
    expect(values('Led QA audits')).toEqual(['quality']);
    expect(values('Qa qa')).toEqual([]);
    expect(values('CUSTOMER SERVICE, Customer Services')).toEqual(['customer-service', 'customer-service']);
  });

  it('does not match inside longer words', () => {
    expect(values('Salesforcee customerservice')).toEqual([]);
  });

  it('reads a phrase across a line a PDF wrapped, but not across a bullet, a semicolon or a pipe', () => {
    expect(values('Handled every customer\nservice request')).toEqual(['customer-service']);
    expect(values('Greeted each customer.\n• Service desk rota')).toEqual([]);
    expect(values('Top customer; service awards')).toEqual([]);
    expect(values('customer | service')).toEqual([]);
  });

  it.each(['*', '-', '–', '+', '>'])('%j opening the next line ends a phrase, as a bullet does; inside a line it does not', (mark) => {
    expect(values(`Answered each customer\n${mark} Service desk rota`)).toEqual([]);
    expect(values(`Answered each customer\n  ${mark}Service desk rota`)).toEqual([]);
    expect(values(`Answered each customer\nservice request ${mark} daily`)).toEqual(['customer-service']);
  });

  it('reads a comma as the end of a list item only when told to', () => {
    const entries = [{ phrase: 'Salesforce Service Cloud', value: 'service-cloud' }, { phrase: 'Manager Operations', value: 'ops' }];
    const listed = new TermMatcher(entries, { commasEndPhrases: true });
    const titled = new TermMatcher(entries);
    expect(listed.findAll('Salesforce, Service, Cloud').map((h) => h.value)).toEqual([]);
    expect(listed.findAll('Salesforce Service Cloud, Zendesk').map((h) => h.value)).toEqual(['service-cloud']);
    expect(titled.findAll('Manager, Operations').map((h) => h.value)).toEqual(['ops']);
  });

  it('keeps the span that proves a hit', () => {
    const text = 'Handled high call volumes daily';
    const [hit] = matcher.findAll(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe('Handled high call volumes');
  });

  it('looks up a phrase that is one entry as a whole, and nothing else', () => {
    expect(matcher.lookup('Customer Service')).toBe('customer-service');
    expect(matcher.lookup('customer service team')).toBeNull();
  });

  it('checks a text for the first words of a small dictionary without missing plurals, capitals or "&"', () => {
    const small = new TermMatcher([
      { phrase: 'role as', value: 'introducer' },
      { phrase: 'and co', value: 'company' },
    ]);
    expect(small.mayHold('ROLES AS team lead')).toBe(true);
    expect(small.findAll('ROLES AS team lead').map((h) => h.value)).toEqual(['introducer']);
    expect(small.findAll('Smith & Co').map((h) => h.value)).toEqual(['company']);
    const introducers = new TermMatcher([{ phrase: 'worked as', value: true }]);
    expect(introducers.mayHold('Answered 80 calls a day')).toBe(false);
    expect(introducers.findAll('Answered 80 calls a day')).toEqual([]);
  });

  it('finds the same hits when told where phrases of several dictionaries may start', () => {
    const other = new TermMatcher([
      { phrase: 'service', value: 'service' },
      { phrase: 'volume', value: 'volume' },
    ]);
    const text = 'Salesforce Service Cloud admin; customer service for QA; handled high call volume and service desk volume';
    const tokens = tokenize(text);
    const starts = phraseStarts(tokens, new Set([...matcher.startWords(), ...other.startWords()]));
    expect(starts.length).toBeLessThan(tokens.length);
    for (const dictionary of [matcher, other]) {
      expect(dictionary.findAll(text, tokens, false, starts)).toEqual(dictionary.findAll(text, tokens));
      expect(dictionary.findAll(text, tokens, true, starts)).toEqual(dictionary.findAll(text, tokens, true));
    }
    expect(other.findAll(text, tokens, false, starts).map((h) => h.value)).toEqual(['service', 'service', 'volume', 'service', 'volume']);
  });

  it('finds the same hits with twenty thousand phrases loaded', () => {
    const big = new TermMatcher(Array.from({ length: 20_000 }, (_, i) => ({ phrase: `skill${i} tool`, value: i })));
    expect(big.size).toBe(20_000);
    expect(big.findAll('skill19999 tool and skill7 tool').map((h) => h.value)).toEqual([19_999, 7]);
  });

  it.each([
    ['customer service desk', ['customer-service']],
    ['customer\nservice after a wrapped line', ['customer-service']],
    ['Customer\nService after a wrapped title', ['customer-service']],
    // A word in capitals after one in lower case opens a new item, not the rest of a wrapped phrase.
    ['helped each customer\nService desk rota', []],
    ['our customer. Service desk', ['customer-service']],
    ['every customer • service desk', []],
    ['each customer; service desk', []],
    ['a customer | service desk', []],
  ])('%j: a phrase runs across line breaks and full stops, not across bullets, semicolons or pipes', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each(Array.from(bulletGlyphs))('%j between two words ends a phrase as a bullet does', (bullet) => {
    expect(values(`every customer ${bullet} service desk`)).toEqual([]);
  });

  it('ends a phrase at a comma only in a dictionary whose items are listed with commas', () => {
    const entries = [{ phrase: 'Service Cloud', value: 'service-cloud' }];
    expect(new TermMatcher(entries).findAll('Service, Cloud').map((h) => h.value)).toEqual(['service-cloud']);
    expect(new TermMatcher(entries, { commasEndPhrases: true }).findAll('Service, Cloud')).toEqual([]);
    expect(new TermMatcher(entries, { commasEndPhrases: true }).findAll('Service Cloud').map((h) => h.value)).toEqual(['service-cloud']);
  });
});
