import { describe, expect, it } from 'vitest';
import { orderPageText, type PositionedItem } from '../../src/read-document/pdf/order-page-text.js';

const page = { width: 612, height: 792 };
const size = 10;
/** An item with a width of 5 points per character, like a 10-point font. */
const item = (text: string, x: number, y: number): PositionedItem => ({ text, x, y, width: text.length * 5, size });

describe('orderPageText', () => {
  it('reads a two-column page column by column even when written row by row', () => {
    const items = [
      item('JANE DOE', 40, 40),
      item('SKILLS', 40, 80), item('EXPERIENCE', 220, 80),
      item('Zendesk', 40, 95), item('Customer Service Representative', 220, 95),
      item('Excel', 40, 110), item('Acme BPO | Jan 2020 - Present', 220, 110),
      item('LANGUAGES', 40, 140), item('Handled 80 calls a day', 220, 125),
      item('English', 40, 155), item('Resolved billing complaints', 220, 140),
      item('Spanish', 40, 170), item('Kept AHT under target', 220, 155),
    ];
    const ordered = orderPageText(items, page);
    expect(ordered.columns).toBe(2);
    expect(ordered.lines.filter((l) => l !== '')).toEqual([
      'JANE DOE',
      'SKILLS', 'Zendesk', 'Excel', 'LANGUAGES', 'English', 'Spanish',
      'EXPERIENCE', 'Customer Service Representative', 'Acme BPO | Jan 2020 - Present', 'Handled 80 calls a day',
      'Resolved billing complaints', 'Kept AHT under target',
    ]);
  });

  it('keeps a single-column page in line order, joining the pieces of a line', () => {
    const items = [item('Customer', 40, 40), item(' ', 80, 40), item('Service', 85, 40), item('Agent', 40, 55), item('2019 - 2021', 400, 55)];
    expect(orderPageText(items, page)).toEqual({ lines: ['Customer Service', 'Agent\t2019 - 2021'], columns: 1 });
  });

  it('joins pieces of one word without a space and marks paragraph gaps', () => {
    const items = [item('Cust', 40, 40), item('omer', 60, 40), item('Next paragraph', 40, 80)];
    expect(orderPageText(items, page).lines).toEqual(['Customer', '', 'Next paragraph']);
  });

  it('does not take a table-like line with a far-right date for a second column', () => {
    const items = [
      item('Team Leader', 40, 40), item('2019 - 2022', 480, 40),
      item('Led a team of 12 agents on a telecom account', 40, 55),
      item('Coached agents on AHT and CSAT every week', 40, 70),
      item('Agent', 40, 90), item('2016 - 2019', 480, 90),
      item('Answered 90 inbound calls a day on billing', 40, 105),
    ];
    expect(orderPageText(items, page).columns).toBe(1);
  });

  it('gives nothing for an empty page', () => {
    expect(orderPageText([], page)).toEqual({ lines: [], columns: 1 });
  });
});
