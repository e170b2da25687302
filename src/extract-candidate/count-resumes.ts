/**
 * How many people's resumes one file holds: recruiters receive PDFs that bundle several applicants, and read as one
 * they credit one person with everyone's jobs and certificates. A file holds several when it repeats both the
 * experience and the education section and gives as many different email addresses and phone numbers. One resume
 * splits its work history ("Teaching Experience", "Other Employment") and its references give others' contacts, but
 * it has one schooling.
 */
import type { SegmentedResume } from '../segment-sections/section-types.js';
import { emailsIn, phoneNumbersIn } from '../text/contact-patterns.js';

/** Sections each resume has once, whose repetition marks another resume. */
const onePerResume = ['experience', 'education'] as const;

export function countResumes(resume: SegmentedResume): number {
  const repeats = Math.min(...onePerResume.map((id) => resume.sections.filter((section) => section.id === id).length));
  if (repeats < 2) return 1;
  const emails = new Set(Array.from(emailsIn(resume.text), (email) => email.text.toLowerCase())).size;
  const phones = new Set(Array.from(phoneNumbersIn(resume.text), (phone) => phone.text.replace(/\D/g, ''))).size;
  return Math.max(1, Math.min(repeats, emails, phones));
}
