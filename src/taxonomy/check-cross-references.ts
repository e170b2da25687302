/**
 * Checks what no single file's schema can: every id a file refers to exists, no alias means two things, and career
 * paths only lead onwards (no cycles). Each problem names the file and the path where it can be fixed.
 */
import { normalizePhrase } from '../text/tokenize.js';
import type { Taxonomy } from './build-taxonomy.js';
import { formatPath, type TaxonomyIssue } from './taxonomy-issue.js';

type Content = Omit<Taxonomy, 'hash'>;
type Origin = (collection: 'roles' | 'skills' | 'certifications' | 'levels' | 'fields', id: string) => string;

export function checkCrossReferences(content: Content, origin: Origin): TaxonomyIssue[] {
  const issues: TaxonomyIssue[] = [];
  const known = {
    skill: new Set(content.skills.map((s) => s.id)),
    certification: new Set(content.certifications.map((c) => c.id)),
    role: new Set(content.roles.map((r) => r.id)),
    level: new Set(content.education.levels.map((l) => l.id)),
    field: new Set(content.education.fields.map((f) => f.id)),
    language: new Set(content.screening.languages.map((l) => l.id)),
    band: new Set(content.scoring.bands.map((b) => b.id)),
  };
  const expect = (kind: keyof typeof known, id: string, file: string, path: PropertyKey[]): void => {
    if (!known[kind].has(id)) {
      issues.push({ code: 'unknown_reference', path: formatPath(file, path), message: `No ${kind} has the id "${id}".` });
    }
  };

  content.postings.workDoneInRelatedRoles.forEach((role, i) => expect('role', role, 'postings.yaml', ['workDoneInRelatedRoles', i]));
  const toward = content.postings.studiesUnderWayToward;
  if (toward !== null) expect('level', toward, 'postings.yaml', ['studiesUnderWayToward']);
  for (const roleId of Object.keys(content.occupationTitles.roles)) {
    expect('role', roleId, 'occupation-titles.yaml', ['roles', roleId]);
  }

  for (const role of content.roles) {
    const file = origin('roles', role.id);
    const seen = new Set<string>();
    role.skills.forEach(({ skill, alternatives }, i) => {
      expect('skill', skill, file, ['skills', i, 'skill']);
      alternatives.forEach((other, j) => expect('skill', other, file, ['skills', i, 'alternatives', j]));
      if (seen.has(skill)) {
        issues.push({ code: 'duplicate', path: formatPath(file, ['skills', i]), message: `"${skill}" is listed twice.` });
      }
      seen.add(skill);
    });
    role.certifications.forEach((c, i) => {
      expect('certification', c.certification, file, ['certifications', i]);
      c.alternatives.forEach((other, j) => expect('certification', other, file, ['certifications', i, 'alternatives', j]));
    });
    expect('level', role.education.minimumLevel, file, ['education', 'minimumLevel']);
    role.education.preferredFields.forEach((f, i) => expect('field', f, file, ['education', 'preferredFields', i]));
    role.experience.relevantRoles.forEach((r, i) => expect('role', r, file, ['experience', 'relevantRoles', i]));
    role.screening.languages.forEach((l, i) => expect('language', l.language, file, ['screening', 'languages', i, 'language']));
    role.careerPaths.forEach((path, i) => {
      expect('role', path.role, file, ['careerPaths', i, 'role']);
      path.skills.forEach((s, j) => expect('skill', s, file, ['careerPaths', i, 'skills', j]));
    });
  }
  for (const skill of content.skills) {
    skill.related.forEach((r, i) => expect('skill', r, origin('skills', skill.id), ['related', i]));
    skill.implies.forEach((r, i) => expect('skill', r, origin('skills', skill.id), ['implies', i]));
  }
  for (const cert of content.certifications) {
    cert.skills.forEach((s, i) => expect('skill', s, origin('certifications', cert.id), ['skills', i]));
    cert.covers.forEach((c, i) => expect('certification', c, origin('certifications', cert.id), ['covers', i]));
    if (cert.testsLanguage !== undefined) expect('language', cert.testsLanguage, origin('certifications', cert.id), ['testsLanguage']);
  }
  content.education.levels.forEach(({ entryLevel }, i) => {
    if (entryLevel !== undefined) expect('level', entryLevel, 'education.yaml', ['levels', i, 'entryLevel']);
  });
  if (content.screening.multilingual !== undefined) expect('skill', content.screening.multilingual.skill, 'screening.yaml', ['multilingual', 'skill']);
  if (content.screening.writtenLanguage !== undefined) expect('language', content.screening.writtenLanguage, 'screening.yaml', ['writtenLanguage']);
  if (content.screening.typing.skill !== undefined) expect('skill', content.screening.typing.skill, 'screening.yaml', ['typing', 'skill']);
  if (content.screening.metricsShowing !== undefined) expect('skill', content.screening.metricsShowing.skill, 'screening.yaml', ['metricsShowing', 'skill']);
  content.screening.metrics.forEach(({ skill }, i) => {
    if (skill !== undefined) expect('skill', skill, 'screening.yaml', ['metrics', i, 'skill']);
  });
  content.screening.languages.forEach(({ skill }, i) => {
    if (skill !== undefined) expect('skill', skill, 'screening.yaml', ['languages', i, 'skill']);
  });
  content.vocabulary.titleSkills.forEach(({ skills }, i) =>
    skills.forEach((skill, j) => expect('skill', skill, 'vocabulary.yaml', ['titleSkills', i, 'skills', j])));
  content.vocabulary.skillFalseFriends.forEach(({ skill }, i) => expect('skill', skill, 'vocabulary.yaml', ['skillFalseFriends', i, 'skill']));
  content.vocabulary.levelFalseFriends.forEach(({ level }, i) => expect('level', level, 'vocabulary.yaml', ['levelFalseFriends', i, 'level']));
  content.vocabulary.certificationFalseFriends.forEach(({ certification }, i) =>
    expect('certification', certification, 'vocabulary.yaml', ['certificationFalseFriends', i, 'certification']));
  content.vocabulary.titleFalseFriends.forEach(({ role }, i) => expect('role', role, 'vocabulary.yaml', ['titleFalseFriends', i, 'role']));
  content.vocabulary.employerLinesOfWork.forEach(({ role, instead }, i) => {
    expect('role', role, 'vocabulary.yaml', ['employerLinesOfWork', i, 'role']);
    expect('role', instead, 'vocabulary.yaml', ['employerLinesOfWork', i, 'instead']);
  });
  content.vocabulary.skillAliasContexts.forEach(({ skill }, i) => expect('skill', skill, 'vocabulary.yaml', ['skillAliasContexts', i, 'skill']));

  const cap = content.scoring.missingMustHaveCertificationMaxBand;
  if (cap !== undefined) expect('band', cap, 'scoring.yaml', ['missingMustHaveCertificationMaxBand']);
  const languageCap = content.scoring.missingLanguageMaxBand;
  if (languageCap !== undefined) expect('band', languageCap, 'scoring.yaml', ['missingLanguageMaxBand']);
  const experienceCap = content.scoring.experienceBelowMinimumMaxBand;
  if (experienceCap !== undefined) expect('band', experienceCap, 'scoring.yaml', ['experienceBelowMinimumMaxBand']);

  issues.push(...findAliasCollisions(content, origin), ...findCareerPathCycles(content, origin));
  return issues;
}

interface Named {
  readonly id: string;
  readonly name?: string;
  readonly title?: string;
  readonly aliases: readonly string[];
}

/** Aliases are compared as the matcher sees them (case, punctuation and plurals folded). */
function findAliasCollisions(content: Content, origin: Origin): TaxonomyIssue[] {
  const issues: TaxonomyIssue[] = [];
  const groups: { label: string; items: { collection: Parameters<Origin>[0]; entity: Named }[] }[] = [
    {
      label: 'skills and certifications',
      items: [
        ...content.skills.map((entity) => ({ collection: 'skills' as const, entity })),
        ...content.certifications.map((entity) => ({ collection: 'certifications' as const, entity })),
      ],
    },
    { label: 'roles', items: content.roles.map((entity) => ({ collection: 'roles' as const, entity })) },
    { label: 'education levels', items: content.education.levels.map((entity) => ({ collection: 'levels' as const, entity })) },
    { label: 'education fields', items: content.education.fields.map((entity) => ({ collection: 'fields' as const, entity })) },
  ];
  for (const group of groups) {
    const owners = new Map<string, string>();
    for (const { collection, entity } of group.items) {
      const phrases = [entity.name ?? entity.title ?? entity.id, ...entity.aliases];
      for (const [index, phrase] of phrases.entries()) {
        const key = normalizePhrase(phrase);
        const owner = owners.get(key);
        if (owner !== undefined && owner !== entity.id) {
          issues.push({
            code: 'alias_collision',
            path: formatPath(origin(collection, entity.id), index === 0 ? ['name'] : ['aliases', index - 1]),
            message: `"${phrase}" of "${entity.id}" also names "${owner}" among the ${group.label}.`,
          });
        } else owners.set(key, entity.id);
      }
    }
  }
  return issues;
}

function findCareerPathCycles(content: Content, origin: Origin): TaxonomyIssue[] {
  const next = new Map(content.roles.map((role) => [role.id, role.careerPaths.map((p) => p.role)]));
  const state = new Map<string, 'visiting' | 'done'>();
  const issues: TaxonomyIssue[] = [];
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      issues.push({
        code: 'career_path_cycle',
        path: formatPath(origin('roles', id), ['careerPaths']),
        message: `Career paths go round in a circle: ${cycle.join(' → ')}.`,
      });
      return;
    }
    state.set(id, 'visiting');
    for (const target of next.get(id) ?? []) visit(target, [...trail, id]);
    state.set(id, 'done');
  };
  for (const role of content.roles) visit(role.id, []);
  return issues;
}
