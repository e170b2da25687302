import { readFile } from 'node:fs/promises';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { renderPdfPages } from '../../src/read-document/ocr/render-pdf-pages.js';
import { readDocument } from '../../src/read-document/read-document.js';
import { codeOfPromise } from '../support/error-code.js';

const sample = async (name: string) => ({ name, bytes: await readFile(new URL(`../../samples/${name}`, import.meta.url)) });

async function errorCode(name: string, bytes?: Uint8Array, options = defaultReadOptions): Promise<string> {
  return codeOfPromise(readDocument(bytes ? { name, bytes } : await sample(name), options));
}

/** A lossless WebP (988 bytes) of two printed lines: "Customer service agent, Nairobi" and "Zendesk and email support". */
const webpOfText = [
  'UklGRtQDAABXRUJQVlA4TMcDAAAvL0IWAA8w//M///MfeKDl/p/buBGtwNxUvqYsNC6XaLQmR3G5QHpoQODI6E/iDbxXYSDDk84jhNp/EL3O7K',
  'T8ifwzvwdxFXLTy0NE/ycA/8dYDeQBEOwQqZwVIzRK4gDoOJYFDI/jNgP92tN2CUMa2Z4ZN07EmTkZRUdwSGd1Gl+fs+Y7bFrNdz41K+M0IxP1',
  'teY7bsowx5RG//qM7zg7VPJ6PZWDQ5e1l1kts/byE7NSddYidemnWXu53fmOpuwPXnOX20EADv5G9Nx+6i3dh/rG0v0jvaoaS/iJ7NrSfWsB85',
  'x+9r61dN8O1unI3m2ImjWOQM1a6cqCGmBLlpp1z9eE4B3ZdTOEOkUC+21oCEcIDSlVbRF2gg0NNTurHQ4NVUPoHd8TtqEiKISKdE8FVYcmVH0z',
  'ytqeo8GmuuxJlgTtkiXppxUhWSKtfZMsT5u2nv1QERzSfB9TJ0syqz6y+8yPPY1krsSeAAIeB5D5utoiAMGGJqCvPO7IcxjIRLDH1b2Odr7cw+',
  '7RnlINIttuhz2HLfUQCM8qCwLCmiydEttu45nsuhkCbuOdFNEzh61tCE1lG0JbVY1tQJ/YtW2oaXQ0sfWtZ0v37SCJm55MFvVUOGyzmpDVWU3Y',
  'VKrOaqTP0k+zmprsSjRxMz32nLnL7SCpPA7TWKeRw1Y7gm61I/jKOO2QPVdfa0eNugITNyl5VnzHDTJ+g12N37rtOfqt/US/D6nr+c1n/PvwX9',
  '0AQMdT5LRCzoqauD8cHgHwo5gzxL8PRn4ftGTxdXkclKTzUlDr89gIUvOKkikKwb1Kq/vqPu7p85NR4pQPODlJXXJlHs1EnyuXgmTxwmucSCFm',
  'stIqUQkm+twoCp5b7x15f2MGo+fFIhcUi3e+5V+4ELOotMpneZnPmceowMF59n7b6RVg5ou8FCN32Xl0hZhYaVXOynmZyygWEjiI77adPt6JuR',
  'ET7wqHPcyhyZHHUdYQ4iChs147IMljDjHxXelC6goxUmmFQ4xGZtLy+xIm9VQzzCSPhxA9eUe6kLhCUPcdjuX3SHMHXe7FvhAkZ4Qh4CChg7ly',
  'DG3ymENMNNIF2VGrnnwkI32+A64+7zP7mZVS5tCMpQUMDuw9cHUFrfOYl2Kkx+08VaqclfNypAgfOHhHW7kyg57lcZEL+K50oXCFaD3LVD7Ly3',
  'weuxHUpJ06DslJ2k7yeTRv53GxFCSFdCHxheiJvqASlWCiYzJOJhweB8XTeSm4mUfZCNJSunDfF4KluaLuq/u4p+N0hLOpoPB7+PfFfyIBAA==',
].join('');

describe('readDocument', () => {
  it.each([
    ['csr-maria-santos.pdf', 'pdf', /maria clarisse santos/i],
    ['tech-support-arjun-nair.docx', 'docx', /arjun nair/i],
    ['telesales-tanya-brooks.txt', 'text', /tanya m\. brooks/i],
  ])('reads %s as %s', async (name, format, person) => {
    const document = await readDocument(await sample(name), defaultReadOptions);
    expect(document.format).toBe(format);
    expect(document.text).toMatch(person);
    expect(document.flags).not.toContain('extension_mismatch');
  });

  it('reads a Word file named .pdf by its content and says so', async () => {
    const document = await readDocument(await sample('docx-named-as.pdf'), defaultReadOptions);
    expect(document.format).toBe('docx');
    expect(document.flags).toContain('extension_mismatch');
    expect(document.text).toMatch(/quality/i);
  });

  it.each([
    ['broken/empty.pdf', 'empty_file'],
    ['broken/corrupt.pdf', 'corrupt_document'],
    ['broken/corrupt.docx', 'corrupt_document'],
    ['broken/archive-named-as.docx', 'extension_mismatch'],
    ['broken/binary-named-as.txt', 'extension_mismatch'],
    ['broken/scanned-image.pdf', 'no_text'],
  ])('fails %s with %s', async (name, code) => {
    expect(await errorCode(name)).toBe(code);
  });

  it('reads a scanned PDF with OCR, and says so', async () => {
    const document = await readDocument(await sample('scanned-claims-processor-grace-lim.pdf'), defaultReadOptions);
    expect(document.flags).toContain('ocr_used');
    expect(document.text).toMatch(/GRACE LIM/);
    expect(document.text).toMatch(/Claims Processor/);
    expect(document.text).toMatch(/adjudicate/i);
  });

  it('reads a photo of a resume with OCR', async () => {
    const [png] = await renderPdfPages((await sample('csr-maria-santos.pdf')).bytes, 1);
    if (!png) throw new Error('rendering gave no page');
    const document = await readDocument({ name: 'photo.png', bytes: png }, defaultReadOptions);
    expect(document).toMatchObject({ format: 'image', flags: expect.arrayContaining(['ocr_used']) as unknown });
    expect(document.text).toMatch(/Customer Service Representative/);
    expect(document.text).toMatch(/Zendesk/);
    expect(await errorCode('photo.png', png, { ...defaultReadOptions, ocr: false })).toBe('ocr_required');
  });

  it('reads a WebP image with OCR, as browsers save pictures', async () => {
    const webp = Buffer.from(webpOfText, 'base64');
    const document = await readDocument({ name: 'cv.webp', bytes: webp }, defaultReadOptions);
    expect(document).toMatchObject({ format: 'image', flags: expect.arrayContaining(['ocr_used']) as unknown });
    expect(document.text).toMatch(/Zendesk and email support/);
    expect(await errorCode('cv.webp', webp, { ...defaultReadOptions, ocr: false })).toBe('ocr_required');
  });

  it('fails a damaged image as corrupt, once, not as a lack of memory to retry', async () => {
    const header = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const damaged = new Uint8Array(58);
    damaged.set(header);
    expect(await errorCode('photo.png', damaged)).toBe('corrupt_document');
    // The recogniser lives on: a good image after it is still read.
    const [png] = await renderPdfPages((await sample('csr-maria-santos.pdf')).bytes, 1);
    if (!png) throw new Error('rendering gave no page');
    expect((await readDocument({ name: 'photo.png', bytes: png }, defaultReadOptions)).text).toMatch(/Zendesk/);
  });

  it('asks for OCR instead of guessing when OCR is turned off', async () => {
    const options = { ...defaultReadOptions, ocr: false };
    expect(await errorCode('scanned-claims-processor-grace-lim.pdf', undefined, options)).toBe('ocr_required');
    expect(await errorCode('broken/scanned-image.pdf', undefined, options)).toBe('ocr_required');
  });

  it('refuses documents over the size limit before parsing them', async () => {
    expect(await errorCode('big.txt', new Uint8Array(2048).fill(0x61), { ...defaultReadOptions, maxBytes: 1024 })).toBe('file_too_large');
  });

  it('reads UTF-16 without a byte-order mark, little- and big-endian', async () => {
    const text = 'Maria Santos – Customer Service Representative, Zendesk and Avaya';
    for (const bytes of [Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()]) {
      expect((await readDocument({ name: 'cv.txt', bytes }, defaultReadOptions)).text).toBe(text);
    }
  });

  it('reads UTF-16 and Windows-1252 text', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('José Núñez – Call Center Agent', 'utf16le')]);
    expect((await readDocument({ name: 'a.txt', bytes: utf16 }, defaultReadOptions)).text).toBe('José Núñez – Call Center Agent');
    const cp1252 = Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x96, 0x20, 0x43, 0x53, 0x52]); // "José – CSR"
    const read = await readDocument({ name: 'b.txt', bytes: cp1252 }, defaultReadOptions);
    expect(read.text).toBe('José – CSR');
    expect(read.flags).toContain('legacy_encoding');
  });

  it('reads a Markdown resume as its text, markers gone and every line kept', async () => {
    const markdown = [
      '# Maria Santos',
      '## Experience',
      '**Customer Service Representative** — [Bluewave BPO](https://bluewave.example)',
      '*June 2019 – Present*',
      '- Handled 80+ calls a day in *Zendesk*',
      '',
      '| Language | Level |',
      '|---|---|',
      '| English | C1 |',
    ].join('\n');
    const read = await readDocument({ name: 'maria.md', bytes: Buffer.from(markdown) }, defaultReadOptions);
    expect(read.format).toBe('text');
    expect(read.text.split('\n').filter((line) => line.trim().length > 0)).toEqual([
      'Maria Santos',
      'Experience',
      'Customer Service Representative — Bluewave BPO',
      'June 2019 – Present',
      '• Handled 80+ calls a day in Zendesk',
      'Language\tLevel',
      'English\tC1',
    ]);
    // The same text in a .txt file is plain text: its asterisks are the writer's own.
    expect((await readDocument({ name: 'maria.txt', bytes: Buffer.from(markdown) }, defaultReadOptions)).text).toContain('**Customer');
  });

  it('reads Markdown nested thousands deep as its plain text, every line kept', async () => {
    const nested = ['Team Leader, Concentrix, Jan 2020 - Present', `${'> '.repeat(5_000)}Quoted`, `${'- '.repeat(5_000)}Listed`, 'Skills'];
    const read = await readDocument({ name: 'cv.md', bytes: Buffer.from(nested.join('\n')) }, defaultReadOptions);
    expect(read.text.split('\n')).toEqual(nested);
  });

  it('reads Markdown holding long runs of markers and blanks as its text', async () => {
    const runs = ['**Team Leader**, Concentrix', `Notes ${'a_'.repeat(20_000)}`, `Gap x${' '.repeat(50_000)}y`, `${'['.repeat(20_000)}Skills`];
    const read = await readDocument({ name: 'cv.md', bytes: Buffer.from(runs.join('\n')) }, defaultReadOptions);
    expect(read.text.split('\n')).toEqual(['Team Leader, Concentrix', `Notes ${'a_'.repeat(20_000)}`, 'Gap x y', `${'['.repeat(20_000)}Skills`]);
  });

  it('turns symbol-font bullets into bullets', async () => {
    const read = await readDocument({ name: 'd.txt', bytes: Buffer.from('Skills\n\uf0b7 Zendesk\n  \uf0a7\tExcel') }, defaultReadOptions);
    expect(read.text).toBe('Skills\n• Zendesk\n  • Excel');
  });

  it('folds ligatures and odd spaces', async () => {
    const read = await readDocument({ name: 'c.txt', bytes: Buffer.from('Of\ufb01ce\u00a0skills\r\n\r\n\r\n\r\nExcel  ') }, defaultReadOptions);
    expect(read.text).toBe('Office skills\n\nExcel');
  });

  it('drops the blanks that end a line and keeps those inside it, however long the run', async () => {
    const run = ' \t'.repeat(40_000);
    const text = `Team Lead${run}Concentrix  \t\nManila${run}\nSkills`;
    const read = await readDocument({ name: 'r.txt', bytes: Buffer.from(text) }, defaultReadOptions);
    expect(read.text).toBe(`Team Lead${run}Concentrix\nManila\nSkills`);
  });

  // V8's serializer tags a string stored one byte per character '"' and one stored two bytes per character 'c'.
  const storage = (text: string): string => (serialize(text)[2] === 0x22 ? 'one byte' : 'two bytes');

  it('stores a text one byte per character once the wider characters it held are replaced', async () => {
    // A zero-width space and a private-use character: both survive NFKC and are replaced afterwards.
    const read = await readDocument({ name: 'c.txt', bytes: Buffer.from('Caf\u00e9 team\u200blead \ue000x') }, defaultReadOptions);
    expect(read.text).toBe('Caf\u00e9 team lead  x');
    expect(storage(read.text)).toBe('one byte');
  });

  it('keeps a text that still holds a wider character as it is', async () => {
    const read = await readDocument({ name: 'c.txt', bytes: Buffer.from('\u2022 Zendesk \u2013 Excel') }, defaultReadOptions);
    expect(read.text).toBe('\u2022 Zendesk \u2013 Excel');
    expect(storage(read.text)).toBe('two bytes');
  });
});
