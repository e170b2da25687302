/**
 * PDFs through pdf.js, in reading order: the text items of each page with their positions go through
 * orderPageText, so two-column resumes come out column by column whatever order their producer wrote them in.
 */
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import { RolefitError } from '../errors.js';
import type { DocumentText, QualityFlag, ReadOptions } from './document-types.js';
import { loadPdfjs, pdfjsDataFolders } from './pdf/load-pdfjs.js';
import { orderPageText, type PositionedItem } from './pdf/order-page-text.js';
import { removeRepeatedLines } from './pdf/remove-repeated-lines.js';
import { recognizeText, requireRecognizedText } from './ocr/recognize-text.js';
import { renderPdfPages } from './ocr/render-pdf-pages.js';

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

/** How many of a PDF's pages were read, and the flag saying so when they are not all of them. */
interface PageSpan {
  readonly pages: number;
  readonly pagesRead: number;
}

function pageSpanFields({ pages, pagesRead }: PageSpan): { pages: number; pagesRead?: number; flags: QualityFlag[] } {
  return pagesRead < pages ? { pages, pagesRead, flags: ['pages_truncated'] } : { pages, flags: [] };
}

/** A PDF without a text layer is a scan: its pages are rendered and read with OCR, unless OCR is turned off. */
async function readScannedPdf(name: string, bytes: Uint8Array, span: PageSpan, options: ReadOptions): Promise<DocumentText> {
  if (!options.ocr) {
    throw new RolefitError('ocr_required', `${name} has no text layer (a scan or an image); reading it needs OCR, which is turned off.`);
  }
  const text = await recognizeText(await renderPdfPages(bytes, span.pagesRead));
  const { flags, ...pages } = pageSpanFields(span);
  return { format: 'pdf', text: requireRecognizedText(name, text), ...pages, flags: ['ocr_used', ...flags] };
}

export async function readPdf(name: string, bytes: Uint8Array, options: ReadOptions): Promise<DocumentText> {
  const pdfjs = await loadPdfjs();
  // pdf.js may detach the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapPacked: true,
    ...pdfjsDataFolders(),
  });
  try {
    const document = await task.promise;
    // Nothing to read, and nothing to render for OCR either.
    if (document.numPages === 0) throw new RolefitError('no_text', `${name} has no pages.`);
    // pdf.js loads pages one by one, so a longer PDF (a resume with scanned certificates annexed) costs only the pages
    // read: the first maxPages are, and the result says the rest were not.
    const span: PageSpan = { pages: document.numPages, pagesRead: Math.min(document.numPages, options.maxPages) };
    const pages: string[][] = [];
    let columns = 1;
    for (let number = 1; number <= span.pagesRead; number += 1) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PositionedItem[] = content.items.filter(isTextItem).map((item) => {
        // transform = [a, b, c, d, e, f]: (e, f) is the baseline origin, (c, d) the scaled vertical axis (font size).
        const transform = item.transform as readonly number[];
        const [x = 0, y = 0] = viewport.convertToViewportPoint(transform[4] ?? 0, transform[5] ?? 0) as number[];
        const size = Math.hypot(transform[2] ?? 0, transform[3] ?? 0) || 1;
        return { text: item.str, x, y, width: item.width, size };
      });
      const ordered = orderPageText(items, { width: viewport.width, height: viewport.height });
      columns = Math.max(columns, ordered.columns);
      pages.push(ordered.lines);
      page.cleanup();
    }
    const { pages: kept, removed } = removeRepeatedLines(pages);
    const text = kept.map((lines) => lines.join('\n')).join('\n\n');
    if (text.trim().length === 0) return await readScannedPdf(name, bytes, span, options);
    const { flags, ...pageFields } = pageSpanFields(span);
    if (columns > 1) flags.push('two_column');
    if (removed > 0) flags.push('repeated_lines_removed');
    return { format: 'pdf', text, ...pageFields, flags };
  } catch (error) {
    if (error instanceof RolefitError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new RolefitError('encrypted_document', `${name} is password-protected; send a copy without a password.`, { cause: error });
    }
    throw new RolefitError('corrupt_document', `${name} is a damaged PDF that cannot be read: ${reason}`, { cause: error });
  } finally {
    await task.destroy();
  }
}
