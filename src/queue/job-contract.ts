/**
 * What an HR system puts on the queue to have one resume analysed. Published as JSON Schema in schemas/ so that
 * callers in any language can validate their jobs before sending them.
 */
import { z } from 'zod';
import { defaultReadOptions } from '../read-document/document-types.js';
import { referenceDateMessage, referenceDatePattern } from '../reference-date.js';

/** Base64 of a document at the size limit: four characters for every three bytes begun. */
export const maxBase64Length = 4 * Math.ceil(defaultReadOptions.maxBytes / 3);
/** The shortest lines base64 is wrapped at (PEM's 64; MIME and the base64 command wrap at 76). */
const shortestWrap = 64;
/** Base64 of a document at the size limit, wrapped into lines by CR LF, as base64.encodebytes or the CLI write it. */
export const maxWrappedBase64Length = maxBase64Length + 2 * Math.ceil(maxBase64Length / shortestWrap);

/** A long posting runs to a few thousand characters; this leaves room and keeps jobs small. */
export const maxJobDescriptionChars = 100_000;
/** A name or a source: a file name, a path under the document root, an ATS record's key. */
export const maxNameChars = 1000;
/** Role ids a job may list: the taxonomy has a few dozen, so this is room for any. */
export const maxRoleIds = 200;
export const maxRoleIdChars = 100;

/** Line breaks in base64, which decoders skip: wrapped lines are base64 as much as one line is. */
const base64LineBreaks = /[\r\n]/g;

/** The bytes base64 decodes to, its line breaks skipped and its padding counted. */
export function base64Bytes(encoded: string): number {
  let characters = 0;
  let padding = 0;
  for (let index = 0; index < encoded.length; index += 1) {
    const code = encoded.charCodeAt(index);
    if (code === carriageReturn || code === lineFeed) continue;
    characters += 1;
    padding = code === equalsSign ? padding + 1 : 0;
  }
  return Math.floor((characters * 3) / 4) - padding;
}
const carriageReturn = 0x0d;
const lineFeed = 0x0a;
const equalsSign = 0x3d;

export const jobOptionsSchema = z.strictObject({
  /** "YYYY-MM" or "YYYY-MM-DD": the date open ranges end at; the worker's today when absent. */
  referenceDate: z.string().regex(referenceDatePattern, referenceDateMessage).optional(),
  /** Score only these role ids; all roles when absent. A repeated id is scored once (it names one role). */
  roles: z
    .array(z.string().min(1).max(maxRoleIdChars))
    .min(1)
    .max(maxRoleIds)
    .meta({ description: 'Score only these role ids (all roles when absent). A repeated id is scored once.' })
    .transform((ids) => [...new Set(ids)])
    .optional(),
  /** Return only the best N roles; all scored roles when absent. */
  topN: z.number().int().min(1).optional(),
  /** The taxonomy version the caller expects; a worker with another version fails the job (invalid_job). */
  taxonomyVersion: z.string().regex(/^[0-9]+\.[0-9]+\.[0-9]+$/).optional(),
  /**
   * Rank against this job posting instead of the taxonomy's roles: its profile (skills, experience, education and
   * certifications, read with the same extractors as resumes) becomes the only role scored.
   */
  jobDescription: z.strictObject({
    /** The posting's text. */
    text: z.string().min(1).max(maxJobDescriptionChars),
    /** Where it came from, e.g. its file name; used as its title when the text names none. */
    name: z.string().min(1).max(maxNameChars),
  }).optional(),
  /** Blind screening: leave the candidate's contact details out of the result (it then has `redacted: true`). */
  redact: z.boolean().optional(),
})
  // A posting is the only role scored: it takes no list of roles. Published too, so that a client's validator agrees.
  .refine((options) => options.roles === undefined || options.jobDescription === undefined, {
    message: 'Give either roles or a jobDescription, not both.',
    path: ['jobDescription'],
  })
  .meta({ not: { required: ['roles', 'jobDescription'] } });

export const jobDocumentSchema = z.union([
  z.strictObject({
    /** A path on shared storage, under the workers' ROLEFIT_DOCUMENT_ROOT (absolute, or relative to it). */
    path: z.string().min(1).max(maxNameChars),
  }),
  z.strictObject({
    /**
     * The file's bytes, base64-encoded, on one line or wrapped into lines (an empty file is sent as "" and fails as
     * empty_file).
     */
    contentBase64: z
      .string()
      .max(maxWrappedBase64Length)
      .regex(/^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/, 'must be base64')
      // A length that is no multiple of four is a cut or mangled encoding; a pattern saying so overflows V8's stack,
      // so the check is code here, and only the published schema states it as a pattern.
      .refine((text) => text.replace(base64LineBreaks, '').length % 4 === 0, 'must be base64 padded to a multiple of 4 characters')
      .meta({ pattern: String.raw`^(?:[A-Za-z0-9+/]{4}|\r?\n)*(?:(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)(?:\r?\n)?)?$` }),
    /** The original file name: its extension is checked against the bytes, and messages about the file name it. */
    fileName: z.string().min(1).max(maxNameChars),
  }),
]);

export const jobPayloadSchema = z.strictObject({
  /** How the caller names this document; echoed as the result's `source`. */
  source: z.string().min(1).max(maxNameChars),
  document: jobDocumentSchema,
  // A prefault, not a default: the options transform (roles), and zod publishes no default for a transforming schema.
  options: jobOptionsSchema.prefault({}),
});
export type JobPayload = z.infer<typeof jobPayloadSchema>;
export type JobOptions = z.infer<typeof jobOptionsSchema>;
export type JobPayloadInput = z.input<typeof jobPayloadSchema>;

/** The name BullMQ jobs of this contract carry. */
export const analyseJobName = 'analyse-resume';
