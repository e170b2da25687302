/** samples/src/manifest.json: which outputs each source resume is rendered to, and the role it was written for. */
import { z } from 'zod';

/** `scanned-pdf`: the PDF rendered to an image and put back into a PDF with no text layer, as a scanner makes it. */
export const FORMATS = ['pdf', 'docx', 'txt', 'scanned-pdf'] as const;
export type Format = (typeof FORMATS)[number];

const OUTPUT_NAME = /^[a-z0-9][a-z0-9.-]*\.(pdf|docx|txt)$/u;

const manifestEntry = z.object({
  source: z.string().regex(/^[a-z0-9][a-z0-9-]*\.txt$/u),
  outputs: z.array(z.string().regex(OUTPUT_NAME)).min(1),
  layout: z.enum(['single', 'two-column']),
  intendedRole: z.string().min(1),
  /** The real format when the output's extension deliberately lies (e.g. a DOCX saved as .pdf). */
  format: z.enum(FORMATS).optional(),
  /** DOCX only: put the name and contact lines in a table instead of plain paragraphs. */
  contactBlock: z.enum(['lines', 'table']).optional(),
});

export type ManifestEntry = z.infer<typeof manifestEntry>;

export const manifestSchema = z.array(manifestEntry).min(1);

/** The format an output is written in: the entry's explicit format, else the output's extension. */
export function formatOf(entry: ManifestEntry, output: string): Format {
  if (entry.format !== undefined) return entry.format;
  const extension = output.slice(output.lastIndexOf('.') + 1);
  const format = FORMATS.find((candidate) => candidate === extension);
  if (format === undefined) throw new Error(`unknown output format: ${output}`);
  return format;
}
