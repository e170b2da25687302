/** A run's files: one set per resume, and none left from an earlier run into the same folder. */
import { access, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { UsageError } from '../../src/cli/usage-error.js';
import { outputNamer } from '../../src/cli/write-outputs.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult, SuccessResult } from '../../src/contracts/result-schema.js';
import { analysedSample } from '../support/analysed-sample.js';
import { writeAllOutputs } from '../support/write-all-outputs.js';

let kavya: SuccessResult;
let tanya: SuccessResult;

beforeAll(async () => {
  kavya = await analysedSample('data-entry-kavya-menon.txt');
  tanya = await analysedSample('telesales-tanya-brooks.txt');
});

const listed = async (directory: string): Promise<string[]> =>
  [...(await readdir(join(directory, 'results'))), ...(await readdir(join(directory, 'reports')))].sort();

describe('createOutputWriter', () => {
  it('leaves no result of an earlier run beside the new ones', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-out-'));
    await writeAllOutputs(out, [kavya, tanya]);
    expect(await listed(out)).toHaveLength(6);
    await writeAllOutputs(out, [tanya]);
    expect(await listed(out)).toEqual(['telesales-tanya-brooks.txt.html', 'telesales-tanya-brooks.txt.json', 'telesales-tanya-brooks.txt.md']);
    // A blind run after a plain one leaves no file named after a candidate.
    await writeAllOutputs(out, [await analysedSample('telesales-tanya-brooks.txt', true)]);
    expect((await listed(out)).every((name) => name.startsWith('resume-'))).toBe(true);
  });

  it('removes no file a run did not write, whatever its kind', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-out-'));
    await mkdir(join(out, 'reports'));
    await writeFile(join(out, 'reports', 'my-notes.md'), 'mine');
    await writeAllOutputs(out, [kavya]);
    await writeFile(join(out, 'reports', 'photo.png'), 'mine');
    await writeAllOutputs(out, [tanya]);
    await writeAllOutputs(out, [tanya]);
    expect(await readdir(join(out, 'reports'))).toEqual(expect.arrayContaining(['my-notes.md', 'photo.png']));
    expect(await readdir(join(out, 'reports'))).toHaveLength(4);
  });

  it('refuses a manifest or a results folder that is a link, deleting nothing through it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-out-'));
    const elsewhere = await mkdtemp(join(tmpdir(), 'rolefit-victim-'));
    await writeFile(join(elsewhere, 'important.json'), 'keep');
    await mkdir(join(out, 'reports'));
    await symlink(elsewhere, join(out, 'results'));
    await writeFile(join(out, '.rolefit-files'), 'results/important.json\n');
    await expect(writeAllOutputs(out, [tanya])).rejects.toBeInstanceOf(UsageError);
    expect(await readdir(elsewhere)).toEqual(['important.json']);
  });
});

/** The shortlist a run wrote, without the byte-order mark, as rows keyed by column. */
async function shortlistRows(directory: string): Promise<Record<string, string>[]> {
  return parse((await readFile(join(directory, 'shortlist.csv'), 'utf8')).replace(/^\uFEFF/, ''), { columns: true });
}

describe('the shortlist a run writes', () => {
  it('names in each row the report written for its resume, and none for a failed file', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-out-'));
    const failed: AnalysisResult = {
      schemaVersion: kavya.schemaVersion, source: 'broken.pdf', ok: false, error: { code: 'corrupt_document', message: 'broken.pdf is damaged.' },
    };
    await writeAllOutputs(out, [kavya, tanya, { ...tanya }, failed]);
    const rows = await shortlistRows(out);
    const reportsOf = (source: string): Set<string> => new Set(rows.filter((row) => row.source === source).map((row) => row.report_file ?? ''));
    expect(reportsOf(kavya.source)).toEqual(new Set(['reports/data-entry-kavya-menon.txt.html']));
    // The same name twice: each row leads to its own report.
    const tanyaReports = [...new Set(rows.filter((row) => row.source === tanya.source).map((row) => row.report_file))].sort();
    expect(tanyaReports).toEqual(['reports/telesales-tanya-brooks.txt-2.html', 'reports/telesales-tanya-brooks.txt.html']);
    for (const report of [...reportsOf(kavya.source), ...tanyaReports]) await expect(access(join(out, report ?? ''))).resolves.toBeUndefined();
    expect(reportsOf('broken.pdf')).toEqual(new Set(['']));
    expect(rows.find((row) => row.source === kavya.source)).toMatchObject({ email: kavya.candidate.contact.email, location: kavya.candidate.contact.location });
  });

  it('leaves the contact cells of a blind run empty, and names its reports by the blind source', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-out-'));
    const blind = await analysedSample('data-entry-kavya-menon.txt', true);
    await writeAllOutputs(out, [blind]);
    const rows = await shortlistRows(out);
    expect(rows.length).toBe(blind.matches.length);
    for (const row of rows) {
      expect(row).toMatchObject({ candidate: '', email: '', phone: '', location: '', report_file: `reports/${blind.source}.html` });
    }
    const csv = await readFile(join(out, 'shortlist.csv'), 'utf8');
    for (const detail of [kavya.candidate.contact.email, kavya.candidate.contact.phone, 'Kavya', 'Kakkanad']) expect(csv).not.toContain(detail);
  });
});

describe('outputNamer', () => {
  it('keeps the letters, marks and digits of every script, so that reports of non-Latin names tell them apart', () => {
    const name = outputNamer();
    expect(['रमेश.txt', 'సురేష్.txt', 'スレシュ.txt', 'José Peña CV (2).pdf', 'ரமேஷ்_2024.docx'].map((source) => name(source)))
      .toEqual(['रमेश.txt', 'సురేష్.txt', 'スレシュ.txt', 'José_Peña_CV_2_.pdf', 'ரமேஷ்_2024.docx']);
  });

  it('replaces what Linux, Windows or macOS refuse in a file name, and what would hide or disguise one', () => {
    const name = outputNamer();
    expect(name('/tmp/cv/a:b*c?d"e<f>g|h.pdf')).toBe('a_b_c_d_e_f_g_h.pdf');
    expect(name('C:\\Users\\ana\\cv.pdf')).toBe('cv.pdf');
    expect(name('tab\there\u0000.txt')).toBe('tab_here_.txt');
    // A right-to-left override would show "cv\u202Efdp.exe" as "cvexe.pdf".
    expect(name('cv\u202Efdp.exe')).toBe('cv_fdp.exe');
    expect(name('.hidden.pdf')).toBe('_hidden.pdf');
    expect(name('CON.txt')).toBe('_CON.txt');
    expect(name('///')).toBe('resume');
    // The zero-width non-joiner is part of how Persian spells this word: it stays.
    expect(name('می\u200Cخواهم.txt')).toBe('می\u200Cخواهم.txt');
  });

  it('keeps names unique, also where names differing in case or in the form of an accent are one file', () => {
    const name = outputNamer();
    const composed = 'Jos\u00e9.pdf';
    const decomposed = 'Jose\u0301.pdf';
    expect([name('रमेश.txt'), name('in/रमेश.txt'), name('CV.pdf'), name('cv.pdf'), name(composed), name(decomposed)])
      .toEqual(['रमेश.txt', 'रमेश.txt-2', 'CV.pdf', 'cv.pdf-2', composed, `${composed}-2`]);
  });

  it('shortens a long name to what file systems take, between characters', async () => {
    const source = `${'रमेश'.repeat(100)}.pdf`;
    const long = outputNamer()(source);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    // Whole characters as a reader sees them: no vowel sign is cut from its consonant.
    const graphemes = (text: string): string[] => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((g) => g.segment);
    const kept = graphemes(long);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(graphemes(source).slice(0, kept.length));
    // Unshortened, this name would be refused (ENAMETOOLONG) and stop the run.
    const out = await mkdtemp(join(tmpdir(), 'rolefit-out-'));
    await writeAllOutputs(out, [{ ...tanya, source: `${'सुरेश '.repeat(60)}.txt` }]);
    expect(await readdir(join(out, 'reports'))).toHaveLength(2);
  });

  it('writes the reports of non-Latin file names each under its own name', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rolefit-out-'));
    await writeAllOutputs(out, ['रमेश.txt', 'సురేష్.txt', 'スレシュ.txt'].map((source) => ({ ...tanya, source })));
    expect((await readdir(join(out, 'reports'))).filter((file) => file.endsWith('.md')).sort())
      .toEqual(['रमेश.txt.md', 'సురేష్.txt.md', 'スレシュ.txt.md'].sort());
  });
});
