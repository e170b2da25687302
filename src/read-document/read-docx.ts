/** Word documents through mammoth's raw-text extraction (body paragraphs and tables, in document order). */
import mammoth from 'mammoth';
import { RolefitError } from '../errors.js';
import type { DocumentText } from './document-types.js';

export async function readDocx(name: string, bytes: Uint8Array): Promise<DocumentText> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
    return { format: 'docx', text: value, pages: null, flags: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RolefitError('corrupt_document', `${name} looks like a Word document but cannot be read: ${reason}`, { cause: error });
  }
}
