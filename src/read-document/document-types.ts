/** What the read stage takes and gives: bytes in, plain text out, plus how it was read. */
export type DocumentFormat = 'pdf' | 'docx' | 'text';

export interface DocumentInput {
  /** The file name or path as the user gave it: used for messages and the extension check, never opened here. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ReadOptions {
  /** Largest accepted document, in bytes. */
  readonly maxBytes: number;
  /** Pages read from a PDF; later pages are left out and the result is flagged `truncated`. */
  readonly maxPages: number;
}

export const defaultReadOptions: ReadOptions = { maxBytes: 10 * 1024 * 1024, maxPages: 20 };

/** Notes on how a document was read, for people judging how far to trust the result. */
export type QualityFlag =
  | 'extension_mismatch'
  | 'truncated'
  | 'low_text'
  | 'repaired_encoding'
  | 'legacy_encoding'
  | 'two_column'
  | 'repeated_lines_removed';

export interface DocumentText {
  readonly format: DocumentFormat;
  readonly text: string;
  /** Pages in the document (PDF only). */
  readonly pages: number | null;
  readonly flags: QualityFlag[];
}
