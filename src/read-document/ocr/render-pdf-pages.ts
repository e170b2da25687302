/** Pages of a PDF as PNG images, for OCR of scans: pdf-parse's renderer (pdf.js drawing on @napi-rs/canvas). */
import { loadPdfjs } from '../pdf/load-pdfjs.js';

/** Rendering width in pixels: about 200 dpi for a US Letter or A4 page, where tesseract reads body text well. */
const pageWidthPixels = 1700;

export async function renderPdfPages(bytes: Uint8Array, pages: number): Promise<Uint8Array[]> {
  // pdf.js first, through loadPdfjs, which keeps the native Array.prototype.push; pdf-parse then reuses that module.
  await loadPdfjs();
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getScreenshot({ first: pages, desiredWidth: pageWidthPixels, imageBuffer: true, imageDataUrl: false });
    return result.pages.map((page) => page.data);
  } finally {
    await parser.destroy();
  }
}
