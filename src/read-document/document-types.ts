/** What the read stage takes and gives: bytes in, plain text out, plus how it was read. */
export type DocumentFormat = 'pdf' | 'docx' | 'doc' | 'rtf' | 'odt' | 'html' | 'text' | 'image';

export interface DocumentInput {
  /** The file name or path as the user gave it: used for messages and the extension check, never opened here. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** How the result names the document when not by `name`: a queue job's `source`, beside its file's name. */
  readonly source?: string;
}

/** Limits on what one document may cost; each one exceeded ends in its own error code. */
export interface ReadOptions {
  /** Largest accepted document, in bytes (file_too_large). */
  readonly maxBytes: number;
  /** Most pages a PDF may have (too_many_pages). */
  readonly maxPages: number;
  /** Most time reading one document may take, in ms (timeout); enforced by whoever runs the stage. */
  readonly timeoutMs: number;
  /** Most bytes the parts of a ZIP-based document (DOCX, ODT) may unpack to (unzipped_too_large): zip bombs. */
  readonly maxUnzippedBytes: number;
  /** Longest text kept; the rest is cut and the result flagged `truncated`. */
  readonly maxChars: number;
  /** Read scans and images with OCR; when false they end in ocr_required. */
  readonly ocr: boolean;
}

export const defaultReadOptions: ReadOptions = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 20,
  timeoutMs: 30_000,
  maxUnzippedBytes: 50 * 1024 * 1024,
  maxChars: 200_000,
  ocr: true,
};

/** Notes on how a document was read, for people judging how far to trust the result. */
export type QualityFlag =
  | 'extension_mismatch'
  | 'truncated'
  | 'low_text'
  | 'repaired_encoding'
  | 'legacy_encoding'
  | 'two_column'
  | 'repeated_lines_removed'
  | 'ocr_used'
  | 'header_footer_included';

export interface DocumentText {
  readonly format: DocumentFormat;
  readonly text: string;
  /** Pages in the document (PDF only). */
  readonly pages: number | null;
  readonly flags: QualityFlag[];
}
