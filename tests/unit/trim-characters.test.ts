/** Trimming chosen characters from a text's ends, and the table rows and lines that rely on it. */
import { describe, expect, it } from 'vitest';
import { tableRowLines } from '../../src/read-document/docx/text-blocks.js';
import { trimCharacters } from '../../src/text/trim-characters.js';

describe('trimCharacters', () => {
  it('drops the characters at both ends, or at the end only', () => {
    expect(trimCharacters('\t \tZendesk\t\tExpert \t', ' \t')).toBe('Zendesk\t\tExpert');
    expect(trimCharacters('  Zendesk  ', ' ', 'end')).toBe('  Zendesk');
  });

  it('keeps a text without them as it is, and empties one made only of them', () => {
    const text = 'Team Leader';
    expect(trimCharacters(text, '\t')).toBe(text);
    expect(trimCharacters('\t\t\t', '\t')).toBe('');
    expect(trimCharacters('', '\t')).toBe('');
  });

  it('keeps a long run inside the text', () => {
    const run = '\t'.repeat(100_000);
    expect(trimCharacters(`\ta${run}b\t`, '\t')).toBe(`a${run}b`);
  });
});

describe('tableRowLines', () => {
  it('joins a row of one-line cells with tabs, empty cells kept between and dropped at the ends', () => {
    expect(tableRowLines([[], ['Zendesk'], [], ['Expert'], []])).toEqual(['Zendesk\t\tExpert']);
    expect(tableRowLines([[], [' '], []])).toEqual([]);
  });

  it('puts the dates a column of their own holds on the first line of the job beside them, and leaves a layout alone', () => {
    const job = ['Technical Support Representative', 'Sutherland Global Services, Davao', '- Tier 1 support'];
    expect(tableRowLines([job, ['Jan 2015 - Jun 2019']])).toEqual([
      'Technical Support Representative\tJan 2015 - Jun 2019',
      'Sutherland Global Services, Davao',
      '- Tier 1 support',
    ]);
    // A one-line cell without a year beside a column of lines is a sidebar heading, not dates.
    expect(tableRowLines([['SKILLS'], job])).toEqual(['SKILLS', ...job]);
  });

  it('keeps a row of many empty cells as one line', () => {
    const empty = Array.from({ length: 50_000 }, (): string[] => []);
    expect(tableRowLines([['Team Leader'], ...empty, ['Acme Corp']])).toEqual([`Team Leader${'\t'.repeat(50_001)}Acme Corp`]);
  });
});
