/**
 * Lists whose items share their last words ("chat and email support"): each item read with the shared words names a
 * skill of its own, while a word inside a longer skill, or a list with nothing shared, names none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { findSkillHits } from '../../src/extract-candidate/find-skills.js';
import { tokenize } from '../../src/text/tokenize.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const hits = (text: string) => findSkillHits(text, tokenize(text), taxonomy).map((hit) => [hit.value, text.slice(hit.start, hit.end)]);
const ids = (text: string) => hits(text).map(([id]) => id);

describe('lists whose items share their last words', () => {
  it.each([
    ['chat-support', 'Inbound customer service; chat and email support', 'Inbound customer service; email support and live training'],
    ['chat-support', 'Handled chat/email support for a US retailer', 'Handled email support for a US retailer'],
    ['inbound-call-handling', 'Made inbound and outbound calls', 'Made outbound calls and inbound transfers'],
    ['billing-inquiries', 'Resolved billing, technical and account concerns', 'Resolved technical and account concerns'],
  ])('finds %s in "%s", not in "%s"', (id, named, notNamed) => {
    expect(ids(named)).toContain(id);
    expect(ids(notNamed)).not.toContain(id);
  });

  it('quotes the whole list as the evidence, and keeps the hit of the joined item', () => {
    expect(hits('chat and email support')).toEqual(
      expect.arrayContaining([['chat-support', 'chat and email support'], ['email-support', 'email support']]),
    );
  });

  it('reads an item on the phrase it makes with the shared words, not alone: billing concerns are no invoicing', () => {
    expect(ids('Resolved billing, technical and account concerns')).not.toContain('billing-and-invoicing');
    expect(ids('Billing, invoicing and collections')).toContain('billing-and-invoicing');
  });

  it('takes no item from inside a longer skill, and no list across a line or a full stop', () => {
    // "service" belongs to "customer service": no "service support" is listed.
    expect(hits('Customer service and sales support').filter(([, text]) => text?.startsWith('service'))).toEqual([]);
    expect(ids('Monitored chat\nand email support queues')).not.toContain('chat-support');
    expect(ids('We chat. And email support is hers')).not.toContain('chat-support');
  });
});
