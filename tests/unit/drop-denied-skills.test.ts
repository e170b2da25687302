/**
 * A skill the candidate says they lack is not theirs; the same skill said without a denial, after the denial's
 * sentence, or after a "but", still is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const skills = (text: string): string[] => extractText(text, taxonomy).skills.map((s) => s.id);

describe('skills the candidate says they lack', () => {
  it.each([
    ['salesforce-crm', 'Logged every case in Salesforce', 'No experience with Salesforce or Zendesk'],
    ['zendesk', 'Answered tickets in Zendesk', 'No experience with Salesforce or Zendesk'],
    ['cold-calling', 'Made 120 cold calls a day', 'I have never done outbound sales or cold calling'],
    ['sql', 'Wrote SQL reports for the team', 'Not familiar with SQL, Python or medical coding'],
    ['medical-coding', 'Assigned ICD-10 codes in medical coding audits', 'Not familiar with SQL, Python or medical coding'],
    ['debt-collection', 'Handled debt collection for overdue accounts', 'I do not want debt collection work'],
    ['salesforce-crm', 'Used Salesforce daily', "I haven't used Salesforce yet, and would like to learn it"],
  ])('%s: found in "%s", not in "%s"', (skill, own, denied) => {
    expect(skills(`EXPERIENCE\n${own}`)).toContain(skill);
    expect(skills(`SUMMARY\n${denied}`)).not.toContain(skill);
  });

  it('stops at a contrast word: what comes after "but" is claimed', () => {
    const found = skills('SUMMARY\nNo experience with Salesforce, but fluent in Zendesk');
    expect(found).not.toContain('salesforce-crm');
    expect(found).toContain('zendesk');
  });

  it('stops at the end of the sentence and of the line', () => {
    expect(skills('SUMMARY\nNo experience with Salesforce. Logged tickets in Zendesk')).toContain('zendesk');
    expect(skills('SUMMARY\nNo experience with Salesforce\nLogged tickets in Zendesk')).toContain('zendesk');
    expect(skills('SUMMARY\nNo experience with Salesforce; Zendesk daily')).toContain('zendesk');
  });

  it('reads a denial across a line its sentence wraps onto', () => {
    const wrapped = skills('SUMMARY\nSix years in voice support; I have no\nexperience with Salesforce and have never used Zendesk, but I learn fast.');
    expect(wrapped).not.toContain('salesforce-crm');
    expect(wrapped).not.toContain('zendesk');
    expect(skills('SUMMARY\nI have no experience with\nSalesforce, but I learn fast.')).not.toContain('salesforce-crm');
    // The next line after a denial that ends its own sentence is a claim of its own.
    expect(skills('SUMMARY\nNo experience with Salesforce\nLogged tickets in Zendesk')).toContain('zendesk');
  });

  it('stops at a dash, and leaves alone what others lack', () => {
    expect(skills('SUMMARY\nNo exposure to cold calling—handled Zendesk and Excel')).toContain('zendesk');
    expect(skills('SUMMARY\nNo exposure to cold calling - handled Zendesk and Excel')).toContain('zendesk');
    const trainer = skills('EXPERIENCE\nTrained 20 new hires who had no experience with Zendesk or Salesforce');
    expect(trainer).toContain('zendesk');
    expect(trainer).toContain('salesforce-crm');
  });

  it('keeps a skill whose mention only looks like a denial', () => {
    expect(skills('EXPERIENCE\nResolved complaints with no escalation, using Zendesk')).toContain('zendesk');
    expect(skills('EXPERIENCE\nTrained agents who were not familiar with our process. Used Zendesk daily')).toContain('zendesk');
  });

  it('still finds the skill where the candidate claims it elsewhere', () => {
    expect(skills('SUMMARY\nNo experience with Zendesk\nEXPERIENCE\nLogged every case in Salesforce and Zendesk')).toContain('zendesk');
  });
});
