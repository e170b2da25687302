/** Words and numbers as every report writes them: component names, amounts of money, notes on the reading. */
import type { SuccessResult } from '../contracts/result-schema.js';
import type { ComponentId } from '../score-roles/match-types.js';
import { fileBaseName } from './blind-source.js';
import type { SetAsideGap } from './gap-types.js';

export const componentLabels: Record<ComponentId, string> = {
  mustHaveSkills: 'Must-have skills',
  importantSkills: 'Important skills',
  niceToHaveSkills: 'Nice-to-have skills',
  experience: 'Relevant experience',
  education: 'Education',
  certifications: 'Certifications',
  title: 'Job title',
  // What the role screens for besides skills: typing speed, languages, the size of a team led.
  screening: 'Typing, languages and team led',
};

/** "$39,850": whole units, as pay bands are published. */
export function money(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/**
 * Whom a report is about, for its title: the candidate's name, else the file's name without its folders, which would
 * show where the sender keeps resumes. A blind result has no name, and its source is already a blind name
 * (blind-source.ts), so its title gives nothing away either.
 */
export function reportSubject(result: SuccessResult): string {
  const { name } = result.candidate.contact;
  if (name !== null && name.trim().length > 0) return name;
  const base = fileBaseName(result.source);
  return base.length > 0 ? base : result.source;
}

/** How far the reading can be trusted: as a report's sentence, and as a shortlist cell says it in a few words. */
interface ReadingFinding {
  /** None when the report's reader, the candidate, need not be told. */
  readonly note: string | null;
  readonly cell: string;
}

/** What each document flag says; flags not listed say nothing to people. */
const flagFindings: Readonly<Record<string, ReadingFinding>> = {
  low_text: {
    note: 'Little text was found in the file. If the resume holds more, it may be an image or a scan: send a file whose text can be selected.',
    cell: 'little text (a scan?)',
  },
  ocr_used: { note: 'The text was read from an image (OCR): names, dates and numbers may be misread.', cell: 'read from an image (OCR)' },
  truncated: { note: 'The document was longer than rolefit reads: only its beginning was analysed.', cell: 'only its beginning read' },
  extension_mismatch: { note: null, cell: 'file type differs from its name' },
};

/** A PDF longer than --max-pages: the pages after the limit (often annexed certificates) went unread. */
function pagesLeftUnread({ pages, pagesRead }: SuccessResult['document']): ReadingFinding {
  const counts = `the first ${pagesRead ?? '?'} of ${pages ?? '?'} pages`;
  return {
    note: `Only ${counts} were read (the --max-pages limit): anything after them, such as annexed certificates, was not analysed.`,
    cell: `only ${counts} read (--max-pages)`,
  };
}

/**
 * A resume of keywords: this many skills or more, and this share of them shown only in a skills list. Of the 1,540
 * livecareer resumes one in 1,540 is so; a recruiter's keyword-stuffed test resume listed 49 of 49.
 */
const listedSkillsMin = 12;
const listedSkillsShare = 0.8;

/** Formats a scan comes in: little text in a text or Word file is a short resume, not an image. */
const scannable: ReadonlySet<string> = new Set(['pdf', 'image']);

const shortText: ReadingFinding = {
  note: 'Little text was found in the file: a resume this short may not show what the roles ask for.',
  cell: 'little text',
};

const notAResume: ReadingFinding = {
  note: 'This file does not read as a resume: it has no headings, contact details, dated jobs or education. Check that it is the file meant to be sent.',
  cell: 'not a resume?',
};

/** No part a resume has: a memo, a letter or a posting sent by mistake. Every resume read so far has one of them. */
function readsAsNoResume(candidate: SuccessResult['candidate']): boolean {
  const { sections, contact, positions, education } = candidate;
  return sections.every((s) => s.heading === null) && contact.email === null && contact.phone === null && positions.length === 0 && education.entries.length === 0;
}

/** No resume at all, another language, several people in one file, then the document's flags. */
function readingFindings(result: SuccessResult): ReadingFinding[] {
  const { readsAsEnglish, resumesInFile, skills, skillsOnlyListed } = result.candidate;
  const kind: ReadingFinding[] = readsAsNoResume(result.candidate) ? [notAResume] : [];
  const language: ReadingFinding[] = readsAsEnglish ? [] : [{
    note: 'This resume seems not to be in English. rolefit reads English resumes, so these scores say little about it: an English version would be read in full.',
    cell: 'not in English',
  }];
  const people: ReadingFinding[] = resumesInFile > 1 ? [{
    note: `This file seems to hold ${resumesInFile} people's resumes, which were read as one person's: split it and send each resume as a file of its own.`,
    cell: `${resumesInFile} resumes in one file`,
  }] : [];
  const listed: ReadingFinding[] = skills.length >= listedSkillsMin && skillsOnlyListed / skills.length >= listedSkillsShare ? [{
    note: `${skillsOnlyListed} of its ${skills.length} skills appear only in a list of skills, in no job or sentence: the scores take them at their word, so check them in an interview.`,
    cell: `skills only listed (${skillsOnlyListed} of ${skills.length})`,
  }] : [];
  const { flags, format } = result.document;
  return [...kind, ...language, ...people, ...listed, ...flags.flatMap((flag) => {
    if (flag === 'pages_truncated') return pagesLeftUnread(result.document);
    // A one-page PDF whose little text was read from its text layer is a short resume; scanned pages hide in longer ones.
    const mayBeScanned = format === 'image' || (scannable.has(format) && (result.document.pages ?? 1) > 1);
    return flag === 'low_text' && !mayBeScanned ? shortText : (flagFindings[flag] ?? []);
  })];
}

/** Notes for the top of a report: a resume in another language, several in one file, too little text, a scan. */
export function readingNotes(result: SuccessResult): string[] {
  return readingFindings(result).flatMap((finding) => finding.note ?? []);
}

/** The same findings for a shortlist cell, for recruiters sorting a sheet. */
export function shortlistNotes(result: SuccessResult): string[] {
  return readingFindings(result).map((finding) => finding.cell);
}

/**
 * The set-aside gaps in two lists with their headings: those another gap's advice covers ("Covered above:"), and
 * those not suggested at all ("Not suggested:"). A gap covered above is still a gap: calling it "not suggested" beside
 * readiness naming it missing reads as a contradiction.
 */
export function setAsideGroups(gaps: readonly SetAsideGap[]): { heading: string; gaps: SetAsideGap[] }[] {
  const covered = gaps.filter((gap) => gap.reason === 'covered_by_requirement');
  const others = gaps.filter((gap) => gap.reason !== 'covered_by_requirement');
  return [
    { heading: 'Covered by the advice above', gaps: covered },
    { heading: 'Not suggested', gaps: others },
  ].filter((group) => group.gaps.length > 0);
}

/** Why a gap is left out of the advice, after its label: "offered in the Philippines only". */
export function setAsideWording(gap: SetAsideGap): string {
  switch (gap.reason) {
    case 'not_offered_in_country':
      return `offered in ${gap.because} only`;
    case 'covered_by_requirement':
      return `part of “${gap.because}”`;
    case 'not_used_in_country':
      return `used in ${gap.because} only`;
    case 'requirement_met':
      return `“${gap.because}” is already met`;
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
  if (bandCountries.length === 0 || (country !== null && bandCountries.includes(country))) return null;
  const bands = bandCountries.map(countryName).join(' and ');
  // Blind screening withholds the country: the caveat still stands, for wherever the candidate lives.
  if (country === null) return `These are figures for ${bands}: pay elsewhere differs, so check a salary survey where you live.`;
  return `These are figures for ${bands}: pay where you live (${countryName(country)}) differs, so check a local salary survey.`;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "India" for IN, "the United States" for US: a code reads as a word ("pay where you live (IN)"). */
function countryName(code: string): string {
  const name = regionNames.of(code) ?? code;
  return /^United |Philippines|Netherlands/.test(name) ? `the ${name}` : name;
}

/**
 * How to read the report, in plain words, before any number: what a score, a fit and readiness mean. A job seeker
 * reading "62 · good" and "Ready with training" has no other key.
 */
export const readingKey: readonly string[] = [
  'Score: how much of what the role asks your resume shows, from 0 to 100, each requirement weighted as the role weighs it.',
  'Fit: strong, good, possible or weak, by the score; a requirement a role cannot do without (a language it works in, its minimum experience) may hold the fit lower.',
  'Readiness: ready now (you could apply today), ready with training (a course or some practice closes the gap), or a longer path (experience or schooling still to gain).',
];

/** The words before the reasons a role is not ready now. */
export const readinessReasonsLead = 'What stands in the way';

/** Said of a role the resume says the candidate seeks ("Seeking a Team Leader position"), wherever it ranks. */
export const soughtRoleNote = 'The role your resume says you are seeking.';
