/**
 * Anonymised resumes keep their template's placeholders: "Company Name City , State Senior Director of Business
 * Operations 09/2011 to Current", "Chef Company Name | City , State". Read as written, "State Senior Director …" is
 * the title and "Company Name City" the employer, or the title "Chef" is glued to the employer. A place placeholder
 * becomes a separator, and an employer placeholder is set apart from the words beside it; the line keeps its length,
 * so evidence still quotes the resume. The placeholders are data (`jobs.placeholders` in vocabulary.yaml).
 */
import type { Line } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { LineTokens } from './line-tokens.js';

const separator = '|';
const letter = /\p{L}/u;
const dash = /[-–—]/u;

function setApart(line: Line, taxonomy: CompiledTaxonomy, lineTokens: LineTokens): Line {
  const hits = taxonomy.jobs.placeholders.findAll(line.text, lineTokens(line));
  if (hits.length === 0) return line;
  const placeHits = hits.filter((hit) => hit.value === 'place');
  const employerHits = hits.filter((hit) => hit.value === 'employer');
  const chars = line.text.split('');
  // "City , State" stands where the place would: nothing of a title or an employer.
  for (const { start, end } of placeHits) {
    chars.fill(' ', start, end);
    chars[start] = separator;
  }
  // "Chef Company Name", "Company Name Accountant", "Company Name - Unit Coordinator": the words beside the employer
  // are the title. (A label's colon stays: "Company Name: Accenture" names the employer.)
  for (const { start, end } of employerHits) {
    if (chars[start - 1] === ' ' && letter.test(chars[start - 2] ?? '')) chars[start - 1] = separator;
    if (chars[end] === ' ' && letter.test(chars[end + 1] ?? '')) chars[end] = separator;
    if (chars[end] === ' ' && dash.test(chars[end + 1] ?? '') && chars[end + 2] === ' ') chars[end + 1] = separator;
  }
  return { ...line, text: chars.join('') };
}

/** `lineTokens` gives each line's words, split once per resume. */
export function setApartPlaceholders(lines: readonly Line[], taxonomy: CompiledTaxonomy, lineTokens: LineTokens): Line[] {
  return lines.map((line) => setApart(line, taxonomy, lineTokens));
}
