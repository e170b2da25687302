/** Employment tables as Word and PDF tables come out: cells split by tabs, long rows cut into lines. */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const jobs = (text: string) => extractText(text, taxonomy).positions.map((p) => [p.title, p.employer, p.months]);

describe('employment tables', () => {
  it('reads a row whose From and To stand in cells of their own, each cell a part', () => {
    const text = [
      'EMPLOYMENT DETAILS',
      'Company\tDesignation\tFrom\tTo',
      'R1 RCM Global Pvt Ltd, Navi\tSenior AR Caller\tSep 2023\tPresent',
      'Mumbai',
      'Firstsource Solutions, Mumbai\tAR Caller\tJun 2022\tAug 2023',
    ].join('\n');
    expect(jobs(text)).toEqual([
      ['Senior AR Caller', 'R1 RCM Global Pvt Ltd', 39],
      ['AR Caller', 'Firstsource Solutions', 15],
    ]);
  });

  it('reads a table drawn with pipes, its sign-on and sign-off dates in cells of their own', () => {
    const text = [
      'SEA SERVICE RECORD',
      '| Rank        | Vessel / Type                | Company                          | Sign On    | Sign Off   |',
      '| 2nd Engineer| MV Pacific Star / Bulk Carrier| Magsaysay Maritime Corp.         | 02/2021    | 11/2023    |',
      '| 3rd Engineer| MT Ocean Jade / Oil Tanker   | Magsaysay Maritime Corp.         | 05/2017    | 08/2020    |',
    ].join('\n');
    expect(jobs(text).map(([, , months]) => months)).toEqual([34, 40]);
    expect(extractText(text, taxonomy).positions[0]?.evidence.context).toContain('2nd Engineer');
    // A header line written with pipes and one range stays as it was read.
    expect(jobs('EXPERIENCE\nTeam Leader | Concentrix | Jan 2019 – Dec 2021')).toEqual([['Team Leader', 'Concentrix', 36]]);
  });

  it('reads dated cells written with a full stop ("Sept. 2021"), and takes no column name for an employer', () => {
    const word = ['Work Experience', 'Team Leader – Inbound Voice\tTeleperformance, Quezon City\tSept. 2021 – Present',
      'Customer Service Representative\tTeleperformance, Quezon City\tFeb. 2019 – Aug. 2021'].join('\n');
    const expected = [['Team Leader – Inbound Voice', 'Teleperformance', 63], ['Customer Service Representative', 'Teleperformance', 31]];
    expect(jobs(word)).toEqual(expected);
    const markdown = ['## Experience', '| Role | Company | Dates |', '|---|---|---|',
      '| Team Leader – Inbound Voice | Teleperformance, Quezon City | Sept. 2021 – Present |',
      '| Customer Service Representative | Teleperformance, Quezon City | Feb. 2019 – Aug. 2021 |'].join('\n');
    expect(jobs(markdown)).toEqual(expected);
    // A cell of prose with a full stop is still left out of the header.
    expect(jobs('EXPERIENCE\nTeam Leader\tConcentrix\tLed 12 agents. Ran huddles\tJan 2019 – Dec 2021')).toEqual([['Team Leader', 'Concentrix', 36]]);
  });

  it('leaves a cell of duties out of the header, and keeps a title cell whole, dash and all', () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      'Employer\tDesignation\tDuration\tProcess',
      'Tech Mahindra, Nagpur\tAssociate – Data Entry\tAug 2020 – Sep 2022\tInsurance application data entry and indexing; 99% accuracy',
    ].join('\n');
    expect(jobs(text)).toEqual([['Associate – Data Entry', 'Tech Mahindra', 26]]);
  });

  it("takes no employer from the line of duties a long row left above the next job's dates", () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      'Hexaware Technologies, Nagpur',
      'Senior Associate',
      'Oct 2022 – Present',
      'US P&C insurance claims processing, FNOL set-up, policy verification in Guidewire ClaimCenter',
      'Tech Mahindra, Nagpur\tAssociate – Data Entry\tAug 2020 – Sep 2022',
    ].join('\n');
    expect(jobs(text).map(([, employer]) => employer)).toEqual(['Hexaware Technologies', 'Tech Mahindra']);
  });
});
