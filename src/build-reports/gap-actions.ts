/**
 * The sentence telling a job seeker what to do about one gap. Skill and certification advice comes from the
 * taxonomy; these templates only fill in the other kinds.
 */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Role } from '../taxonomy/taxonomy-schema.js';
import type { Requirement } from '../score-roles/match-types.js';
import { noEducationLevelFound } from '../score-roles/score-components.js';
import { languageRequirementId, languagesBelowMinimum, typingRequirementId } from '../score-roles/screening-requirements.js';

/** Job titles named as examples in experience advice. */
const exampleTitles = 2;

/** `country`: where the candidate lives (ISO code), null when unknown or withheld; it words advice, never a score. */
export function actionFor(requirement: Requirement, role: Role, taxonomy: CompiledTaxonomy, country: string | null = null): string {
  switch (requirement.kind) {
    case 'skill':
      return taxonomy.skillsById.get(requirement.id)?.acquire ?? `Learn ${requirement.label}.`;
    case 'certification': {
      const certification = taxonomy.certificationsById.get(requirement.id);
      return certification?.acquire ?? `Earn the ${requirement.label}${certification ? ` (${certification.issuer})` : ''}.`;
    }
    case 'experience': {
      const titles = distinctTitles([role.title, ...role.experience.relevantRoles.flatMap((id) => taxonomy.rolesById.get(id)?.title ?? [])]);
      const such = titles.slice(0, exampleTitles).join(' or ');
      // A role open to beginners is no experience away: telling a fresh graduate to get the job first goes in a circle.
      if (role.experience.minimumMonths === 0) return `None is needed to apply. Each month in roles such as ${such} adds to this score.`;
      return `Build experience in roles such as ${such}.`;
    }
    case 'education': {
      const fields = role.education.preferredFields.flatMap((id) => taxonomy.fieldsById.get(id)?.name ?? []);
      if (requirement.id === 'education-field') {
        return `Employers prefer studies in ${fields.join(', ')}; a certificate course in one of them closes this gap.`;
      }
      const level = taxonomy.levelsById.get(role.education.minimumLevel)?.name ?? role.education.minimumLevel;
      // A resume that lists no schooling says nothing of it: the first step is to list it, not to go back to school.
      if (requirement.detail === noEducationLevelFound) {
        return `List your schooling on your resume, with the highest level you finished and the year: none was found, and the role asks for ${level} or higher.`;
      }
      return `Complete ${level}${fields.length > 0 ? `, preferably in ${fields.join(', ')}` : ''}.`;
    }
    case 'title':
      return `Gain experience under the title ${role.title}.`;
    case 'screening':
      return screeningAction(requirement, role, taxonomy, country);
  }
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function screeningAction(requirement: Requirement, role: Role, taxonomy: CompiledTaxonomy, country: string | null): string {
  const { actions } = taxonomy.source.screening;
  const { typingWordsPerMinute, teamSize, languages } = role.screening;
  if (requirement.id === typingRequirementId) return fill(actions.typingSpeed, { minimum: String(typingWordsPerMinute ?? '') });
  if (requirement.id === 'team-size') return fill(actions.teamSize, { minimum: String(teamSize ?? '') });
  const wanted = languages.find((l) => languageRequirementId(l.language) === requirement.id);
  const language = wanted ? (taxonomy.screening.languageNames.get(wanted.language) ?? wanted.language) : requirement.label;
  // Where the language is most people's first, a native speaker is asked to say so, not sent to a test.
  const firstLanguageHere = country !== null && taxonomy.source.screening.languages.some((l) => l.id === wanted?.language && l.firstLanguageIn.includes(country));
  const level = wanted?.minimumLevel ?? '';
  // "English: intermediate" against fluent English: the level is stated, and it is the level that falls short.
  const stated = languagesBelowMinimum([requirement], role).length > 0 ? /:\s*(.+)$/.exec(requirement.detail ?? '')?.[1] : undefined;
  if (stated !== undefined && actions.languageBelow !== undefined) return fill(actions.languageBelow, { language, level, stated });
  const template = firstLanguageHere && actions.firstLanguage !== undefined ? actions.firstLanguage : actions.language;
  return fill(template, { language, level });
}

/** Titles with none repeating an earlier one: "Collections Agent" after "Collections Agent (Outbound)" adds nothing. */
function distinctTitles(titles: readonly string[]): string[] {
  const kept: string[] = [];
  const plain = (title: string): string => title.toLowerCase().replace(/\s*\([^()]*\)/g, '').trim();
  for (const title of titles) if (!kept.some((k) => plain(k) === plain(title))) kept.push(title);
  return kept;
}
