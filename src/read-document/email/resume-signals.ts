/**
 * Whether an e-mail's attachment or body is the resume, beside cover letters, certificates and pay slips sent with
 * it: by a name such as "Sai_Kiran_CV.pdf", or by text laid out under a resume's usual headings.
 */

/** "Resume", "Résumé", "Biodata", "Curriculum", or "CV" as a word of its own ("Sai_CV.docx", not "CVS_receipt"). */
const resumeName = /r[eé]sum[eé]|bio-?data|curriculum|(?:^|[^a-z])cv(?:[^a-z]|$)/i;

/** Headings resumes share, each as a line of its own, in lower case. */
const resumeHeadings: ReadonlySet<string> = new Set([
  'experience', 'work experience', 'professional experience', 'relevant experience', 'employment history',
  'work history', 'education', 'educational background', 'educational qualification', 'educational qualifications',
  'academic qualifications', 'qualifications', 'skills', 'key skills', 'technical skills', 'core skills',
  'objective', 'career objective', 'summary', 'professional summary', 'career summary', 'profile',
  'certifications', 'personal details', 'personal information', 'languages', 'references',
]);
/** Distinct resume headings a text needs: one alone turns up in cover letters and job ads. */
const minResumeHeadings = 2;

export function nameSuggestsResume(name: string): boolean {
  return resumeName.test(name);
}

export function textSuggestsResume(text: string): boolean {
  const headings = new Set<string>();
  for (const line of text.split('\n')) {
    // "WORK EXPERIENCE:", "Skills" and "Key  Skills" are one heading each.
    const heading = line.trim().replace(/:$/, '').replace(/\s+/g, ' ').toLowerCase();
    if (resumeHeadings.has(heading)) headings.add(heading);
    if (headings.size >= minResumeHeadings) return true;
  }
  return false;
}
