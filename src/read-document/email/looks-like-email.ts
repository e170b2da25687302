/**
 * Tells a saved e-mail (RFC 822/MIME, as .eml files hold) by its header block: lines of "Field: value" from the first
 * byte to the first empty line. A text resume may start "Name: …" or a memo-style cover letter "To: … From: …", so
 * header syntax alone is not enough: the block must also hold fields only a sent message has.
 */

/** Headers of real messages can run to tens of kilobytes (Received and DKIM lines); more than this is not read. */
const headerSampleBytes = 64 * 1024;

/** RFC 5322 field names: printable ASCII except the colon, then a colon. */
const headerLine = /^[!-9;-~]+:/;
/** A folded header continues on lines that start with white space. */
const continuationLine = /^[ \t]/;
/** mbox files and some mail clients put a "From sender date" line (no colon) before the headers. */
const mboxSeparator = /^From \S/;

/** Fields only a message that went through mail software has: any one of them makes the block an e-mail. */
const transportFields: ReadonlySet<string> = new Set([
  'mime-version', 'received', 'message-id', 'return-path', 'delivered-to', 'dkim-signature', 'arc-seal', 'x-mailer',
  'x-received', 'authentication-results',
]);
/** Fields a message and a typed memo share: with From holding an address and one more of them, it is a message. */
const addressingFields: ReadonlySet<string> = new Set(['to', 'cc', 'subject', 'date', 'reply-to', 'content-type']);
/** Every field that marks a message when the file's name already says e-mail. */
const messageFields: ReadonlySet<string> = new Set([...transportFields, ...addressingFields, 'from', 'sender']);

const emailAddress = /[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+/;

/** The header fields at the top of `bytes`, lower-cased with their values, or null when the top is no header block. */
function headerFields(bytes: Uint8Array): Map<string, string> | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, headerSampleBytes)).toString('latin1');
  const lines = head.split(/\r?\n/);
  // The sample may end mid-line: that last piece is not judged.
  if (head.length === headerSampleBytes) lines.pop();
  const fields = new Map<string, string>();
  for (const [index, line] of lines.entries()) {
    if (line === '') break;
    if (index === 0 && mboxSeparator.test(line)) continue;
    if (continuationLine.test(line) && fields.size > 0) continue;
    if (!headerLine.test(line)) return null;
    const colon = line.indexOf(':');
    const field = line.slice(0, colon).toLowerCase();
    if (!fields.has(field)) fields.set(field, line.slice(colon + 1));
  }
  return fields.size > 0 ? fields : null;
}

/**
 * True when `bytes` start with a message's header block. `namedAsEmail` (an .eml file) is enough with any one message
 * field; otherwise the block must show the message was sent: a transport field, or a From address beside To, Subject
 * or Date.
 */
export function looksLikeEmail(bytes: Uint8Array, namedAsEmail: boolean): boolean {
  const fields = headerFields(bytes);
  if (fields === null) return false;
  const names = [...fields.keys()];
  if (namedAsEmail) return names.some((name) => messageFields.has(name));
  if (names.some((name) => transportFields.has(name))) return true;
  const from = fields.get('from');
  return from !== undefined && emailAddress.test(from) && names.some((name) => addressingFields.has(name));
}
