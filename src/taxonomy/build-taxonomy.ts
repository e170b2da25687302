/**
 * Turns the raw files of one or more taxonomy layers into a validated taxonomy: files are sorted into kinds by their
 * place in the directory, entities of later layers merge into earlier ones by id, then every entity is validated and
 * the whole is checked for cross-references. Pure: no disk, no clock.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { checkCrossReferences } from './check-cross-references.js';
import { isRecord, mergeValue } from './merge-layers.js';
import type { RawTaxonomy } from './read-taxonomy-directory.js';
import { formatPath, type TaxonomyIssue } from './taxonomy-issue.js';
import {
  certificationSchema,
  educationFieldSchema,
  educationLevelSchema,
  manifestSchema,
  occupationTitlesFileSchema,
  postingsFileSchema,
  roleSchema,
  scoringFileSchema,
  screeningFileSchema,
  sectionHeadingSchema,
  skillSchema,
  vocabularyFileSchema,
  type Certification,
  type EducationField,
  type EducationLevel,
  type Manifest,
  type OccupationTitles,
  type Postings,
  type Role,
  type ScoringRules,
  type Screening,
  type SectionHeading,
  type Skill,
  type Vocabulary,
} from './taxonomy-schema.js';

export interface Taxonomy {
  readonly manifest: Manifest;
  /** First 16 hex digits of the SHA-256 of the validated content: changes whenever any rule changes. */
  readonly hash: string;
  readonly roles: readonly Role[];
  readonly skills: readonly Skill[];
  readonly certifications: readonly Certification[];
  readonly education: { readonly levels: readonly EducationLevel[]; readonly fields: readonly EducationField[] };
  readonly sections: readonly SectionHeading[];
  readonly vocabulary: Vocabulary;
  readonly scoring: ScoringRules;
  /** Screening vocabulary: languages, typing, channels, shifts, metrics, team size. */
  readonly screening: Screening;
  /** How job postings are read into role profiles. */
  readonly postings: Postings;
  /** O*NET job titles per role; none when the file is absent. */
  readonly occupationTitles: OccupationTitles;
}

export type BuildResult = { ok: true; taxonomy: Taxonomy } | { ok: false; issues: TaxonomyIssue[] };

/** An entity with the file it (last) came from, so a problem can be reported where it can be fixed. */
interface Located {
  data: unknown;
  file: string;
  path: PropertyKey[];
}

type Collection = 'roles' | 'skills' | 'certifications' | 'levels' | 'fields' | 'sections';
type Singleton = 'manifest' | 'vocabulary' | 'scoring' | 'screening' | 'postings' | 'occupationTitles';

class Collector {
  readonly collections: Record<Collection, Map<string, Located>> = {
    roles: new Map(),
    skills: new Map(),
    certifications: new Map(),
    levels: new Map(),
    fields: new Map(),
    sections: new Map(),
  };
  readonly singletons = new Map<Singleton, Located>();
  readonly issues: TaxonomyIssue[] = [];

  addList(collection: Collection, list: unknown, file: string, key: string): void {
    if (!Array.isArray(list)) {
      this.issues.push({ code: 'invalid_type', path: formatPath(file, [key]), message: `Expected a list under "${key}".` });
      return;
    }
    list.forEach((item, index) => {
      this.addEntity(collection, item, file, [key, index]);
    });
  }

  addEntity(collection: Collection, item: unknown, file: string, path: PropertyKey[]): void {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id !== 'string') {
      this.issues.push({ code: 'missing_id', path: formatPath(file, path), message: 'Every entry needs a string "id".' });
      return;
    }
    const existing = this.collections[collection].get(id);
    const data = existing ? mergeValue(existing.data, item) : item;
    this.collections[collection].set(id, { data, file, path });
  }

  addSingleton(kind: Singleton, data: unknown, file: string): void {
    const existing = this.singletons.get(kind);
    this.singletons.set(kind, { data: existing ? mergeValue(existing.data, data) : data, file, path: [] });
  }
}

function sortFile(collector: Collector, file: string, data: unknown): void {
  const record = isRecord(data) ? data : {};
  if (file.startsWith('roles/')) collector.addEntity('roles', data, file, []);
  else if (file.startsWith('skills/')) collector.addList('skills', record.skills, file, 'skills');
  else if (/^certifications\.(?:ya?ml|json)$/.test(file)) {
    collector.addList('certifications', record.certifications, file, 'certifications');
  } else if (/^education\.(?:ya?ml|json)$/.test(file)) {
    if ('levels' in record) collector.addList('levels', record.levels, file, 'levels');
    if ('fields' in record) collector.addList('fields', record.fields, file, 'fields');
  } else if (/^sections\.(?:ya?ml|json)$/.test(file)) collector.addList('sections', record.sections, file, 'sections');
  else if (/^taxonomy\.(?:ya?ml|json)$/.test(file)) collector.addSingleton('manifest', data, file);
  else if (/^vocabulary\.(?:ya?ml|json)$/.test(file)) collector.addSingleton('vocabulary', data, file);
  else if (/^scoring\.(?:ya?ml|json)$/.test(file)) collector.addSingleton('scoring', data, file);
  else if (/^screening\.(?:ya?ml|json)$/.test(file)) collector.addSingleton('screening', data, file);
  else if (/^postings\.(?:ya?ml|json)$/.test(file)) collector.addSingleton('postings', data, file);
  else if (/^occupation-titles\.(?:ya?ml|json)$/.test(file)) collector.addSingleton('occupationTitles', data, file);
  else {
    collector.issues.push({
      code: 'unknown_file',
      path: file,
      message:
        'Not a taxonomy file: expected roles/*, skills/*, certifications, education, sections, vocabulary, scoring, screening, postings, occupation-titles or taxonomy.',
    });
  }
}

function validate<S extends z.ZodType>(schema: S, located: Located, issues: TaxonomyIssue[]): z.output<S> | null {
  const result = schema.safeParse(located.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ code: issue.code, path: formatPath(located.file, [...located.path, ...issue.path]), message: issue.message });
  }
  return null;
}

/** Validated in layer order (built-in first), so a clash is reported in the file that introduced it. */
function validateAll<S extends z.ZodType>(schema: S, entries: Map<string, Located>, issues: TaxonomyIssue[]): z.output<S>[] {
  const valid: z.output<S>[] = [];
  for (const located of entries.values()) {
    const value = validate(schema, located, issues);
    if (value !== null) valid.push(value);
  }
  return valid;
}

function sortedById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function validateSingleton<S extends z.ZodType>(
  schema: S,
  kind: Singleton,
  collector: Collector,
  issues: TaxonomyIssue[],
): z.output<S> | null {
  const located = collector.singletons.get(kind);
  if (located) return validate(schema, located, issues);
  issues.push({ code: 'missing_file', path: `${kind === 'manifest' ? 'taxonomy' : kind}.yaml`, message: 'This file is required.' });
  return null;
}

const noSource = { name: 'none', licence: 'none', url: 'https://www.onetcenter.org/' };

export function buildTaxonomy(layers: readonly RawTaxonomy[]): BuildResult {
  const collector = new Collector();
  for (const layer of layers) {
    collector.issues.push(...layer.issues);
    for (const { file, data } of layer.files) sortFile(collector, file, data);
  }
  const issues = [...collector.issues];
  const { collections } = collector;
  const roles = validateAll(roleSchema, collections.roles, issues);
  const skills = validateAll(skillSchema, collections.skills, issues);
  const certifications = validateAll(certificationSchema, collections.certifications, issues);
  const levels = validateAll(educationLevelSchema, collections.levels, issues).sort((a, b) => a.rank - b.rank);
  const fields = validateAll(educationFieldSchema, collections.fields, issues);
  const sections = validateAll(sectionHeadingSchema, collections.sections, issues);
  const manifest = validateSingleton(manifestSchema, 'manifest', collector, issues);
  const vocabulary = validateSingleton(vocabularyFileSchema, 'vocabulary', collector, issues);
  const scoring = validateSingleton(scoringFileSchema, 'scoring', collector, issues);
  const screening = validateSingleton(screeningFileSchema, 'screening', collector, issues);
  const postings = validateSingleton(postingsFileSchema, 'postings', collector, issues);
  // Optional: a taxonomy without O*NET titles matches roles by their own titles only.
  const titlesFile = collector.singletons.get('occupationTitles');
  const occupationTitles = titlesFile ? validate(occupationTitlesFileSchema, titlesFile, issues) : { source: noSource, roles: {} };
  if (issues.length > 0 || !manifest || !vocabulary || !scoring || !screening || !postings || !occupationTitles) {
    return { ok: false, issues };
  }

  const content = {
    manifest,
    roles,
    skills,
    certifications,
    education: { levels, fields },
    sections,
    vocabulary,
    scoring,
    screening,
    postings,
    occupationTitles,
  };
  const origins = (collection: Collection, id: string): string => collections[collection].get(id)?.file ?? collection;
  const crossIssues = checkCrossReferences(content, origins);
  if (crossIssues.length > 0) return { ok: false, issues: crossIssues };
  // Sorted by id, so the order files were read in changes neither the output nor the hash.
  const sorted = {
    ...content,
    roles: sortedById(roles),
    skills: sortedById(skills),
    certifications: sortedById(certifications),
    education: { levels, fields: sortedById(fields) },
    sections: sortedById(sections),
  };
  const hash = createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 16);
  return { ok: true, taxonomy: { ...sorted, hash } };
}
