/** Total and role-relevant months of experience, with overlapping jobs counted once. */
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { withoutFalseFriends } from '../text/false-friends.js';
import { memoizeByText } from '../text/memoize-by-text.js';
import type { Token } from '../text/tokenize.js';
import type { Experience, Position, UndatedPosition } from './candidate-types.js';
import { monthIndex } from './parse-date-ranges.js';

/** Months covered by the union of the positions' ranges. */
export function mergedMonths(positions: readonly Position[]): number {
  const intervals = positions.map((p) => [monthIndex(p.start), monthIndex(p.end)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: [number, number] | null = null;
  for (const [start, end] of intervals) {
    if (current && start <= current[1] + 1) current[1] = Math.max(current[1], end);
    else {
      if (current) total += current[1] - current[0] + 1;
      current = [start, end];
    }
  }
  return current ? total + current[1] - current[0] + 1 : total;
}

/** Every title a position's header names: its title, then any second title. */
export function titlesOf(position: Position): string[] {
  return [...(position.title === null ? [] : [position.title]), ...position.otherTitles];
}

/** Titles remembered per taxonomy: extraction and scoring both ask for the roles each position's titles count for. */
const rememberedTitles = 4096;

/** The roles a title counts for by the roles' lists of relevant titles, a title that only looks like one aside. */
const relevantTitleRoles = memoizeByText<CompiledTaxonomy, readonly string[]>(rememberedTitles, (title, taxonomy) =>
  withoutFalseFriends(taxonomy.relevantTitles.findAll(title), title, taxonomy.titleFalseFriends).map((hit) => hit.value),
);

/** The roles whose titles a text names, a title that only looks like one aside; `tokens` when already split. */
export function rolesNamedIn(text: string, taxonomy: CompiledTaxonomy, tokens?: readonly Token[]): string[] {
  return withoutFalseFriends(taxonomy.roleTitles.findAll(text, tokens), text, taxonomy.titleFalseFriends).map((hit) => hit.value);
}

/** The roles a title names or counts for: the role titles and relevant titles in it, false friends aside. */
export function rolesOfTitle(title: string, taxonomy: CompiledTaxonomy): string[] {
  return [...rolesNamedIn(title, taxonomy), ...relevantTitleRoles(title, taxonomy)];
}

/** The roles a position's experience counts for: those its titles name, those that count them, extra titles. */
export function rolesServedBy(position: Position, taxonomy: CompiledTaxonomy): Set<string> {
  const roles = new Set<string>();
  for (const role of position.titleRoles) for (const r of taxonomy.experienceCountsFor.get(role) ?? [role]) roles.add(r);
  for (const title of titlesOf(position)) for (const role of relevantTitleRoles(title, taxonomy)) roles.add(role);
  return roles;
}

/** The roles an undated job's experience counts for, as a dated one's would. */
export function rolesServedByUndated(job: UndatedPosition, taxonomy: CompiledTaxonomy): Set<string> {
  return new Set([...job.titleRoles.flatMap((role) => taxonomy.experienceCountsFor.get(role) ?? [role]), ...relevantTitleRoles(job.title, taxonomy)]);
}

/**
 * Total and relevant months: the dated jobs' ranges merged, plus the durations undated jobs state ("(3 yrs)"), which
 * cannot be placed in time and so are added as they are.
 */
export function sumExperience(positions: readonly Position[], taxonomy: CompiledTaxonomy, undated: readonly UndatedPosition[] = []): Omit<Experience, 'stated'> {
  const byRole = new Map<string, Position[]>();
  for (const position of positions) {
    for (const role of rolesServedBy(position, taxonomy)) byRole.set(role, [...(byRole.get(role) ?? []), position]);
  }
  const stated = new Map<string, number>();
  let statedTotal = 0;
  for (const job of undated) {
    if (job.months === null) continue;
    statedTotal += job.months;
    for (const role of rolesServedByUndated(job, taxonomy)) stated.set(role, (stated.get(role) ?? 0) + job.months);
  }
  const relevantMonths: Record<string, number> = {};
  const roles = [...new Set([...byRole.keys(), ...stated.keys()])].sort((a, b) => a.localeCompare(b));
  for (const role of roles) relevantMonths[role] = mergedMonths(byRole.get(role) ?? []) + (stated.get(role) ?? 0);
  return { totalMonths: mergedMonths(positions) + statedTotal, relevantMonths };
}
