/** US collectors' resumes: their titles, their jargon, their dialers and platforms, and ACA International's credential. */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/extract-candidate/candidate-types.js';
import { extractText } from '../support/extract-text.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();
const job = (title: string, bullet = 'Worked assigned accounts.'): Candidate =>
  extractText(`Ana Ruiz\nEXPERIENCE\n${title}, Acme Receivables, Dallas, TX     01/2020 – 12/2022\n- ${bullet}`, taxonomy);
const titleRoles = (title: string): string[][] => job(title).positions.map((p) => p.titleRoles);
const bullet = (line: string): Candidate => job('Account Representative', line);
/** The written evidence of a skill, empty when the skill is not found. */
const evidence = (candidate: Candidate, skill: string): string[] =>
  candidate.skills.find((s) => s.id === skill)?.evidence.map((e) => e.text) ?? [];
const held = (line: string): string[] => extractText(`Ana Ruiz\nana@example.com\nCERTIFICATIONS\n${line}`, taxonomy).certifications.map((c) => c.id);

describe("US collectors' resumes", () => {
  it("reads US collectors' titles as the collections agent's, and other recovery work as none", () => {
    for (const title of ['Recovery Specialist', 'Recovery Specialist III', 'Account Resolution Specialist', 'Default Resolution Specialist',
      'Early Out Specialist', 'Collections Representative', 'Account Representative – Collections']) {
      expect(titleRoles(title), title).toEqual([['collections-agent']]);
    }
    expect(job('Recovery Specialist').experience.relevantMonths['collections-agent']).toBe(36);
    for (const title of ['Peer Recovery Specialist', 'Disaster Recovery Specialist', 'Data Recovery Specialist']) {
      expect(titleRoles(title), title).toEqual([[]]);
    }
  });

  it("counts a hospital's self-pay desk toward collections, without making it a collector's title", () => {
    const selfPay = job('Self-Pay Specialist');
    expect(selfPay.positions[0]?.titleRoles).toEqual([]);
    expect(selfPay.experience.relevantMonths['collections-agent']).toBe(36);
  });

  it("shows outbound calling by a collector's title, and none by a ticket collector's or a peer recovery specialist's", () => {
    for (const title of ['Debt Collector', 'Collector II', 'Recovery Specialist III', 'Early Out Specialist']) {
      expect(evidence(job(title), 'outbound-calling'), title).toEqual([title]);
    }
    for (const title of ['Ticket Collector', 'Tax Collector', 'Data Collector', 'Peer Recovery Specialist', 'Disaster Recovery Specialist']) {
      expect(evidence(job(title), 'outbound-calling'), title).toEqual([]);
    }
    // A title that names no collector shows none, whatever the bullets are about.
    expect(evidence(job('Account Representative'), 'outbound-calling')).toEqual([]);
  });

  it("reads a collector's promises to pay, and not a payables clerk's procure-to-pay", () => {
    expect(evidence(bullet('Average 28 RPCs and 9 PTPs per day; 74% PTP kept rate.'), 'promise-to-pay')).toContain('PTP kept rate');
    expect(evidence(bullet('Average 28 RPCs and 9 PTPs per day.'), 'promise-to-pay')).toEqual(['PTPs']);
    expect(evidence(bullet('Negotiate payment plans within client authority; average kept-promise rate 71%.'), 'promise-to-pay')).toEqual(['kept-promise']);
    expect(evidence(bullet('Managed the PTP process: vendor invoices and payments.'), 'promise-to-pay')).toEqual([]);
    expect(evidence(bullet('Configured PTP on the core switches.'), 'promise-to-pay')).toEqual([]);
  });

  it('reads settlements in full and paid in full as payment negotiation only beside a collector\'s words', () => {
    const jargon = bullet('Close SIFs and PIFs; post-dated checks and ACH; monthly collections average $62K (goal $50K).');
    expect(evidence(jargon, 'payment-negotiation')).toEqual(['SIFs', 'PIFs']);
    expect(evidence(jargon, 'debt-collection')).toEqual(['collections']);
    expect(evidence(bullet('Project initiation: wrote the PIF and closed the project.'), 'payment-negotiation')).toEqual([]);
  });

  it('reads no right party contact in a liquidation rate', () => {
    const line = bullet('Collected $1.38M in 2024 against a $1.15M goal (120%); liquidation rate 9.4% vs floor average 6.8%.');
    expect(evidence(line, 'right-party-contact')).toEqual([]);
    expect(evidence(bullet('Average 28 RPCs per day; right party contact rate 14%.'), 'right-party-contact')).toEqual(['RPCs', 'right party contact', 'right party contact rate']);
    expect(evidence(bullet('Monitored monthly dollars-collected goal.'), 'debt-collection')).toEqual(['dollars-collected']);
  });

  it("reads named dialers as dialer systems, and Noble alone only beside a dialer's words", () => {
    expect(evidence(bullet('Skip trace with Accurint; dialer: Noble.'), 'dialer-systems')).toEqual(['Noble']);
    expect(evidence(bullet('Skip trace with Accurint; dialer: Noble.'), 'noble-systems')).toEqual(['Noble']);
    expect(evidence(bullet('Warehouse associate at Noble Foods.'), 'noble-systems')).toEqual([]);
    expect(evidence(bullet('Dialer: LiveVox (manual HCI and predictive campaigns).'), 'dialer-systems')).toContain('LiveVox');
    expect(evidence(bullet('Outbound calls on a Five9 campaign.'), 'dialer-systems')).toEqual(['Five9']);
    // Genesys is a contact centre's telephony first: an inbound agent's softphone is no dialer.
    expect(evidence(bullet('Inbound banking support on the Genesys softphone.'), 'dialer-systems')).toEqual([]);
  });

  it("reads collection platforms as collection software, and Latitude alone only beside a collector's words", () => {
    expect(evidence(bullet('Posted payments in CollectOne.'), 'collection-software')).toEqual(['CollectOne']);
    expect(evidence(bullet('Collected on medical accounts placed with the agency; Artiva HCm and Epic Resolute.'), 'collection-software')).toContain('Artiva HCm');
    expect(evidence(bullet('Give Mini-Miranda disclosures; FDCPA compliant; Five9 dialer; Latitude.'), 'collection-software')).toEqual(['Latitude']);
    expect(evidence(bullet('Mapped latitude and longitude for GIS surveys.'), 'collection-software')).toEqual([]);
  });

  it("reads ACA International's collector certification, and not a course under way", () => {
    expect(held('ACA International – Professional Collector (2020)')).toEqual(['aca-professional-collection-specialist']);
    expect(held('ACA International Professional Collector certification')).toEqual(['aca-professional-collection-specialist']);
    expect(held('Professional Collector')).toEqual([]);
    expect(held('Currently enrolled: ACA International "Collector Skills Essentials" online course (expected 12/2026)')).toEqual([]);
    // The certificate's line is no education entry.
    const resume = extractText('Ana Ruiz\nana@example.com\nCERTIFICATIONS\n- ACA International – Professional Collector (2020)', taxonomy);
    expect(resume.education.entries).toEqual([]);
  });
});
