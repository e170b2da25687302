/** Stage 3: from a segmented resume to a candidate: skills, certifications, education, jobs, contact. */
import type { SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { tokenize } from '../text/tokenize.js';
import type { Candidate, YearMonth } from './candidate-types.js';
import { findCertifications } from './find-certifications.js';
import { findContact } from './find-contact.js';
import { findEducation } from './find-education.js';
import { findPositions } from './find-positions.js';
import { findSkills } from './find-skills.js';
import { createEvidenceLocator } from './locate-evidence.js';
import { sumExperience } from './sum-experience.js';

export interface ExtractionContext {
  readonly taxonomy: CompiledTaxonomy;
  /** "Today" for open date ranges ("2019 – Present"). */
  readonly referenceDate: YearMonth;
}

export function extractCandidate(resume: SegmentedResume, context: ExtractionContext): Candidate {
  const { taxonomy, referenceDate } = context;
  const locate = createEvidenceLocator(resume);
  // One tokenisation serves every dictionary.
  const tokens = tokenize(resume.text);
  const certifications = findCertifications(taxonomy.certifications.findAll(resume.text, tokens), taxonomy, locate);
  // A longer skill phrase proves the skills it starts with: "Excel pivot tables" is Excel too.
  const skills = findSkills(taxonomy.skills.findAll(resume.text, tokens, true), certifications, taxonomy, locate);
  const positions = findPositions(resume, taxonomy, referenceDate, locate);
  return {
    contact: findContact(resume),
    sections: resume.sections.map((s) => ({ id: s.id, heading: s.heading })),
    skills,
    certifications,
    education: findEducation(resume, taxonomy, referenceDate, locate),
    positions,
    experience: sumExperience(positions, taxonomy),
  };
}
