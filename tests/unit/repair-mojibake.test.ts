import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/read-document/repair-mojibake.js';

describe('repairMojibake', () => {
  it.each([
    ['Company Name â€“ City , State', 'Company Name – City , State'],
    ['Donâ€™t stop: â€œgreatâ€\u009d service', 'Don’t stop: “great” service'],
    ['JosÃ© NÃºÃ±ez, cafÃ©', 'José Núñez, café'],
    ['business,Â including', 'business, including'],
    ['Company Name ï¼\u200b City', 'Company Name | City'],
  ])('repairs %j', (broken, fixed) => {
    expect(repairMojibake(broken)).toEqual({ text: fixed, repaired: true });
  });

  it('leaves correct text alone, accents and symbols included', () => {
    const text = 'José – “Team Lead” · Zürich · 5€ · Ångström';
    expect(repairMojibake(text)).toEqual({ text, repaired: false });
  });
});
