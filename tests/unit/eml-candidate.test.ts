/**
 * An e-mailed resume through the whole pipeline: it scores as the same resume sent as a file, and the contact is the
 * candidate's, never the recruiter's who forwarded it (two candidates from one recruiter are two people).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SuccessResult } from '../../src/contracts/result-schema.js';
import { analyseResume, type PipelineContext } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { mimeMessage, recruiterEnvelope, resumeText } from './email-fixtures.js';

let context: PipelineContext;
beforeAll(async () => {
  context = { taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: defaultReadOptions };
});

async function analysed(name: string, bytes: Uint8Array): Promise<SuccessResult> {
  const result = await analyseResume({ name, bytes }, context);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const bestScore = (result: SuccessResult): number => result.matches[0]?.score ?? 0;

describe('an e-mailed resume through the pipeline', () => {
  it('scores a base64-encoded body as the same resume in a .txt', async () => {
    const eml = await analysed('sai.eml', mimeMessage(recruiterEnvelope, [{ contentType: 'text/plain; charset=utf-8', body: resumeText() }]));
    const txt = await analysed('sai.txt', Buffer.from(resumeText()));
    expect(eml.matches[0]?.roleId).toBe(txt.matches[0]?.roleId);
    expect(bestScore(eml)).toBe(bestScore(txt));
    expect(eml.document.flags).not.toContain('low_text');
  });

  it('takes each candidate’s own contact, not that of the recruiter who forwarded both', async () => {
    const forwarded = (name: string, email: string): Buffer =>
      mimeMessage(recruiterEnvelope, [{ contentType: 'text/plain; charset=utf-8', body: `Please screen.\nPriya Menon | priya.menon@talentbridge.example | +91 99000 11223\n\n---------- Forwarded message ---------\nFrom: ${name} <${email}>\nDate: Sun, 1 Nov 2026\nSubject: CV\nTo: priya.menon@talentbridge.example\n\n${resumeText(name, email)}` }]);
    const sai = await analysed('sai.eml', forwarded('Sai Kiran', 'sai.kiran@mailbox.example'));
    const anjali = await analysed('anjali.eml', forwarded('Anjali Rao', 'anjali.rao@mailbox.example'));
    expect(sai.candidate.contact).toMatchObject({ name: 'Sai Kiran', email: 'sai.kiran@mailbox.example', phone: expect.stringContaining('98480') as unknown });
    expect(anjali.candidate.contact).toMatchObject({ name: 'Anjali Rao', email: 'anjali.rao@mailbox.example' });
  });

  it("keeps the forwarded message's sender as the applicant's address when the resume gives none, never the forwarder's", async () => {
    const withoutContact = resumeText('Kevin Ocampo').split('\n').filter((line) => !line.includes('@')).join('\n');
    const body = `FYI\nBea Ramos | bea.ramos@cebubpo.example\n\n---------- Forwarded message ---------\nFrom: Kevin Ocampo <kevin.ocampo22@mailbox.example>\nDate: Sun, 1 Nov 2026\nSubject: Application\nTo: bea.ramos@cebubpo.example\n\n${withoutContact}`;
    const kevin = await analysed('kevin.eml', mimeMessage(recruiterEnvelope, [{ contentType: 'text/plain; charset=utf-8', body }]));
    expect(kevin.candidate.contact).toMatchObject({ name: 'Kevin Ocampo', email: 'kevin.ocampo22@mailbox.example' });
    expect(kevin.document.flags).toContain('forwarded_sender_kept');
    expect(JSON.stringify(kevin)).not.toContain('bea.ramos');
  });
});

describe('an e-mailed resume that fails, screened blind', () => {
  it('names no attachment in the failure: its file name holds the candidate\'s name, phone and e-mail', async () => {
    const attachment = 'Maria_Santos_+639175550142_maria.santos88@gmail.com_CV.pdf';
    const eml = mimeMessage(recruiterEnvelope, [{ contentType: 'application/pdf', filename: attachment, body: Buffer.from('%PDF-1.7\n1 0 obj') }]);
    const seen = await analyseResume({ name: 'application.eml', bytes: eml }, context);
    expect(!seen.ok && seen.error.message).toContain(attachment);
    const blind = await analyseResume({ name: 'application.eml', bytes: eml }, { ...context, redact: true });
    if (blind.ok) throw new Error('a damaged attachment was read');
    expect(blind.error.code).toBe('corrupt_document');
    for (const detail of ['Maria', 'Santos', '9175550142', 'gmail']) expect(blind.error.message).not.toContain(detail);
  });
});
