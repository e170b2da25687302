/**
 * Blind screening: the result without the candidate's contact and personal details, so that reviewers judge skills and experience
 * alone. The contact is emptied, and wherever the result quotes the resume or names the file, each contact detail is
 * replaced by a mark. It runs on the finished result, so scores cannot change, and every renderer (Markdown, CSV,
 * HTML) is given the redacted result and never sees the details.
 */
import { successResultSchema, type SuccessResult } from '../contracts/result-schema.js';
import type { Contact } from '../extract-candidate/candidate-types.js';
import type { LabelledDetails } from '../taxonomy/compile-personal-details.js';
import { contactRedactor } from './contact-redactor.js';
import { emailAttachmentFlag } from '../read-document/document-types.js';

/** A new contact field fails to compile here until it is emptied (and matched in contact-redactor.ts). */
const noContact: Contact = { name: null, email: null, phone: null, location: null, country: null };

/**
 * Keys whose values quote the resume or name the file: evidence text and context (wherever evidence appears), section
 * headings, job titles, employers, institutions, requirement details and the source. Ids, enums and the taxonomy's
 * names hold no contact details and stay intact, so that the result still refers to the taxonomy.
 */
const quotingKeys: ReadonlySet<string> = new Set([
  'source', 'text', 'context', 'heading', 'title', 'otherTitles', 'employer', 'institution', 'detail',
]);

function redactQuotes(value: unknown, redact: (text: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => redactQuotes(item, redact));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]: [string, unknown]) => [key, quotingKeys.has(key) ? redactQuoted(inner, redact) : redactQuotes(inner, redact)]),
  );
}

/** A quoting key's value: a quote, or a list of quotes ("otherTitles"). */
function redactQuoted(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  return Array.isArray(value) ? value.map((item: unknown) => redactQuoted(item, redact)) : redactQuotes(value, redact);
}

/** `labelledDetail` finds personal details with their values (the taxonomy's personalDetails), or is null. */
export function redactResult(result: SuccessResult, labelledDetail: LabelledDetails | null): SuccessResult {
  // Parsed back through the contract, so the redacted result is checked to be a valid result.
  const quoted = successResultSchema.parse(redactQuotes(result, contactRedactor(result.candidate.contact, labelledDetail)));
  // An attachment's name is a file name, often the candidate's ("Arjun_Nair_CV.docx"): only that one was read stays.
  const flags = quoted.document.flags.map((flag) => (flag.startsWith(`${emailAttachmentFlag}:`) ? emailAttachmentFlag : flag));
  return { ...quoted, document: { ...quoted.document, flags }, candidate: { ...quoted.candidate, contact: noContact }, redacted: true };
}
