/**
 * Text from images with OCR: tesseract.js (WebAssembly) with the English model shipped by an npm package, so
 * nothing is downloaded at run time. One recogniser per thread, started on first use and kept for later documents.
 */
import { createRequire } from 'node:module';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { RolefitError } from '../../errors.js';

let recogniser: Promise<Worker> | undefined;

/** The folder holding eng.traineddata.gz, from the @tesseract.js-data/eng package. */
function englishModelFolder(): string {
  const data = createRequire(import.meta.url)('@tesseract.js-data/eng') as { langPath: string };
  return data.langPath;
}

async function startRecogniser(): Promise<Worker> {
  // cacheMethod none: the model is read from the package, never copied into the working directory.
  // errorHandler: a failed recognition rejects its own promise, which the reader catches; without a handler
  // tesseract.js throws it again from its message listener, where nothing can catch it and the thread dies.
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    langPath: englishModelFolder(),
    gzip: true,
    cacheMethod: 'none',
    errorHandler: () => undefined,
  });
  // Resumes are pages of blocks in varied sizes (a large name, small contact lines): let tesseract find the layout.
  // debug_file: tesseract's notes ("Estimating resolution as …") would otherwise land on stdout, inside JSONL output.
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, debug_file: '/dev/null' });
  return worker;
}

/** The text of each image (PNG, JPEG, GIF, BMP, TIFF, WebP), joined by blank lines. */
export async function recognizeText(images: readonly Uint8Array[]): Promise<string> {
  recogniser ??= startRecogniser();
  const worker = await recogniser;
  const texts: string[] = [];
  for (const image of images) {
    const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
    texts.push(data.text);
  }
  return texts.join('\n\n');
}

/** OCR of a page without text still "finds" a few specks; fewer words than this is no text at all. */
const minRecognizedWords = 5;

export function requireRecognizedText(name: string, text: string): string {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < minRecognizedWords) throw new RolefitError('no_text', `${name} is an image without readable text (OCR found none).`);
  return text;
}

/** Stops this thread's recogniser, if one was started, so the process can exit. */
export async function stopRecognizer(): Promise<void> {
  const started = recogniser;
  recogniser = undefined;
  if (started) await (await started).terminate();
}
