/**
 * Role-specific screening: the typing speed a data-entry role asks for, the team a manager has led, the language
 * level a voice role works in. Each is a requirement with the resume's own statement as evidence.
 */
import type { Language } from '../extract-candidate/candidate-types.js';
import { cefrLevels, type CefrLevel } from '../text/cefr-levels.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import type { Role } from '../taxonomy/taxonomy-schema.js';
import type { CandidateFacts } from './candidate-facts.js';
import type { Requirement } from './match-types.js';
import { statusOf } from './score-components.js';

type Level = NonNullable<Language['proficiency']>;

function requirement(id: string, label: string, credit: number, detail: string, evidence: Requirement['evidence']): Requirement {
  return { kind: 'screening', id, label, importance: null, status: statusOf(credit), credit, weight: 1, detail, evidence };
}

/** 1 for the strongest level: the taxonomy lists proficiency levels strongest first. */
function strength(level: Level, taxonomy: CompiledTaxonomy): number {
  const levels = taxonomy.source.screening.proficiency.map((p) => p.level);
  const index = levels.indexOf(level);
  return index < 0 ? 0 : levels.length - index;
}

function levelOfCefr(cefr: Language['cefr'], taxonomy: CompiledTaxonomy): Level | null {
  if (cefr === null) return null;
  return taxonomy.source.screening.proficiency.find((p) => p.cefr.includes(cefr))?.level ?? null;
}

/** How a language's detail ends when the resume names it, or a test of it, without a level. */
const withoutLevel = 'without a level';
/** Said of a level the resume's work or credential shows, the resume stating none. */
const shownNotStated = 'shown by work, not stated';

/** The CEFR level a test's score reaches: the highest whose lowest score it meets; null below them all. */
function cefrOfScore(aligned: Partial<Record<CefrLevel, number>>, score: number): Language['cefr'] {
  let reached: Language['cefr'] = null;
  for (const level of cefrLevels) {
    const lowest = aligned[level];
    if (lowest !== undefined && score >= lowest) reached = level;
  }
  return reached;
}

/** The weakest proficiency level: the taxonomy lists them strongest first. */
function weakestLevel(taxonomy: CompiledTaxonomy): Level {
  return taxonomy.source.screening.proficiency.at(-1)?.level ?? 'basic';
}

const minutesPerHour = 60;

/** The id of a role's requirement on typing speed. */
export const typingRequirementId = 'typing-speed';

/** The id of a role's requirement on a language ("language-english"). */
export function languageRequirementId(language: string): string {
  return `language-${language}`;
}

function languageRequirement(language: string, minimum: Level, facts: CandidateFacts, taxonomy: CompiledTaxonomy): Requirement {
  const { languageWithoutLevelCredit, screeningNotStatedCredit } = taxonomy.source.scoring;
  const { screening } = facts.candidate;
  const name = taxonomy.screening.languageNames.get(language) ?? language;
  const label = `${name} at ${minimum} level or better`;
  const id = languageRequirementId(language);
  const test = screening.languageTests.find((t) => t.language === language);
  if (test) {
    // A score stands for the CEFR level the test owner aligns it with, and one below them all for the weakest level;
    // a test that publishes no alignment shows the language at no stated level.
    const said = `${test.name} score ${test.score}`;
    const aligned = taxonomy.source.screening.languageTests.find((t) => t.id === test.test)?.cefr;
    if (!aligned) return requirement(id, label, languageWithoutLevelCredit, `${said}, ${withoutLevel}`, [test.evidence]);
    const cefr = cefrOfScore(aligned, test.score);
    const level = levelOfCefr(cefr, taxonomy) ?? weakestLevel(taxonomy);
    const credit = Math.min(1, strength(level, taxonomy) / strength(minimum, taxonomy));
    return requirement(id, label, credit, `${said} (${cefr ?? 'below A1'}: ${level})`, [test.evidence]);
  }
  const listed = screening.languages.find((l) => l.id === language);
  if (!listed) {
    const shownByWriting = language === taxonomy.source.screening.writtenLanguage && facts.candidate.readsAsEnglish;
    return shownByWriting
      ? requirement(id, label, screeningNotStatedCredit, `${name} level not stated`, [])
      : requirement(id, label, 0, `${name} not mentioned`, []);
  }
  // A CEFR level ("English (C1)") stands for the proficiency level the taxonomy maps it to. Where a resume states both
  // a word and a CEFR level (a Europass grid's C1 and a "Conversational English course"), the stronger counts.
  const fromCefr = levelOfCefr(listed.cefr, taxonomy);
  const byCefr = fromCefr !== null && (listed.proficiency === null || strength(fromCefr, taxonomy) > strength(listed.proficiency, taxonomy));
  const level = byCefr ? fromCefr : listed.proficiency;
  if (level === null) return requirement(id, label, languageWithoutLevelCredit, `${name} listed ${withoutLevel}`, listed.evidence);
  const credit = Math.min(1, strength(level, taxonomy) / strength(minimum, taxonomy));
  const stated = byCefr ? `${listed.cefr ?? ''} (${level})` : level;
  // A level the resume's work shows ("AB English") is a floor, not a level the candidate gives: it is worded so, and no
  // shortfall below the role's holds readiness back.
  if (listed.levelShown === true && !byCefr) return requirement(id, label, credit, `${name}: ${stated}, ${shownNotStated}`, listed.evidence);
  return requirement(id, label, credit, `${name}: ${stated}`, listed.evidence);
}

export function screeningRequirements(role: Role, facts: CandidateFacts, taxonomy: CompiledTaxonomy): Requirement[] {
  const { typingWordsPerMinute, teamSize, languages } = role.screening;
  const { screening } = facts.candidate;
  const { screeningNotStatedCredit } = taxonomy.source.scoring;
  const requirements: Requirement[] = [];
  if (typingWordsPerMinute !== undefined) {
    const { wordsPerMinute = null, keystrokesPerHour = null } = screening.typingSpeed ?? {};
    // A speed in keystrokes per hour, as data-entry tests give it, is read as words per minute.
    const fromKeystrokes = keystrokesPerHour === null ? null : Math.round(keystrokesPerHour / minutesPerHour / taxonomy.source.screening.typing.keystrokesPerWord);
    const stated = wordsPerMinute ?? fromKeystrokes;
    const said = wordsPerMinute !== null ? `${wordsPerMinute} WPM stated` : `${keystrokesPerHour ?? ''} KPH stated (about ${fromKeystrokes ?? ''} WPM)`;
    requirements.push(requirement(
      typingRequirementId,
      `Typing speed of at least ${typingWordsPerMinute} WPM`,
      stated === null ? screeningNotStatedCredit : Math.min(1, stated / typingWordsPerMinute),
      stated === null ? 'no typing speed stated' : said,
      screening.typingSpeed?.evidence ?? [],
    ));
  }
  if (teamSize !== undefined) {
    const led = screening.teamLeadership?.largestTeam ?? null;
    requirements.push(requirement(
      'team-size',
      `Has led a team of ${teamSize} or more`,
      led === null ? screeningNotStatedCredit : Math.min(1, led / teamSize),
      led === null ? 'no team size stated' : `led a team of ${led}`,
      screening.teamLeadership?.evidence ?? [],
    ));
  }
  for (const { language, minimumLevel } of languages) requirements.push(languageRequirement(language, minimumLevel, facts, taxonomy));
  return requirements;
}

/** The typing requirement, when the resume states a speed below the role's minimum ("28 WPM" where 35 are asked). */
export function typingBelowMinimum(requirements: readonly Requirement[]): Requirement | undefined {
  return requirements.find((r) => r.id === typingRequirementId && r.evidence.length > 0 && r.credit < 1);
}

/**
 * The role's language requirements the resume states a weaker level for ("English: intermediate", a Versant 41
 * against fluent English): not a level a course brings to the floor in a few weeks.
 */
export function languagesBelowMinimum(requirements: readonly Requirement[], role: Role): Requirement[] {
  const ids = new Set(role.screening.languages.map((l) => languageRequirementId(l.language)));
  return requirements.filter((r) => ids.has(r.id) && r.status === 'partial' && r.evidence.length > 0
    && !(r.detail ?? '').endsWith(withoutLevel) && !(r.detail ?? '').endsWith(shownNotStated));
}

/** The role's language requirements the resume never names: a language is no course away, whatever the score. */
export function missingLanguages(requirements: readonly Requirement[], role: Role): Requirement[] {
  const ids = new Set(role.screening.languages.map((l) => languageRequirementId(l.language)));
  return requirements.filter((r) => ids.has(r.id) && r.status === 'missing');
}
