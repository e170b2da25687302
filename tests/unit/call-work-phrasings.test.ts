/** How call handlers, their supervisors and back-office staff write their work: found where meant, not beside it. */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const extract = (line: string) => extractText(`EXPERIENCE\nAgent, Acme BPO, 2020 - 2023\n- ${line}`, taxonomy);
const skills = (line: string): string[] => extract(line).skills.map((s) => s.id);
const largestTeam = (line: string): number | null => extract(line).screening.teamLeadership?.largestTeam ?? null;

describe('call work and its supervision, as written', () => {
  it.each([
    ['outbound-calling', 'Handled outbound collection calls for credit card accounts'],
    ['outbound-calling', 'Made outbound and inbound calls to customers'],
    ['debt-collection', 'Handled outbound collection calls for credit card accounts'],
    ['inbound-call-handling', 'Answered emergency and non-emergency calls (around 120 a shift)'],
    ['inbound-call-handling', 'Fielded billing calls from small-business customers'],
    ['inbound-call-handling', "Answered patients' calls about appointments"],
    ['inbound-call-handling', 'Answered 911 and non-emergency calls for the county'],
    ['call-monitoring', 'Listened to a sample of recorded calls each week and scored them against the call-handling standard'],
    ['feedback-delivery', 'gave written feedback and coaching to call handlers'],
    ['coaching', 'gave written feedback and coaching to call handlers'],
    ['people-management', 'Supervised a shift of 15 call handlers, managed breaks and staffing levels against call volume'],
    ['people-management', 'Supervised 12 dispatchers on the night shift'],
    ['escalation-handling', 'Supervised a shift of 15 call handlers and handled escalated callers'],
    ['complaint-handling', 'Handled parent concerns and complaints by phone'],
    ['complaint-handling', 'Resolved guest complaints (noise, billing errors, room changes)'],
    ['people-management', 'Exceptional people skills allow the ability to manage personnel'],
  ])('%s in %j', (skill, line) => {
    expect(skills(line)).toContain(skill);
  });

  it.each([
    ['outbound-calling', 'Booked outbound flights and hotel stays for visiting staff'],
    ['outbound-calling', 'Planned outbound logistics: calls with carriers every morning'],
    ['inbound-call-handling', 'Handled outbound collection calls for credit card accounts'],
    ['inbound-call-handling', 'Handled 150 calls per day on the outbound dialer'],
    ['inbound-call-handling', 'Answered survey questions from the client'],
    ['inbound-call-handling', 'Answered collection calls for overdue credit cards'],
    ['inbound-call-handling', 'Responded to emergency calls as a paramedic'],
    ['inbound-call-handling', 'Answer phone calls and assist the public at the court clerk desk'],
    ['inbound-call-handling', 'Answered telephones and routed calls to the right office'],
    ['call-monitoring', 'Recorded calls and their outcomes in Salesforce'],
    ['call-monitoring', 'Scored 95% in the exam'],
    ['feedback-delivery', 'Given feedback by QA every week, I raised my score'],
    ['feedback-delivery', 'Gave a presentation to new joiners'],
    ['people-management', 'Manage petty cash and staff imprest'],
    ['people-management', 'Worked the night shift in the call centre'],
    ['people-management', "Represented the call handlers' union"],
    ['escalation-handling', 'Escalated callers to the team leader when needed'],
    ['complaint-handling', 'Received complaints from neighbours about noise'],
    ['billing-and-invoicing', 'Resolved guest complaints (noise, billing errors, room changes)'],
    ['billing-and-invoicing', "Updated customers' billing address in the CRM"],
  ])('no %s in %j', (skill, line) => {
    expect(skills(line)).not.toContain(skill);
  });

  it.each([
    ['Supervised a shift of 15 call handlers, managed breaks and staffing levels against call volume', 15],
    ['Managed 20 call takers across two sites', 20],
  ])('a team in %j', (line, size) => {
    expect(largestTeam(line)).toBe(size);
  });

  it.each([
    'Worked in a shift of 15 call handlers',
    'Supervised a shift of 8 hours on the help desk',
    "Represented 40 members of the call handlers' union",
  ])('no team led in %j', (line) => {
    expect(largestTeam(line)).toBeNull();
  });
});

describe('back-office, sales and training work, as written', () => {
  it.each([
    ['invoice-processing', 'Process supplier invoices and payments (about 300 invoices a month)'],
    ['invoice-processing', 'Verified and posted vendor invoices in SAP'],
    ['billing-and-invoicing', 'raised customer invoices'],
    ['billing-and-invoicing', 'Generated monthly invoices for 40 clients'],
    ['audit-support', 'support the annual external audit'],
    ['cross-selling', 'Cross-sold savings accounts and loan products'],
    ['training-delivery', 'trained and mentored 14 new teachers'],
    ['coaching', 'trained and mentored 14 new teachers'],
    ['charge-entry', 'reconciled patient charges'],
    ['account-reconciliation', 'Reconciled accounts at month end'],
  ])('%s in %j', (skill, line) => {
    expect(skills(line)).toContain(skill);
  });

  it.each([
    ['invoice-processing', 'Processed payments and refunds at the front desk'],
    ['billing-and-invoicing', 'Raised concerns about invoices with the vendor'],
    ['billing-and-invoicing', 'Processed supplier invoices'],
    ['audit-support', 'Scored 95% in the exam'],
    ['cross-selling', 'Coached the cross-country team'],
    ['training-delivery', 'Was trained and mentored by senior staff'],
    ['new-hire-training', 'trained and mentored 14 new teachers'],
    ['account-reconciliation', 'reconciled patient charges'],
    ['account-reconciliation', 'Monthly patient charge reconciliation'],
  ])('no %s in %j', (skill, line) => {
    expect(skills(line)).not.toContain(skill);
  });
});
