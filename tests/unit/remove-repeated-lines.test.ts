import { describe, expect, it } from 'vitest';
import { removeRepeatedLines } from '../../src/read-document/pdf/remove-repeated-lines.js';

describe('removeRepeatedLines', () => {
  it('keeps a header and footer repeated on every page once', () => {
    const pages = [
      ['Jane Doe | jane@example.com', 'Summary', 'Agent', 'Page 1 of 2'],
      ['Jane Doe | jane@example.com', 'Experience', 'Team Leader', 'Page 2 of 2'],
    ];
    expect(removeRepeatedLines(pages)).toEqual({
      pages: [pages[0], ['Experience', 'Team Leader']],
      removed: 2,
    });
  });

  it('keeps repeated sentences and lines away from the page edges', () => {
    const bullet = 'Answered customer calls about billing, refunds and order status while meeting every service target';
    const pages = [['Summary', bullet, 'Skills', 'Excel'], [bullet, 'Skills', 'Zendesk', 'Languages']];
    expect(removeRepeatedLines(pages).removed).toBe(0);
  });
});
