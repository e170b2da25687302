/** What the read stage takes and gives: bytes in, plain text out, plus how it was read. */
export type DocumentFormat = 'pdf' | 'docx' | 'doc' | 'rtf' | 'odt' | 'html' | 'text' | 'image';

/**
 * What a file is found to be: a document format, or an e-mail (.eml), which is no format of its own in results: it is
 * reported as the format of the attachment or body its resume was read from.
 */
export type DetectedKind = DocumentFormat | 'email';

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
  /** Most pages of a PDF read: the rest are left unread and the result flagged `pages_truncated`. */
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
/** The flag of a resume read from an e-mail's attachment; the attachment's name follows a colon. */
export const emailAttachmentFlag = 'email_attachment';

export type QualityFlag =
  | 'extension_mismatch'
  | 'truncated'
  | 'pages_truncated'
  | 'low_text'
  | 'repaired_encoding'
  | 'legacy_encoding'
  | 'two_column'
  | 'repeated_lines_removed'
  | 'ocr_used'
  | 'header_footer_included'
  /** Read from an e-mail's body (plain text, or HTML when it had no plain text). */
  | 'email_body'
  /** Read from the e-mail attachment named after the colon; blind screening leaves the name out, as it may be the candidate's. */
  | typeof emailAttachmentFlag
  | `${typeof emailAttachmentFlag}:${string}`
  /** Forwarding and reply headers (From:, To:, Sent: …) in an e-mail's body were left out, and so was a forwarder's note. */
  | 'forwarded_headers_removed'
  /** The forwarded message's sender's address was kept, as the resume gave none of its own. */
  | 'forwarded_sender_kept';

export interface DocumentText {
  readonly format: DocumentFormat;
  readonly text: string;
  /** Pages in the document (PDF only). */
  readonly pages: number | null;
  /** Pages whose text was read, when fewer than `pages`: the first `maxPages` of a longer PDF. */
  readonly pagesRead?: number;
  readonly flags: QualityFlag[];
}
