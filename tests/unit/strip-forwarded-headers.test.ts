import { describe, expect, it } from 'vitest';
import { stripForwardedHeaders } from '../../src/read-document/email/strip-forwarded-headers.js';

const lines = (...text: string[]): string => text.join('\n');

describe('stripForwardedHeaders', () => {
  it('drops an Apple Mail forward and the forwarder’s note above it', () => {
    const body = lines('FYI', '', 'Begin forwarded message:', '', 'From: Sai <sai@mailbox.example>', 'Subject: CV', 'Date: 1 Nov 2026', 'To: hr@bpo.example', '', 'Sai Kiran', 'AR Caller');
    expect(stripForwardedHeaders(body, 'Fwd: CV')).toEqual({ text: lines('', 'Sai Kiran', 'AR Caller'), removed: true, forwardedFrom: 'sai@mailbox.example' });
  });

  it('drops an Outlook "Original Message" block, keeping the reply above it', () => {
    const body = lines('My resume is below.', '-----Original Message-----', 'From: hr@bpo.example', 'Sent: Monday', 'To: sai@mailbox.example', 'Subject: Opening', '', 'Please send your CV.');
    expect(stripForwardedHeaders(body, 'RE: Opening').text).toBe(lines('My resume is below.', '', 'Please send your CV.'));
  });

  it('drops the forwarder’s note above an unmarked header block when the subject says Fwd, not when it says Re', () => {
    const body = lines('Thanks, Priya', 'priya@agency.example', 'From: Sai <sai@mailbox.example>', 'Sent: Monday', 'To: priya@agency.example', '', 'Sai Kiran');
    expect(stripForwardedHeaders(body, '[External] FW: CV').text).toBe(lines('', 'Sai Kiran'));
    expect(stripForwardedHeaders(body, 'Re: CV').text).toBe(lines('Thanks, Priya', 'priya@agency.example', '', 'Sai Kiran'));
  });

  it('leaves a resume’s own "From:", "To:" and underscore lines, and text with no header block, as they are', () => {
    const resume = lines('Sai Kiran', 'Availability', 'From: December 2026', 'To: open', '__________________', 'Skills', 'On the job I wrote: reports');
    expect(stripForwardedHeaders(resume, 'Application')).toEqual({ text: resume, removed: false, forwardedFrom: null });
  });

  it('passes a long run of header-like lines in one pass', () => {
    const run = Array.from({ length: 200_000 }, () => 'From: x').join('\n');
    const started = performance.now();
    expect(stripForwardedHeaders(run, '').text).toBe(run);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
