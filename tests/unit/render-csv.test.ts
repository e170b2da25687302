import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderShortlistCsv, shortlistEntry } from '../../src/build-reports/render-csv.js';
import type { AnalysisResult, SuccessResult } from '../../src/contracts/result-schema.js';
import { analyseResume } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { analysedSample } from '../support/analysed-sample.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

let result: SuccessResult;

beforeAll(async () => {
  result = await analysedSample('data-entry-kavya-menon.txt');
});

const rowsOf = (csv: string): Record<string, string>[] => parse(csv, { columns: true });

describe('renderShortlistCsv', () => {
  it("ranks a role's candidates by band, then score: a band a rule capped ranks below the band above", async () => {
    const taxonomy = await builtInTaxonomy();
    const bandOrder = taxonomy.source.scoring.bands.map((band) => band.id);
    const entry = shortlistEntry(result);
    const [role] = entry.roles;
    if (!role) throw new Error('the sample has no role');
    // 64 capped at possible (a language the posting asks for never named) against 61 good.
    // Two people: the same resume's keys would make them one.
    const capped = { ...entry, source: 'capped.txt', keys: [], roles: [{ ...role, score: 64, band: 'possible' }] };
    const good = { ...entry, source: 'good.txt', keys: [], roles: [{ ...role, score: 61, band: 'good' }] };
    const order = (csv: string): string[] => rowsOf(csv).map((row) => `${row.rank_in_role} ${row.source}`);
    expect(order(renderShortlistCsv([capped, good], bandOrder))).toEqual(['1 good.txt', '2 capped.txt']);
    // Within a band, and without the bands' order, the score decides.
    expect(order(renderShortlistCsv([capped, good]))).toEqual(['1 capped.txt', '2 good.txt']);
  });

  it('keeps a file name or candidate name that a spreadsheet would run as a formula as plain text', () => {
    const hostile: SuccessResult = {
      ...result,
      source: '=HYPERLINK("http://evil.example","cv").pdf',
      candidate: { ...result.candidate, contact: { ...result.candidate.contact, name: '@SUM(1+1)' } },
    };
    const failed: AnalysisResult = {
      schemaVersion: result.schemaVersion,
      source: '+cmd.pdf',
      ok: false,
      error: { code: 'empty_file', message: '+cmd.pdf is empty (0 bytes).' },
    };
    const rows = rowsOf(renderShortlistCsv([hostile, failed].map(shortlistEntry)));
    const scored = rows.filter((row) => row.role_id !== '');
    expect(scored.length).toBe(result.matches.length);
    for (const row of scored) {
      expect(row.source).toBe(`'=HYPERLINK("http://evil.example","cv").pdf`);
      expect(row.candidate).toBe("'@SUM(1+1)");
    }
    expect(rows.at(-1)).toMatchObject({ source: "'+cmd.pdf", error: 'empty_file: +cmd.pdf is empty (0 bytes).' });
  });

  it('notes in every row of a resume how far its reading can be trusted, and nothing for a plain one', () => {
    const doubtful: SuccessResult = {
      ...result,
      document: { ...result.document, flags: ['ocr_used', 'two_column'] },
      candidate: { ...result.candidate, readsAsEnglish: false, resumesInFile: 3 },
    };
    const noted = rowsOf(renderShortlistCsv([shortlistEntry(doubtful)]));
    expect(new Set(noted.map((row) => row.notes))).toEqual(new Set(['not in English; 3 resumes in one file; read from an image (OCR)']));
    expect(new Set(rowsOf(renderShortlistCsv([shortlistEntry(result)])).map((row) => row.notes))).toEqual(new Set(['']));
  });

  it('notes a resume whose skills stand only in a list of skills, and not one whose jobs show them', async () => {
    const stuffed = [
      'Jun Reyes', 'SKILLS',
      'medical coding, ICD-10-CM, CPT, claims adjudication, claims processing, data entry, Zendesk, Salesforce, customer service,',
      'complaint handling, collections, skip tracing, Erlang C, workforce management, Excel, VLOOKUP, pivot tables, QA, coaching',
      'EXPERIENCE', 'Service Crew, Jollibee, August 2024 – February 2025',
    ].join('\n');
    const read = await analyseResume({ name: 'stuffed.txt', bytes: Buffer.from(stuffed) }, {
      taxonomy: await builtInTaxonomy(), referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions,
    });
    if (!read.ok) throw new Error(read.error.message);
    const { skills, skillsOnlyListed } = read.candidate;
    expect(skills.length).toBeGreaterThanOrEqual(12);
    expect(skillsOnlyListed).toBe(skills.length);
    const notes = new Set(rowsOf(renderShortlistCsv([shortlistEntry(read)])).map((row) => row.notes));
    // The short text is noted too.
    expect(notes).toEqual(new Set([`skills only listed (${skills.length} of ${skills.length}); little text`]));
    expect(result.candidate.skillsOnlyListed).toBeLessThan(result.candidate.skills.length / 2);
  });

  it('notes a file that reads as no resume, a memo sent by mistake, and not a resume without headings', async () => {
    const analyse = async (text: string) => {
      const read = await analyseResume({ name: 'file.txt', bytes: Buffer.from(text) }, {
        taxonomy: await builtInTaxonomy(), referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions,
      });
      if (!read.ok) throw new Error(read.error.message);
      return new Set(rowsOf(renderShortlistCsv([shortlistEntry(read)])).map((row) => row.notes));
    };
    const memo = [
      'MEMORANDUM', 'To: All Team Leaders, Collections Account', 'From: Operations Manager', 'Date: 12 March 2026',
      'Please be advised that the quarterly town hall will be held on March 20 at the 5th floor training room, Ayala Center',
      'Cebu. Agents on night shift are expected to attend the 7:00 AM session. Team leaders must submit the headcount to',
      'workforce management by Friday. Collections performance, AHT and customer satisfaction results will be discussed.',
    ].join('\n');
    expect(await analyse(memo)).toEqual(new Set(['not a resume?; little text']));
    const plain = 'Ana Cruz\nana.cruz@example.com\nCustomer Service Representative, Concentrix, 2019 - 2024\nAnswered billing calls for a US telco.';
    expect([...(await analyse(plain))].join()).not.toContain('not a resume');
  });

  it('takes little text in a PDF of several pages for a possible scan, and in a one-page PDF or a text file for a short resume', () => {
    const short = (format: SuccessResult['document']['format'], pages: number | null): string[] => {
      const document = { ...result.document, format, pages, flags: ['low_text'] };
      return [...new Set(rowsOf(renderShortlistCsv([shortlistEntry({ ...result, document })])).map((row) => row.notes ?? ''))];
    };
    expect(short('pdf', 3)).toEqual(['little text (a scan?)']);
    expect(short('pdf', 1)).toEqual(['little text']);
    expect(short('text', null)).toEqual(['little text']);
    expect(short('docx', null)).toEqual(['little text']);
  });

  it('notes rows that seem to be the same person, by email, phone or dated work history, and no other row', async () => {
    const asWord: SuccessResult = { ...result, source: 'kavya.docx' };
    const otherEmail: SuccessResult = {
      ...result,
      source: 'kavya-new-email.pdf',
      candidate: { ...result.candidate, contact: { ...result.candidate.contact, email: 'kavya.m@example.net', phone: null } },
    };
    const blind = await analysedSample('data-entry-kavya-menon.txt', true);
    const blindCopy: SuccessResult = { ...blind, source: 'resume-copy.txt' };
    const someoneElse = await analysedSample('telesales-tanya-brooks.txt');
    expect(result.candidate.positions.length).toBeGreaterThanOrEqual(2);
    const notesBySource = (results: readonly SuccessResult[]): Map<string, string> =>
      new Map(rowsOf(renderShortlistCsv(results.map(shortlistEntry))).map((row) => [row.source ?? '', row.notes ?? '']));

    const notes = notesBySource([result, asWord, otherEmail, someoneElse]);
    // Each other copy by what it does share: the new-email copy shares the work history, not the email.
    expect(notes.get(result.source)).toBe('same email as kavya.docx; same work history as kavya-new-email.pdf');
    expect(notes.get('kavya.docx')).toBe(`same email as ${result.source}; same work history as kavya-new-email.pdf`);
    // Another email and no phone: the same dated jobs still tell her.
    expect(notes.get('kavya-new-email.pdf')).toBe(`same work history as ${result.source}, kavya.docx`);
    expect(notes.get(someoneElse.source)).toBe('');

    // Blind screening empties the contact, and the work history still tells the copy.
    const blindNotes = notesBySource([blind, blindCopy, someoneElse]);
    expect(blindNotes.get(blind.source)).toBe('same work history as resume-copy.txt');
    expect(blindNotes.get(someoneElse.source)).toBe('');
  });

  it('keeps a phone number starting with 0 as text, as a spreadsheet would drop the 0 of a number', () => {
    const local: SuccessResult = { ...result, candidate: { ...result.candidate, contact: { ...result.candidate.contact, phone: '09171234567' } } };
    expect(new Set(rowsOf(renderShortlistCsv([shortlistEntry(local)])).map((row) => row.phone))).toEqual(new Set(["'09171234567"]));
  });

  it('gives the files of one person one rank, together under the best of them, so that a top five is five people', async () => {
    const asWord: SuccessResult = { ...result, source: 'kavya.docx' };
    const someoneElse = await analysedSample('telesales-tanya-brooks.txt');
    const rows = rowsOf(renderShortlistCsv([result, someoneElse, asWord].map(shortlistEntry)));
    const role = rows.find((row) => row.source === someoneElse.source)?.role_id;
    const inRole = rows.filter((row) => row.role_id === role).map((row) => [row.rank_in_role, row.source]);
    const kavya = inRole.filter(([, source]) => source !== someoneElse.source);
    expect(kavya.map(([rank]) => rank)).toEqual([kavya[0]?.[0], kavya[0]?.[0]]);
    // Her two files stand together; the other candidate's rank is the next one or the one before.
    const at = (source: string): number => inRole.findIndex(([, s]) => s === source);
    expect(Math.abs(at(result.source) - at('kavya.docx'))).toBe(1);
    expect(new Set(inRole.map(([rank]) => rank))).toEqual(new Set(['1', '2']));
  });

  it('notes a walk-in copy with a new phone and email and one job of the history by the name and that job\'s start', () => {
    const [first] = result.candidate.positions;
    if (!first) throw new Error('the sample lists jobs');
    const walkIn: SuccessResult = {
      ...result,
      source: 'walk-in.txt',
      candidate: {
        ...result.candidate,
        contact: { ...result.candidate.contact, email: 'new@example.net', phone: '0999 000 1111' },
        positions: [{ ...first, end: first.start, months: 1 }],
      },
    };
    const namesake: SuccessResult = {
      ...walkIn,
      source: 'namesake.txt',
      candidate: { ...walkIn.candidate, contact: { ...walkIn.candidate.contact, email: null, phone: null }, positions: [] },
    };
    const notes = new Map(rowsOf(renderShortlistCsv([result, walkIn, namesake].map(shortlistEntry))).map((row) => [row.source ?? '', row.notes ?? '']));
    expect(notes.get('walk-in.txt')).toBe(`same name and job start as ${result.source}`);
    // The same name alone, with no job started in the same month, is no match: names repeat.
    expect(notes.get('namesake.txt')).toBe('');
  });

  it('gives each row the contact, screening facts and the months of experience its own role counted', () => {
    const rows = rowsOf(renderShortlistCsv([shortlistEntry(result)]));
    expect(rows).toHaveLength(result.matches.length);
    const { contact } = result.candidate;
    for (const row of rows) {
      expect(row).toMatchObject({
        email: contact.email,
        // A leading "+" would start a formula in a spreadsheet: the cell is kept as text.
        phone: `'${contact.phone ?? ''}`,
        location: contact.location,
        typing_wpm: '65',
        languages: 'English; Malayalam; Hindi; Tamil',
        shifts: 'rotational: yes',
        report_file: '',
      });
      // The same figure the experience component of that role's score states.
      const experience = result.matches.find((m) => m.roleId === row.role_id)?.components
        .flatMap((c) => c.requirements).find((r) => r.kind === 'experience');
      expect(experience?.detail).toMatch(new RegExp(`^${row.relevant_experience_months} relevant and `));
    }
    // Months in data entry count for some roles and not for others.
    expect(new Set(rows.map((row) => row.relevant_experience_months)).size).toBeGreaterThan(1);
  });

  it('writes levels beside languages and whether each shift can be worked', () => {
    const mention = (id: string, available: boolean) => ({ id, preferred: false, available, evidence: [] });
    const { screening } = result.candidate;
    const screened: SuccessResult = {
      ...result,
      candidate: {
        ...result.candidate,
        screening: {
          ...screening,
          languages: [
            { id: 'english', name: 'English', proficiency: 'fluent', cefr: null, evidence: [] },
            { id: 'filipino', name: 'Filipino', proficiency: 'native', cefr: null, evidence: [] },
            { id: 'spanish', name: 'Spanish', proficiency: 'intermediate', cefr: 'B1', evidence: [] },
          ],
          shifts: [mention('night', true), mention('rotational', false)],
          typingSpeed: { wordsPerMinute: null, keystrokesPerHour: 9000, accuracyPercent: null, evidence: [] },
        },
      },
    };
    const [row] = rowsOf(renderShortlistCsv([shortlistEntry(screened)]));
    expect(row).toMatchObject({
      languages: 'English (fluent); Filipino (native); Spanish (intermediate, B1)',
      shifts: 'night: yes; rotational: no',
      typing_wpm: '',
    });
  });

  it('leaves the contact cells of a blind result empty, and the rest as without redaction', async () => {
    const blind = await analysedSample('data-entry-kavya-menon.txt', true);
    const rows = rowsOf(renderShortlistCsv([shortlistEntry(blind)]));
    const plain = rowsOf(renderShortlistCsv([shortlistEntry(result)]));
    for (const row of rows) expect(row).toMatchObject({ candidate: '', email: '', phone: '', location: '' });
    const screeningOf = (row: Record<string, string>): unknown =>
      [row.role_id, row.score, row.relevant_experience_months, row.typing_wpm, row.languages, row.shifts];
    expect(rows.map(screeningOf)).toEqual(plain.map(screeningOf));
  });

  it('lists a failed file with its error and every other cell empty', () => {
    const failed: AnalysisResult = {
      schemaVersion: result.schemaVersion, source: 'cv.pdf', ok: false, error: { code: 'corrupt_document', message: 'cv.pdf is a damaged PDF.' },
    };
    const [row] = rowsOf(renderShortlistCsv([shortlistEntry(failed)]));
    const filled = Object.entries(row ?? {}).filter(([, value]) => value !== '');
    expect(Object.fromEntries(filled)).toEqual({ source: 'cv.pdf', error: 'corrupt_document: cv.pdf is a damaged PDF.' });
  });

  it('leaves ordinary text and numbers as they are', () => {
    const rows = rowsOf(renderShortlistCsv([shortlistEntry(result)]));
    const first = rows[0];
    expect(first?.candidate).toBe(result.candidate.contact.name);
    expect(first?.source).toBe(result.source);
    expect(Number(first?.score)).toBe(Math.max(...rows.filter((r) => r.role_id === first?.role_id).map((r) => Number(r.score))));
  });
});
