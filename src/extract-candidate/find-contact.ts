/**
 * Contact details, kept apart from everything scored so they can be withheld for blind screening. The name is the
 * first header line that reads like a name; email and phone are found by their shape.
 */
import type { SegmentedResume } from '../segment-sections/section-types.js';
import type { Contact } from './candidate-types.js';

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
// International or local numbers: optional +country code, then 9-15 digits with spaces, dots, dashes or brackets.
const phonePattern = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().-]{7,}\d(?![\p{L}\p{N}])/u;
const minPhoneDigits = 9;
const maxPhoneDigits = 15;
// A name: two to four words, each capitalised (or all capitals), letters with inner apostrophes, dots or hyphens.
const namePattern = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*$/u;
/** Lines of the header section searched for a name. */
const nameSearchLines = 3;

export function findContact(resume: SegmentedResume): Contact {
  const header = resume.sections[0]?.id === 'header' ? resume.sections[0].lines : [];
  const name = header.slice(0, nameSearchLines).find((line) => namePattern.test(line.text))?.text ?? null;
  const email = emailPattern.exec(resume.text)?.[0] ?? null;
  const phone =
    [...resume.text.matchAll(new RegExp(phonePattern, 'gu'))]
      .map((m) => m[0].trim())
      .find((candidate) => {
        const digits = candidate.replace(/\D/g, '').length;
        return digits >= minPhoneDigits && digits <= maxPhoneDigits && !/^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/.test(candidate);
      }) ?? null;
  return { name, email, phone };
}
