/** Photos and scans sent as images (PNG, JPEG, GIF, TIFF, WebP): read with OCR, unless OCR is turned off. */
import { RolefitError } from '../errors.js';
import type { DocumentText, ReadOptions } from './document-types.js';
import { recognizeText, requireRecognizedText } from './ocr/recognize-text.js';

/** What tesseract says of an image it cannot decode: a damaged file, not a lack of memory or time. */
const undecodable = /attempting to read image/i;

export async function readImage(name: string, bytes: Uint8Array, options: ReadOptions): Promise<DocumentText> {
  if (!options.ocr) throw new RolefitError('ocr_required', `${name} is an image; reading it needs OCR, which is turned off.`);
  let recognized: string;
  try {
    recognized = await recognizeText([bytes]);
  } catch (error) {
    // Bad input fails once, as corrupt_document; anything else stays an error of its own, which may be retried.
    // tesseract.js rejects with its worker's message, not always an Error.
    if (undecodable.test(error instanceof Error ? error.message : String(error))) {
      throw new RolefitError('corrupt_document', `${name} is a damaged image: its pixels cannot be decoded.`, { cause: error });
    }
    throw error;
  }
  const text = requireRecognizedText(name, recognized);
  return { format: 'image', text, pages: 1, flags: ['ocr_used'] };
}
