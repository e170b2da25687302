/** A tool that is a kind of a broader skill shows both; UK and chat wordings are read. */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const skillsOf = (text: string) => extractText(text, taxonomy).skills;

describe('implied skills', () => {
  it('counts Salesforce as CRM software, with the Salesforce mention as its evidence', () => {
    const crm = skillsOf('EXPERIENCE\nLogged every case in Salesforce Service Cloud').find((s) => s.id === 'crm-software');
    expect(crm?.evidence.map((e) => e.text)).toEqual(['Salesforce', 'Salesforce Service Cloud']);
  });

  it('counts answering customers by chat or email as customer service', () => {
    const text = 'EXPERIENCE\nChat Support Representative, TaskUs, Nov 2022 – present\n- Handle 3-4 concurrent chats: refunds, order issues';
    const service = skillsOf(text).find((s) => s.id === 'customer-service');
    expect(service?.evidence.map((e) => e.text)).toEqual(['Chat Support', 'concurrent chats']);
    expect(skillsOf('EXPERIENCE\nEmail process for a US retailer').map((s) => s.id)).toContain('customer-service');
  });

  it('does not make the broader skill imply the narrower', () => {
    const ids = skillsOf('SKILLS\nCRM software').map((s) => s.id);
    expect(ids).toContain('crm-software');
    expect(ids).not.toContain('salesforce-crm');
  });

  it.each([
    ['mis-reporting', 'EXPERIENCE\nProduce weekly MI reports in Excel'],
    ['chat-support', 'EXPERIENCE\nHandled calls, webchat and email for a broadband provider'],
    ['coaching', 'EXPERIENCE\nCoach advisors on quality, AHT and CSAT'],
  ])('reads %s in %j', (id, text) => {
    expect(skillsOf(text).map((s) => s.id)).toContain(id);
  });

  it('quotes the same words once, found twice or not, and reads no coaching in a coach trip', () => {
    expect(skillsOf('EXPERIENCE\nCoach advisors on quality').find((s) => s.id === 'coaching')?.evidence.map((e) => e.text)).toEqual(['Coach advisors']);
    expect(skillsOf('EXPERIENCE\nBooked the coach for 40 staff on the annual outing').map((s) => s.id)).not.toContain('coaching');
  });
});

describe('speaking several languages', () => {
  it('is shown by a languages list of two or more, with the languages as evidence', () => {
    const bilingual = skillsOf('LANGUAGES\nEnglish (fluent), Hindi (native), Marathi (native)').find((s) => s.id === 'bilingual');
    expect(bilingual?.evidence.map((e) => e.text)).toEqual(['English', 'Hindi', 'Marathi']);
    expect(skillsOf('LANGUAGES\nEnglish (fluent)').map((s) => s.id)).not.toContain('bilingual');
  });

  it('reads South African languages, and no Cebuano as Tagalog', () => {
    expect(extractText('LANGUAGES\nEnglish, isiZulu, Sesotho, Afrikaans', taxonomy).screening.languages.map((l) => l.id))
      .toEqual(['english', 'zulu', 'sotho', 'afrikaans']);
    expect(skillsOf('LANGUAGES\nEnglish (fluent), Cebuano (native)').map((s) => s.id)).not.toContain('tagalog');
  });
});
