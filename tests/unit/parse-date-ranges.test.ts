import { beforeAll, describe, expect, it } from 'vitest';
import { parseDateRanges } from '../../src/extract-candidate/parse-date-ranges.js';
import type { DateVocabulary } from '../../src/taxonomy/compile-date-vocabulary.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const reference = { year: 2026, month: 11 };
let dates: DateVocabulary;
beforeAll(async () => {
  dates = (await builtInTaxonomy()).dates;
});

const parse = (text: string) => parseDateRanges(text, dates, reference).map(({ start, end, ongoing }) => ({ start, end, ongoing }));

describe('parseDateRanges', () => {
  it.each([
    ['Jan 2019 – Present', { year: 2019, month: 1 }, reference, true],
    ['03/2017 to 05/2019', { year: 2017, month: 3 }, { year: 2019, month: 5 }, false],
    ['Sept. 2018 - March, 2020', { year: 2018, month: 9 }, { year: 2020, month: 3 }, false],
    ['Aug 2016 – to date', { year: 2016, month: 8 }, reference, true],
    ['June 2020 - Current', { year: 2020, month: 6 }, reference, true],
    ['2017-03 till 2018-11', { year: 2017, month: 3 }, { year: 2018, month: 11 }, false],
    ["Jan'19 — Dec'20", { year: 2019, month: 1 }, { year: 2020, month: 12 }, false],
    ['Summer 2019 - Fall 2020', { year: 2019, month: 6 }, { year: 2020, month: 9 }, false],
    ['01-Aug-2020 to 30-Jun-2022', { year: 2020, month: 8 }, { year: 2022, month: 6 }, false],
    ['from 15th July 2022 to till date', { year: 2022, month: 7 }, reference, true],
    ['Q3 2021 – Q2 2023', { year: 2021, month: 8 }, { year: 2023, month: 5 }, false],
    ['Hunyo 2022 – Kasalukuyan', { year: 2022, month: 6 }, reference, true],
    ['Marso 2017 hanggang Mayo 2018', { year: 2017, month: 3 }, { year: 2018, month: 5 }, false],
    ['02/2022 – Actualidad', { year: 2022, month: 2 }, reference, true],
    ['Septiembre 2018 hasta Diciembre 2020', { year: 2018, month: 9 }, { year: 2020, month: 12 }, false],
    // A template's separator glyph between the dates, read back as a bar.
    ['11/2008 | 02/2016', { year: 2008, month: 11 }, { year: 2016, month: 2 }, false],
  ])('reads %s', (text, start, end, ongoing) => {
    expect(parse(`Agent, Acme BPO | ${text}`)).toEqual([{ start, end, ongoing }]);
  });

  it('reads bare years as mid-year, so 2015-2018 spans three years', () => {
    expect(parse('2015-2018')).toEqual([{ start: { year: 2015, month: 6 }, end: { year: 2018, month: 6 }, ongoing: false }]);
  });

  it('reads a short end year, a dash lost between two years and one year for two months', () => {
    expect(parse('1985-89')).toEqual([{ start: { year: 1985, month: 6 }, end: { year: 1989, month: 6 }, ongoing: false }]);
    expect(parse('20142017')).toEqual([{ start: { year: 2014, month: 6 }, end: { year: 2017, month: 6 }, ongoing: false }]);
    expect(parse('2019present')).toEqual([{ start: { year: 2019, month: 6 }, end: reference, ongoing: true }]);
    expect(parse('Mar - Aug 2011')).toEqual([{ start: { year: 2011, month: 3 }, end: { year: 2011, month: 8 }, ongoing: false }]);
    expect(parse('Oct - Jan 2016')).toEqual([{ start: { year: 2015, month: 10 }, end: { year: 2016, month: 1 }, ongoing: false }]);
  });

  it('reads no range from a year and a month, a percentage, or a month with no year', () => {
    expect(parse('2017-03')).toEqual([]);
    expect(parse('renewals up 2019 – 85%')).toEqual([]);
    expect(parse('Mar - Aug')).toEqual([]);
    expect(parse('ticket 2019201')).toEqual([]);
    // Fields a bar separates are no two dates side by side.
    expect(parse('Team Leader | 2019 batch | Concentrix')).toEqual([]);
  });

  it('closes open ranges at the reference date passed in, not at the clock', () => {
    expect(parseDateRanges('May 2020 - Present', dates, { year: 2021, month: 2 })[0]?.end).toEqual({ year: 2021, month: 2 });
  });

  it('rejects ranges that run backwards or start after the reference date', () => {
    expect(parse('2019 - 2015')).toEqual([]);
    expect(parse('Jan 2027 - Present')).toEqual([]);
  });

  it('ignores numbers that are not date ranges', () => {
    expect(parse('Handled 80-120 calls a day; phone +1 555-2019-4456; 13/2019 - 14/2020')).toEqual([]);
  });
});
