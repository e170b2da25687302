/** Stage 3: from a segmented resume to a candidate: skills, certifications, education, jobs, contact, screening. */
import { sectionSpan } from '../segment-sections/section-span.js';
import type { SegmentedResume } from '../segment-sections/section-types.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { withoutFalseFriends } from '../text/false-friends.js';
import { normalizePhrase, tokenize } from '../text/tokenize.js';
import type { Candidate, Screening, UndatedPosition, YearMonth } from './candidate-types.js';
import { findCertifications } from './find-certifications.js';
import { withMultilingualSkill } from './add-multilingual-skill.js';
import { withScreenedSkills } from './add-screened-skills.js';
import { withTitleSkills } from './add-title-skills.js';
import { countResumes } from './count-resumes.js';
import { dropAspiredSkills } from './drop-aspired-skills.js';
import { hitsOutside } from './hits-outside.js';
import { dropCertificationsNotHeld, itemsNotHeld } from './drop-certifications-not-held.js';
import { dropPluralCertificationNames } from './drop-plural-certification-names.js';
import { dropDeniedSkills } from './drop-denied-skills.js';
import { dropSkillsNamingBuiltSoftware } from './drop-skills-naming-built-software.js';
import { dropSkillsInEmployerNames } from './drop-skills-in-employer-names.js';
import { findContact } from './find-contact.js';
import { withDutySkills } from './find-duty-skills.js';
import { findEducation } from './find-education.js';
import { findPositions } from './find-positions.js';
import { findRolesSought } from './find-roles-sought.js';
import { findScreening } from './find-screening.js';
import { findSkillHits, findSkills } from './find-skills.js';
import { findStatedExperience } from './find-stated-experience.js';
import { keepAmbiguousAliasesInContext } from './keep-ambiguous-aliases-in-context.js';
import { lineTokensOf } from './line-tokens.js';
import { readsAsEnglish } from './reads-as-english.js';
import { createEvidenceLocator, createLineIndex } from './locate-evidence.js';
import { sumExperience } from './sum-experience.js';

export interface ExtractionContext {
  readonly taxonomy: CompiledTaxonomy;
  /** "Today" for open date ranges ("2019 – Present"). */
  readonly referenceDate: YearMonth;
}

/** The screening facts alone, for a text that is no resume: what a job posting asks of typing and languages. */
export function readScreening(resume: SegmentedResume, taxonomy: CompiledTaxonomy): Screening {
  const lines = createLineIndex(resume);
  return findScreening(resume, taxonomy, tokenize(resume.text), lines, createEvidenceLocator(resume, lines));
}

/** The spans of sections whose heading says they are under way: "TRAINING (ONGOING)", "Certifications in progress". */
function sectionsUnderWay(resume: SegmentedResume, taxonomy: CompiledTaxonomy): { start: number; end: number }[] {
  return resume.sections.flatMap((section) => {
    const span = sectionSpan(section);
    return span === null || section.heading === null || taxonomy.certificationNotHeld.findAll(section.heading).length === 0 ? [] : [span];
  });
}

export function extractCandidate(resume: SegmentedResume, context: ExtractionContext): Candidate {
  const { taxonomy, referenceDate } = context;
  const lines = createLineIndex(resume);
  const locate = createEvidenceLocator(resume, lines);
  // One tokenisation serves every dictionary, and the lines read one by one.
  const tokens = tokenize(resume.text);
  const lineTokens = lineTokensOf(resume.text, tokens);
  // Headings name sections, not what the candidate has: "COMPUTER SKILLS" is no claim of computer literacy. Nor do
  // the titles of papers and talks: "Spreadsheet Models of Call Centre Staffing" claims no Excel.
  // Nor does a name: "Excel Bautista" and "Patience Okafor" are people, not a spreadsheet or a virtue.
  const { contact, nameSpan } = findContact(resume, taxonomy);
  const inContent = <T extends { start: number }>(hits: readonly T[]): T[] =>
    hits.filter((hit) => {
      const located = lines.at(hit.start);
      const inName = nameSpan !== null && nameSpan.start <= hit.start && hit.start < nameSpan.end;
      return located !== null && hit.start < located.line.end && !inName && !taxonomy.sectionsNamingWorks.has(located.section);
    });
  const namedCertifications = withoutFalseFriends(inContent(taxonomy.certifications.findAll(resume.text, tokens)), resume.text, taxonomy.certificationFalseFriends);
  const heldCertifications = dropPluralCertificationNames(namedCertifications, resume.text, tokens, taxonomy);
  // Under a heading that says its part is under way or no longer held ("Certifications (expired)"), none is held.
  const sectionsNotHeld = sectionsUnderWay(resume, taxonomy);
  const certificationHits = hitsOutside(dropCertificationsNotHeld(heldCertifications, resume.text, lines, taxonomy), sectionsNotHeld);
  const certifications = findCertifications(certificationHits, taxonomy, locate);
  const named = withoutFalseFriends(inContent(findSkillHits(resume.text, tokens, taxonomy)), resume.text, taxonomy.skillFalseFriends);
  const inContext = keepAmbiguousAliasesInContext(named, lines, taxonomy);
  // A skill named with a certification still under way ("Six Sigma Yellow Belt – in progress", "AAPC CPB — in progress
  // (learning ICD-10-CM and CPT)") is no more held than it, nor one under a heading that says its part is under way
  // ("TRAINING (ONGOING)").
  const underWay = [...itemsNotHeld(heldCertifications, certificationHits, resume.text, lines, taxonomy), ...sectionsNotHeld];
  const notUnderWay = underWay.length === 0 ? inContext : hitsOutside(inContext, underWay);
  const claimed = dropAspiredSkills(dropDeniedSkills(notUnderWay, resume.text, tokens, lines, taxonomy), resume.text, tokens, lines, taxonomy);
  const found = findPositions(resume, taxonomy, referenceDate, locate, lineTokens);
  const { positions: jobs } = found;
  // A job read from a skills list ("Spreadsheet Models for Call Centre Staffing, …, 2016 - 2017") names its skills.
  const employers = [...jobs, ...found.undated].filter((job) => !taxonomy.sectionsListingSkills.has(job.evidence.section)).map((job) => job.employer);
  const skillHits = dropSkillsInEmployerNames(dropSkillsNamingBuiltSoftware(claimed, resume.text, tokens, lines, taxonomy), employers, resume.text);
  const skills = findSkills(skillHits, certifications, taxonomy, locate);
  // A name ending in a title's word ("Jake Trainer") is no headline of a job held.
  const { name } = contact;
  // Nor is the name beside a headline an employer: "Priya Shah — SaaS Support Engineer".
  const undated = name === null ? found.undated : found.undated.filter((job) => !job.title.includes(name)).map((job) => withoutNameAsEmployer(job, name));
  const screening = findScreening(resume, taxonomy, tokens, lines, locate);
  const allSkills = withTitleSkills(withScreenedSkills(withMultilingualSkill(skills, screening, taxonomy), screening, taxonomy), [...jobs, ...undated], taxonomy);
  const positions = withDutySkills(jobs, allSkills, resume);
  return {
    contact,
    sections: resume.sections.map((s) => ({ id: s.id, heading: s.heading })),
    skills: allSkills,
    certifications,
    education: findEducation(resume, taxonomy, referenceDate, locate, lineTokens),
    positions,
    undatedPositions: undated,
    experience: { ...sumExperience(positions, taxonomy, undated), stated: findStatedExperience(resume, taxonomy, locate) },
    screening,
    rolesSought: findRolesSought(resume, tokens, lines, taxonomy),
    readsAsEnglish: readsAsEnglish(resume.text, tokens, taxonomy.functionWords),
    resumesInFile: countResumes(resume),
    skillsOnlyListed: allSkills.filter((skill) => skill.evidence.every((e) => taxonomy.sectionsListingSkills.has(e.section))).length,
  };
}

/** The job without its employer when that is the candidate's name, which a headline's line puts beside the title. */
function withoutNameAsEmployer(job: UndatedPosition, name: string): UndatedPosition {
  return job.employer !== null && normalizePhrase(job.employer) === normalizePhrase(name) ? { ...job, employer: null } : job;
}
