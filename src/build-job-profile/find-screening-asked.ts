/**
 * What a posting asks of typing speed and languages ("Typing speed of at least 35 WPM", "Excellent English
 * communication skills", "English level B2 or higher"), read with the resume's screening dictionaries: it becomes the profile's screening, scored as
 * a taxonomy role's is. What a line only wishes for ("Conversational Spanish is a plus") asks nothing.
 */
import { readScreening } from '../extract-candidate/extract-candidate.js';
import { segmentSections } from '../segment-sections/group-lines-into-sections.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { RoleScreening } from '../taxonomy/taxonomy-schema.js';
import type { Language, Screening } from '../extract-candidate/candidate-types.js';
import type { PostingLine } from './classify-posting-lines.js';

/** The posting read with the resume's screening dictionaries, once: what it asks of screening and the shifts it names. */
export function readPostingScreening(text: string, taxonomy: CompiledTaxonomy): Screening {
  return readScreening(segmentSections(text, taxonomy), taxonomy);
}

export function screeningAskedFor(read: Screening, lines: readonly PostingLine[], taxonomy: CompiledTaxonomy): RoleScreening {
  // A finding counts when it stands in a line that asks for something: not a heading, not a wish, not a benefit.
  const asked = (offset: number): boolean =>
    lines.some((line) => !line.heading && line.importance !== 'nice-to-have' && offset >= line.start && offset < line.end);
  const typing = read.typingSpeed;
  const wordsPerMinute = typing?.wordsPerMinute ?? null;
  const typingAsked = wordsPerMinute !== null && typing !== null && typing.evidence.some((e) => asked(e.start));
  // A CEFR level asked alone ("English level B2 or higher") asks the proficiency level the taxonomy maps it to.
  const fromCefr = (cefr: Language['cefr']) => taxonomy.source.screening.proficiency.find((p) => cefr !== null && p.cefr.includes(cefr))?.level ?? null;
  // The level is the one the asking lines state: "Excellent English" asks for fluent English, whatever a wish below
  // adds ("Bilingual English/Spanish is a plus" would make it native). Only languages the posting names are read again.
  const askedLanguages = read.languages.length === 0 ? [] : readPostingScreening(askingLines(lines), taxonomy).languages;
  const languages = askedLanguages.flatMap((language) => {
    const level = language.proficiency ?? fromCefr(language.cefr);
    return level !== null ? [{ language: language.id, minimumLevel: level }] : [];
  });
  return { ...(typingAsked ? { typingWordsPerMinute: Math.round(wordsPerMinute) } : {}), languages };
}

/** The lines that ask for something, one per line: no heading, no wish, no benefit. */
function askingLines(lines: readonly PostingLine[]): string {
  return lines.filter((line) => !line.heading && line.importance !== 'nice-to-have').map((line) => line.text).join('\n');
}
