/** Photos and scans sent as images (PNG, JPEG, GIF, TIFF): read with OCR, unless OCR is turned off. */
import { RolefitError } from '../errors.js';
import type { DocumentText, ReadOptions } from './document-types.js';
import { recognizeText, requireRecognizedText } from './ocr/recognize-text.js';

export async function readImage(name: string, bytes: Uint8Array, options: ReadOptions): Promise<DocumentText> {
  if (!options.ocr) throw new RolefitError('ocr_required', `${name} is an image; reading it needs OCR, which is turned off.`);
  const text = requireRecognizedText(name, await recognizeText([bytes]));
  return { format: 'image', text, pages: 1, flags: ['ocr_used'] };
}
