/** pdf.js (the engine inside pdf-parse), loaded once on first use with the process's native Array.prototype.push kept. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<Pdfjs> | undefined;

/**
 * pdf.js's legacy build swaps the process-wide Array.prototype.push for a slower polyfill when imported, and its
 * worker bundle does it again when pdf.js loads it on the first document. Both are loaded here, the worker handed to
 * pdf.js through globalThis.pdfjsWorker (its documented way to run in the same thread), and then the native push is
 * put back: parsing gets faster with identical text (see the commit that made this change for the numbers).
 */
export function loadPdfjs(): Promise<Pdfjs> {
  if (!pdfjs) {
    const nativePush = Array.prototype.push;
    pdfjs = (async () => {
      const module = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      Array.prototype.push = nativePush;
      return module;
    })();
  }
  return pdfjs;
}

/** Folders of the font data pdf.js needs for PDFs that use the 14 standard fonts or CJK encodings without embedding them. */
export function pdfjsDataFolders(): { standardFontDataUrl: string; cMapUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { standardFontDataUrl: join(root, 'standard_fonts') + '/', cMapUrl: join(root, 'cmaps') + '/' };
}
