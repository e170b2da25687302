/**
 * Compiles a validated taxonomy into the lookups the stages use: one token-trie matcher per dictionary and indexes
 * by id. Done once per taxonomy, never per resume.
 */
import { TermMatcher, type TermEntry } from '../text/term-matcher.js';
import { normalizePhrase } from '../text/tokenize.js';
import type { Taxonomy } from './build-taxonomy.js';
import { compileDateVocabulary, type DateVocabulary } from './compile-date-vocabulary.js';
import type { Certification, EducationField, EducationLevel, Role, Skill } from './taxonomy-schema.js';

export interface CompiledTaxonomy {
  readonly source: Taxonomy;
  readonly rolesById: ReadonlyMap<string, Role>;
  readonly skillsById: ReadonlyMap<string, Skill>;
  readonly certificationsById: ReadonlyMap<string, Certification>;
  readonly levelsById: ReadonlyMap<string, EducationLevel>;
  readonly fieldsById: ReadonlyMap<string, EducationField>;
  readonly skills: TermMatcher<string>;
  readonly certifications: TermMatcher<string>;
  readonly levels: TermMatcher<string>;
  readonly fields: TermMatcher<string>;
  /** Job titles naming a role (its title and aliases) → role id. */
  readonly roleTitles: TermMatcher<string>;
  /** Further titles that count as relevant experience for a role → role id. */
  readonly relevantTitles: TermMatcher<string>;
  /** Role id → the roles for which experience in it counts (itself included). */
  readonly experienceCountsFor: ReadonlyMap<string, readonly string[]>;
  readonly institutions: TermMatcher<true>;
  /** Normalised heading → section id. */
  readonly headings: ReadonlyMap<string, string>;
  readonly dates: DateVocabulary;
}

interface Named {
  readonly id: string;
  readonly aliases: readonly string[];
}

function entriesOf<T extends Named>(items: readonly T[], name: (item: T) => string): TermEntry<string>[] {
  return items.flatMap((item) => [name(item), ...item.aliases].map((phrase) => ({ phrase, value: item.id })));
}

function byId<T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const { roles, skills, certifications, education, sections, vocabulary } = taxonomy;
  return {
    source: taxonomy,
    rolesById: byId(roles),
    skillsById: byId(skills),
    certificationsById: byId(certifications),
    levelsById: byId(education.levels),
    fieldsById: byId(education.fields),
    skills: new TermMatcher(entriesOf(skills, (s) => s.name)),
    certifications: new TermMatcher(entriesOf(certifications, (c) => c.name)),
    levels: new TermMatcher(entriesOf(education.levels, (l) => l.name)),
    fields: new TermMatcher(entriesOf(education.fields, (f) => f.name)),
    roleTitles: new TermMatcher(entriesOf(roles, (r) => r.title)),
    relevantTitles: new TermMatcher(
      roles.flatMap((role) => role.experience.relevantTitles.map((phrase) => ({ phrase, value: role.id }))),
    ),
    experienceCountsFor: new Map(
      roles.map((role) => [role.id, [role.id, ...roles.filter((r) => r.experience.relevantRoles.includes(role.id)).map((r) => r.id)]]),
    ),
    institutions: new TermMatcher(vocabulary.institutionWords.map((phrase) => ({ phrase, value: true as const }))),
    headings: new Map(sections.flatMap((s) => s.aliases.map((alias) => [normalizePhrase(alias), s.id] as const))),
    dates: compileDateVocabulary(vocabulary),
  };
}
