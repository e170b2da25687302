/**
 * A role profile from a job posting, read with the same dictionaries as resumes: the skills and certifications it
 * names (must-have, important or nice-to-have by where and how it names them), the experience it asks for, the lowest
 * education level it accepts, the typing speed and language levels it asks for, and its title. What a posting cannot
 * say (its occupation codes, pay band and career paths) comes from the taxonomy role it is closest to, by title
 * first, else by shared skills.
 */
import { RolefitError } from '../errors.js';
import { findSkillHits } from '../extract-candidate/find-skills.js';
import { levelHits } from '../extract-candidate/level-hits.js';
import { namesOnlyPlaces } from '../extract-candidate/names-only-places.js';
import type { CompiledTaxonomy, PostingRules } from '../taxonomy/compile-taxonomy.js';
import { roleSchema, type EducationLevel, type Importance, type Role } from '../taxonomy/taxonomy-schema.js';
import { normalizePhrase, tokenize } from '../text/tokenize.js';
import type { TermHit } from '../text/term-matcher.js';
import { withoutFalseFriends } from '../text/false-friends.js';
import { classifyPostingLines, type PostingLine } from './classify-posting-lines.js';
import { findRequiredExperiences, namesExperienceFigure } from './find-required-experience.js';
import { readPostingScreening, screeningAskedFor } from './find-screening-asked.js';
import { quoted, uncheckedAsks } from './find-unchecked-asks.js';
import { rolesNamedIn } from '../extract-candidate/sum-experience.js';

export interface JobPosting {
  readonly text: string;
  /** Where the posting came from (a file name), used as its title when the text names none. */
  readonly name: string;
}

/** Ids of profiles built from postings start with this, so they never clash with the taxonomy's own roles. */
export const jobProfilePrefix = 'job-';
const rank: Record<Importance, number> = { 'must-have': 3, important: 2, 'nice-to-have': 1 };
/** Longest id part taken from a posting's title. */
const maxSlugChars = 48;

function stronger(a: Importance | undefined, b: Importance): Importance {
  return a === undefined || rank[b] > rank[a] ? b : a;
}

/** One step less than an importance: what examples of a requirement are asked at. */
const lessThan: Record<Importance, Importance> = { 'must-have': 'important', important: 'nice-to-have', 'nice-to-have': 'nice-to-have' };

/** Whether the words from a named thing's end to another's start open a bracket after it, not yet closed. */
function inBracketAfter(text: string, from: number, to: number): boolean {
  return /^\s*[([][^()[\]]*$/u.test(text.slice(from, to));
}

interface Named<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
}

/** What a posting's lines name: each at its strongest importance, and the alternatives named after each. */
interface NamedInPosting<T extends string> {
  readonly importance: Map<T, Importance>;
  /** "Zendesk or Salesforce": Zendesk → [Salesforce]. */
  readonly alternatives: Map<T, T[]>;
}

/**
 * Whether the words between two things named close a list of alternatives the first starts, through items that name
 * nothing the dictionary knows: in "healthcare collections, patient accounts or medical billing experience" medical
 * billing is asked as an alternative of collections.
 */
function closesListAfter(gap: string, alternative: RegExp): boolean {
  if (gap.length > maxListGapChars) return false;
  for (const space of gap.matchAll(/\s+/gu)) {
    if (/^\s*,[^;:()[\]]*\p{L}[^;:()[\]]*$/u.test(gap.slice(0, space.index)) && alternative.test(gap.slice(space.index))) return true;
  }
  return false;
}

/** Characters of unnamed items a list of alternatives may run through: a few words, not a paragraph. */
const maxListGapChars = 60;

/**
 * What the lines name, each at the strongest importance any line gives it, less what a line rules out ("CPC-A not
 * considered"). What is named as another's alternative ("Zendesk or Freshdesk", "Zendesk (or Freshdesk)") is only
 * nice to have in itself, and meets the first's requirement in its place: the posting asks for one of them. So is each
 * item of a list a joiner closes ("Zendesk, Freshdesk or Gorgias"): the first item is asked, the rest are its alternatives.
 */
function namedIn<T extends string>(
  lines: readonly PostingLine[],
  find: (text: string) => readonly Named<T>[],
  alternative: RegExp,
  exclusion: RegExp | null,
): NamedInPosting<T> {
  const found = new Map<T, Importance>();
  const alternatives = new Map<T, T[]>();
  const addAlternative = (of: T, value: T): void => {
    if (of !== value) alternatives.set(of, [...new Set([...(alternatives.get(of) ?? []), value])]);
  };
  for (const line of lines) {
    if (line.heading) continue;
    /** What the line names, each as asked in its place: an alternative's importance is settled when its list ends. */
    const weighed: { value: T; importance: Importance }[] = [];
    let previous: Named<T> | undefined;
    /** The first of a run of alternatives ("Zendesk or Freshdesk or Gorgias"). */
    let first: Named<T> | undefined;
    /** What follows the first after a comma: its alternatives if a joiner closes the list ("A, B or C"), else asked. */
    let listed: { value: T; importance: Importance }[] = [];
    /** The last thing named outside a bracket: what a bracket after it gives examples of ("Advanced Excel (VLOOKUP, pivots)"). */
    let head: Named<T> | undefined;
    for (const hit of find(line.text)) {
      // "CPC-A not considered": named to be ruled out.
      if (exclusion?.test(line.text.slice(hit.end)) === true) continue;
      // "Verint" within "Verint WFM", "CRM" within "CRM software": one mention, already weighed as what it is (an
      // alternative, here), and what follows it is read after the longer.
      if (previous !== undefined && hit.start < previous.end && hit.value === previous.value) {
        if (hit.end > previous.end) previous = hit;
        continue;
      }
      const gap = previous === undefined ? '' : line.text.slice(previous.end, hit.start);
      const joined = previous !== undefined && alternative.test(gap);
      // "Excel, Zendesk (or Freshdesk)": a joiner in a bracket after an item of a list speaks of that item only.
      const ofPrevious = joined && gap.includes('(') && listed.at(-1)?.value === previous?.value;
      const isAlternative = joined || (previous !== undefined && closesListAfter(gap, alternative));
      // Examples of a requirement are asked, but less than it: missing pivot tables costs less than missing Excel.
      const isExample = head !== undefined && hit.value !== head.value && inBracketAfter(line.text, head.end, hit.start);
      if (!isExample) head = hit;
      const asked = { value: hit.value, importance: isAlternative ? 'nice-to-have' as const : isExample ? lessThan[line.importance] : line.importance };
      weighed.push(asked);
      if (isAlternative && ofPrevious && previous !== undefined) {
        // The list, if any, ended before the thing the bracket speaks of, which is asked in full.
        addAlternative(previous.value, hit.value);
        first = previous;
        listed = [];
      } else if (isAlternative && first !== undefined) {
        // "A, B or C": B too is only one of the alternatives A starts.
        for (const item of [...listed, asked]) {
          item.importance = 'nice-to-have';
          addAlternative(first.value, item.value);
        }
        listed = [];
      } else if (!isAlternative && !isExample && first !== undefined && /^\s*,\s*$/u.test(gap)) {
        listed.push(asked);
      } else if (!isAlternative) {
        first = hit;
        listed = [];
      }
      previous = hit;
    }
    for (const { value, importance } of weighed) found.set(value, stronger(found.get(value), importance));
  }
  return { importance: found, alternatives };
}

/** Words after an unlabelled pay word its figure may stand in ("CTC up to 7 LPA"). */
const payFigureWords = 4;

/** Characters of a pay line kept: a figure and its terms, not a paragraph of benefits. */
const maxPayChars = 120;

/**
 * A labelled value up to where the next label opens its own sentence or part: "$16 - $18/hr + bonus. Shifts: 9 AM -
 * 6 PM" is paid "$16 - $18/hr + bonus", and "PHP 20,000 | Location: Pasig" "PHP 20,000".
 */
function ownPart(value: string): string {
  const next = /(?:[.;!?]|\s[|｜])\s+\p{L}[^:：.;|]{0,29}[:：]/u.exec(value);
  return next === null ? value : value.slice(0, next.index).trim();
}

/**
 * The value of the first line labelled as pay that holds a figure ("Salary: PHP 20,000 - 25,000 monthly"), else the
 * first pay word a figure follows within its bracket or clause ("Competitive salary (CTC up to 7 LPA) and bonus" →
 * "CTC up to 7 LPA"), or null.
 */
function postedPay(text: string, labels: ReadonlySet<string>, experienceWords: PostingRules['experienceWords']): string | null {
  const lines = text.split('\n');
  for (const line of lines) {
    const labelled = /^\s*(?:[-•*]\s*)?([^:：]{2,30})[:：]\s*(.+)$/u.exec(line);
    const [label, value] = [labelled?.[1], labelled?.[2]?.trim()];
    if (label !== undefined && value !== undefined && /\d/.test(value) && labels.has(normalizePhrase(label))) return ownPart(value).slice(0, maxPayChars);
  }
  for (const line of lines) {
    // "and" after a word: a run of spaces is not tried for it at each of its places (which took time in its square).
    for (const clause of line.split(/[()[\];]|(?<=\S)\s+and\s+/u)) {
      const words = clause.trim().split(/\s+/);
      const at = words.findIndex((_, index) => labels.has(normalizePhrase(words.slice(index, index + 2).join(' '))) || labels.has(normalizePhrase(words[index] ?? '')));
      const stated = at < 0 ? '' : words.slice(at).join(' ');
      // The figure comes soon after the pay word, and is no experience: "salary negotiable for 3 years of experience".
      const figureSoon = words.slice(at, at + payFigureWords).some((word) => /\d/.test(word));
      if (at >= 0 && figureSoon && experienceWords.findAll(stated).length === 0) return stated.slice(0, maxPayChars);
    }
  }
  return null;
}

/**
 * The skills a posting's line names, false friends aside, but for the fields of study of a line that asks for a degree: "Degree in
 * Mathematics, Statistics or related field" asks for studies, not for statistical analysis.
 */
/**
 * The hits no longer hit of another value holds. Only the hits that start within the longest hit's length before one
 * can hold it, so a long posting is read in time in proportion to its hits, not to their square.
 */
function withoutHitsInsideLonger(found: readonly TermHit<string>[]): TermHit<string>[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const longest = sorted.reduce((most, hit) => Math.max(most, hit.end - hit.start), 0);
  const inside = new Set<TermHit<string>>();
  sorted.forEach((hit, index) => {
    for (let j = index - 1; j >= 0; j -= 1) {
      const other = sorted[j];
      if (other === undefined || other.start < hit.start - longest) break;
      if (other.value !== hit.value && hit.end <= other.end && other.end - other.start > hit.end - hit.start) {
        inside.add(hit);
        break;
      }
    }
  });
  return found.filter((hit) => !inside.has(hit));
}

function skillsOutsideFields(text: string, taxonomy: CompiledTaxonomy): readonly TermHit<string>[] {
  // As in a resume, a false friend names no skill: "Location: Hitech City" asks for no HITECH Act compliance.
  // A skill named inside a longer one is asked as the longer: "SAP FICO or Oracle EBS" asks for SAP FICO (or Oracle),
  // not for SAP besides, which an Oracle user would then lack.
  const found = withoutFalseFriends(findSkillHits(text, tokenize(text), taxonomy), text, taxonomy.skillFalseFriends);
  const hits = withoutHitsInsideLonger(found);
  if (hits.length === 0 || levelHits(text, taxonomy).length === 0) return hits;
  const fields = taxonomy.fields.findAll(text);
  return hits.filter((hit) => !fields.some((field) => hit.start < field.end && field.start < hit.end));
}

/**
 * The clause a figure of experience opens: "2 years of experience as a Team Leader in a BPO / call center". A figure
 * repeated in digits in brackets ("two (2) years") opens no new clause.
 */
function titleClause({ text, sentence }: { readonly text: string; readonly sentence: string }): string {
  const from = Math.max(0, sentence.indexOf(text));
  return sentence.slice(from).split(/[,;]|\((?!\s*\d+\s*\))/)[0] ?? '';
}

/**
 * The roles the experience asked for is in: a title in the figure's own clause first ("2 yrs as TL in collections"
 * asks for time as a team leader, collections only qualifying it), else the roles whose defining skills the sentence
 * names ("3-5 years of collections experience, including 1 year as a team leader" → the collections agent).
 */
function rolesOfWork(experience: { readonly text: string; readonly sentence: string }, taxonomy: CompiledTaxonomy): string[] {
  const { sentence } = experience;
  const titled = titledRoles(experience, taxonomy);
  if (titled.length > 0) return titled;
  // "Experience leading a team of 10": the work names the role.
  const work = taxonomy.postings.experienceOfWork.findAll(sentence).map((hit) => hit.value);
  if (work.length > 0) return [...new Set(work)];
  // "3 years of collections experience": a collector's months. Some work is done in other roles' jobs too ("1 year of
  // BPO customer service experience": a collections agent's calls are customer service): those count the roles the
  // role itself counts.
  const hits = findSkillHits(sentence, tokenize(sentence), taxonomy);
  const defined = hits.flatMap((hit) => taxonomy.rolesDefinedBy.get(hit.value) ?? []);
  const { workDoneInRelatedRoles } = taxonomy.postings;
  return [...new Set(defined.flatMap((id) => [id, ...(workDoneInRelatedRoles.has(id) ? (taxonomy.rolesById.get(id)?.experience.relevantRoles ?? []) : [])]))];
}

/** The roles a title in the figure's own clause names ("2 yrs as TL in collections"); empty when it names none. */
function titledRoles(experience: { readonly text: string; readonly sentence: string }, taxonomy: CompiledTaxonomy): string[] {
  return [...new Set(rolesNamedIn(titleClause(experience), taxonomy))];
}

/**
 * The posting's title, and the title without what describes the opening after a dash or in brackets: "Team Leader -
 * Customer Operations (Voice)" is held by a "Team Leader", "Chat Support Executive (Work From Home)" by a "Chat
 * Support Executive".
 */
function titleAliases(title: string): string[] {
  const short = title.replace(/\s*\([^()]*\)/gu, '').split(/\s+[-–—|]\s+/u)[0]?.trim() ?? '';
  return short.length > 0 && short !== title ? [title, short] : [title];
}

/**
 * The title without the place a posting appends to it ("Workforce Management Analyst – Nairobi", "… - Hyderabad"):
 * the place is no part of the job a candidate's title is compared with.
 */
function withoutPlace(title: string, taxonomy: CompiledTaxonomy): string {
  // Parts alternate with their separators: places are dropped from the end, the first part always kept.
  const parts = title.split(/(\s+[-–—|]\s+|\s*,\s*)/);
  // A place may name its district in brackets: "Nairobi (Westlands)", "Johannesburg (Rosebank)".
  while (parts.length > 2 && namesOnlyPlaces((parts.at(-1) ?? '').replace(/\s*\([^()]*\)/gu, ''), taxonomy)) parts.splice(-2, 2);
  return parts.join('').trim();
}

function titleOf(lines: readonly PostingLine[], labels: readonly string[], fallback: string): string {
  for (const line of lines) {
    const colon = line.text.indexOf(':');
    if (colon > 0 && labels.includes(normalizePhrase(line.text.slice(0, colon)))) return line.text.slice(colon + 1).trim() || fallback;
  }
  const first = lines.find((line) => !line.heading && /\p{L}/u.test(line.text));
  // What an announcement left of the line ("URGENT HIRING: Customer Service Representative"), without the emoji
  // around it ("📢 Hiring for: …", "… 💰").
  return first?.text.replace(/^[\s\p{P}\p{S}\p{Extended_Pictographic}]+|[\s\p{S}\p{Extended_Pictographic}\u{FE0F}]+$/gu, '').trim() || fallback;
}

function closestRole(title: string, skills: ReadonlyMap<string, Importance>, taxonomy: CompiledTaxonomy): Role {
  // As in a resume, a title that only looks like a role's (a salesperson's "Account Executive") names none.
  const named = rolesNamedIn(title, taxonomy)[0];
  const byTitle = named ? taxonomy.rolesById.get(named) : undefined;
  if (byTitle) return byTitle;
  const overlap = (role: Role): number => role.skills.filter((s) => skills.has(s.skill)).length / role.skills.length;
  // A posting whose skills no role lists ("Linux", beside tools the taxonomy does not know) is closest to the role whose
  // skills are of their kind (IT support), not to the first role in alphabetical order.
  const categories = new Set([...skills.keys()].map((id) => taxonomy.skillsById.get(id)?.category));
  const kindShare = (role: Role): number => role.skills.filter((s) => categories.has(taxonomy.skillsById.get(s.skill)?.category)).length / role.skills.length;
  const [best] = [...taxonomy.source.roles].sort((a, b) => overlap(b) - overlap(a) || kindShare(b) - kindShare(a) || a.id.localeCompare(b.id));
  if (!best) throw new RolefitError('taxonomy_invalid', 'The taxonomy has no roles to compare the posting with.');
  return best;
}

function slug(text: string): string {
  const words = normalizePhrase(text).replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  return words.join('-').slice(0, maxSlugChars).replace(/-+$/, '') || 'posting';
}

export interface BuiltProfile {
  readonly role: Role;
  /** The id of the taxonomy role the posting is closest to. */
  readonly closestRole: string;
  /** What makes the profile doubtful (a posting that names too few skills), for the person ranking against it. */
  readonly warnings: readonly string[];
  /** The pay the posting states ("PHP 20,000 - 25,000 monthly"), as written; null when it states none. */
  readonly pay: string | null;
}

export function buildJobProfile(posting: JobPosting, taxonomy: CompiledTaxonomy): BuiltProfile {
  const rules = taxonomy.postings;
  const lines = classifyPostingLines(posting.text, rules);
  const named = namedIn(lines, (text) => skillsOutsideFields(text, taxonomy), rules.alternative, rules.exclusion);
  const skills = named.importance;
  if (skills.size === 0) {
    throw new RolefitError('invalid_job', `${posting.name} names no skill the taxonomy knows, so no role profile can be built from it.`);
  }
  const certifications = namedIn(lines, (text) => taxonomy.certifications.findAll(text), rules.alternative, rules.exclusion);
  const title = withoutPlace(titleOf(lines, rules.titleLabels, posting.name), taxonomy);
  const pay = postedPay(posting.text, rules.payLabels, rules.experienceWords);
  const closest = closestRole(title, skills, taxonomy);

  const asked = findRequiredExperiences(lines, rules);
  // "2 years as a Team Leader" and "3 years of healthcare account experience": the score counts the time in a title
  // the posting names, else its largest figure; what else it asks is warned of, not lost without a word.
  const experience = asked.find((figure) => rolesNamedIn(titleClause(figure), taxonomy).length > 0) ?? asked[0] ?? null;
  const workRoles = experience === null ? [] : rolesOfWork(experience, taxonomy);
  // Another figure of the same line is another ask ("3 years in BPO, including 1 year as a Team Leader"), quoted by
  // its own words; one of another line by its line.
  // "0-3 years" asks for no months: no other figure goes uncounted beside it.
  const otherExperience = asked.filter((figure) => figure !== experience && figure.months !== experience?.months && figure.months > 0);
  // "With or without BPO experience; fresh graduates are welcome", and no figure of experience above nothing anywhere,
  // even as a plus ("6 months of BPO experience is a plus" still rewards experience; "0-3 years" does not).
  const waived = (experience === null || experience.months === 0) && !namesExperienceFigure(lines, rules)
    && lines.some((line) => !line.heading && rules.experienceWaivers.findAll(line.text).length > 0);
  const education = educationAskedFor(lines, taxonomy);
  // The posting is read with the screening dictionaries once: for what it asks, and for what it asks unchecked.
  const screened = readPostingScreening(posting.text, taxonomy);
  const screening = screeningAskedFor(screened, lines, taxonomy);
  // A language asked at a level is screened at it ("Excellent English communication"): its skill beside it is asked as
  // important, not as a second must-have that a resume showing English only by being written in it would miss.
  for (const { language } of screening.languages ?? []) {
    const skill = taxonomy.source.screening.languages.find((known) => known.id === language)?.skill;
    if (skill !== undefined && skills.get(skill) === 'must-have') skills.set(skill, 'important');
  }

  const role = roleSchema.parse({
    id: `${jobProfilePrefix}${slug(title)}`,
    title,
    group: closest.group,
    aliases: titleAliases(title),
    references: closest.references,
    description: `Built from the job posting ${posting.name}; closest taxonomy role: ${closest.title}.`,
    skills: [...skills].map(([skill, importance]) => ({ skill, importance, alternatives: named.alternatives.get(skill) ?? [] })),
    education: { minimumLevel: education.minimumLevel ?? closest.education.minimumLevel, preferredFields: education.fields },
    certifications: [...certifications.importance].map(([certification, importance]) => ({ certification, importance, alternatives: certifications.alternatives.get(certification) ?? [] })),
    experience: {
      minimumMonths: experience?.months ?? (waived ? 0 : closest.experience.minimumMonths),
      waived,
      // "2 years as a Team Leader": time in the title, not an agent's duties, meets it. So does time "leading a team" or
      // "in E/M coding", work one role does (experienceOfWork): a moderator's queue work shows the team's skills, not
      // that she led it.
      titledOnly: experience !== null && (titledRoles(experience, taxonomy).length > 0 || taxonomy.postings.experienceOfWork.findAll(experience.sentence).length > 0),
      // "3-5 years of collections experience": the work the figure names decides what counts, else the closest role.
      relevantRoles: workRoles.length > 0 ? workRoles : [closest.id, ...closest.experience.relevantRoles],
      relevantTitles: workRoles.length > 0 ? [] : closest.experience.relevantTitles,
    },
    screening,
    seniority: closest.seniority,
    // A posting that states its pay is better told by it than by the closest role's band, often another country's.
    salaryBands: pay === null ? closest.salaryBands : [],
    careerPaths: closest.careerPaths,
  });
  const warnings = [
    ...(skills.size < rules.minSkills
      ? [
          `The posting names only ${skills.size} skill${skills.size === 1 ? '' : 's'} the taxonomy knows (${[...skills.keys()].map((id) => taxonomy.skillsById.get(id)?.name ?? id).join(', ')}): scores against it rest on little. List the posting's requirements in full.`,
        ]
      : []),
    ...uncheckedAsks(screened, lines, taxonomy),
    ...(experience !== null && otherExperience.length > 0
      ? [`The posting also asks for experience the score does not count (${otherExperience.map((figure) => quoted(figure.sentence === experience.sentence ? figure.text : figure.sentence)).join('; ')}): the score counts only ${quoted(experience.sentence === otherExperience[0]?.sentence ? experience.text : experience.sentence)}; check the rest in each candidate's work history.`]
      : []),
  ];
  return { role, closestRole: closest.id, warnings, pay };
}

/**
 * The lowest education level the posting requires (null when it names none; the lowest level there is when it names
 * levels only as preferred or not required), and the fields named beside a level ("a degree in Business").
 */
function educationAskedFor(lines: readonly PostingLine[], taxonomy: CompiledTaxonomy): { minimumLevel: string | null; fields: string[] } {
  const fields = new Set<string>();
  let asked = false;
  let lowest: EducationLevel | undefined;
  for (const line of lines) {
    if (line.heading) continue;
    const underWay = taxonomy.postings.studiesUnderWay.findAll(line.text).length > 0;
    const written = levelHits(line.text, taxonomy).flatMap((hit) => taxonomy.levelsById.get(hit.value) ?? []);
    // "At least 2nd year college level" names studies under way and no level: those lead to a bachelor's. So do they
    // beside a lower level finished: "Senior high school graduate or college level" asks for the senior high school.
    const towardLevel = underWay ? taxonomy.levelsById.get(taxonomy.postings.studiesUnderWayToward ?? '') : undefined;
    const toward = towardLevel !== undefined && written.every((level) => level.rank < towardLevel.rank) ? towardLevel : undefined;
    const named = toward === undefined ? written : [...written, toward];
    // "2nd year college level or college graduate": studies under way ask only for the level the highest one named
    // starts from; a lower level the line names stands ("Any Graduate / Undergraduate (12th pass)" asks the 12th).
    const highest = named.reduce<EducationLevel | undefined>((top, level) => (top === undefined || level.rank > top.rank ? level : top), undefined);
    const levels = underWay ? named.map((level) => (level === highest ? (taxonomy.levelsById.get(level.entryLevel ?? '') ?? level) : level)) : named;
    if (levels.length === 0) continue;
    asked = true;
    for (const hit of taxonomy.fields.findAll(line.text)) fields.add(hit.value);
    if (line.importance === 'nice-to-have') continue;
    for (const level of levels) if (lowest === undefined || level.rank < lowest.rank) lowest = level;
  }
  const anyLevel = [...taxonomy.levelsById.values()].sort((a, b) => a.rank - b.rank)[0];
  return { minimumLevel: lowest?.id ?? (asked ? (anyLevel?.id ?? null) : null), fields: [...fields] };
}
