/** Words and numbers as every report writes them: component names, amounts of money, notes on the reading. */
import type { SuccessResult } from '../contracts/result-schema.js';
import type { ComponentId } from '../score-roles/match-types.js';
import type { SetAsideGap } from './gap-types.js';

export const componentLabels: Record<ComponentId, string> = {
  mustHaveSkills: 'Must-have skills',
  importantSkills: 'Important skills',
  niceToHaveSkills: 'Nice-to-have skills',
  experience: 'Relevant experience',
  education: 'Education',
  certifications: 'Certifications',
  title: 'Job title',
  screening: 'Role screening',
};

/** "$39,850": whole units, as pay bands are published. */
export function money(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** What a person should know about how far the reading can be trusted, by the document's flags. */
const flagNotes: Readonly<Record<string, string>> = {
  low_text: 'Little text was found in the file. If the resume holds more, it may be an image or a scan: send a file whose text can be selected.',
  ocr_used: 'The text was read from an image (OCR): names, dates and numbers may be misread.',
  truncated: 'The document was longer than rolefit reads: only its beginning was analysed.',
};

/** Notes for the top of a report: a resume in another language, too little text, text read from an image. */
export function readingNotes(result: SuccessResult): string[] {
  const { readsAsEnglish, resumesInFile } = result.candidate;
  const notes = readsAsEnglish
    ? []
    : ['This resume seems not to be in English. rolefit reads English resumes, so these scores say little about it: an English version would be read in full.'];
  if (resumesInFile > 1) {
    notes.push(`This file seems to hold ${resumesInFile} people's resumes, which were read as one person's: split it and send each resume as a file of its own.`);
  }
  return [...notes, ...result.document.flags.flatMap((flag) => flagNotes[flag] ?? [])];
}

/** Why a gap is left out of the advice, after its label: "offered in the Philippines only". */
export function setAsideWording(gap: SetAsideGap): string {
  switch (gap.reason) {
    case 'not_offered_in_country':
      return `offered in ${gap.because} only`;
    case 'covered_by_requirement':
      return `part of “${gap.because}”`;
    case 'language_shown':
      return `your resume already shows ${gap.because}`;
  }
}

/**
 * Said after the pay bands when the candidate lives in a country none of them is for: a job seeker in Manila must not
 * take a US median for their own.
 */
export function payElsewhereNote(result: SuccessResult, bandCountries: readonly string[]): string | null {
  const { country } = result.candidate.contact;
  if (country === null || bandCountries.length === 0 || bandCountries.includes(country)) return null;
  return `These are ${bandCountries.join(' and ')} figures: pay where you live (${country}) differs, so check a local salary survey.`;
}

/** The reading notes as a shortlist cell says them: a few words each, for recruiters sorting a sheet. */
const flagCells: Readonly<Record<string, string>> = {
  low_text: 'little text (a scan?)',
  ocr_used: 'read from an image (OCR)',
  truncated: 'only its beginning read',
  extension_mismatch: 'file type differs from its name',
};

export function shortlistNotes(result: SuccessResult): string[] {
  const { readsAsEnglish, resumesInFile } = result.candidate;
  return [
    ...(readsAsEnglish ? [] : ['not in English']),
    ...(resumesInFile > 1 ? [`${resumesInFile} resumes in one file`] : []),
    ...result.document.flags.flatMap((flag) => flagCells[flag] ?? []),
  ];
}
