/**
 * Compiles a validated taxonomy into the lookups the stages use: one token-trie matcher per dictionary and indexes
 * by id. Done once per taxonomy, never per resume.
 */
import { startCodesOf, type FalseFriends } from '../text/false-friends.js';
import { PhrasingMatcher, type Phrasing } from '../text/phrasing-matcher.js';
import { TermMatcher, type TermEntry } from '../text/term-matcher.js';
import { normalizePhrase, tokenize } from '../text/tokenize.js';
import type { Taxonomy } from './build-taxonomy.js';
import { verbForms } from './conjugate-verbs.js';
import { compilePersonalDetails, type PersonalDetailRules } from './compile-personal-details.js';
import { alternation, compileDateVocabulary, type DateVocabulary } from './compile-date-vocabulary.js';
import type {
  Certification,
  EducationField,
  EducationLevel,
  Importance,
  Postings,
  Role,
  Screening,
  Skill,
  SkillPhrasing,
  Vocabulary,
} from './taxonomy-schema.js';

export type ProficiencyLevel = Screening['proficiency'][number]['level'];
export type MetricUnit = Screening['metrics'][number]['unit'];

/** How job header lines are read: which words make a title, an employer, a labelled or an introduced title. */
export interface JobVocabulary {
  /** Title words, and the names of career breaks, which take a header's dates as a title does. */
  readonly titleWords: TermMatcher<true>;
  /** Names of career breaks ("Career break", "Maternity leave"): a dated "job" with one is no job. */
  readonly careerBreaks: TermMatcher<true>;
  /** Legal forms ("Ltd", "Inc"): an organisation whatever else the phrase holds. */
  readonly employerForms: TermMatcher<true>;
  /** Legal forms and words organisations are named with ("Technologies", "Bank"). */
  readonly employerWords: TermMatcher<true>;
  readonly titleIntroducers: TermMatcher<true>;
  /** What introduces an employer before its title ("working with"), and the words before that title ("as"). */
  readonly employerIntroducers: TermMatcher<true>;
  readonly titleAfterEmployer: ReadonlySet<string>;
  readonly titleTerminators: TermMatcher<true>;
  /** Lower-case words an introduced title may start with that are not part of it ("a", "an"). */
  readonly articles: ReadonlySet<string>;
  /** A template's placeholders for an employer ("Company Name") and a place ("City , State"), anonymised resumes keep. */
  readonly placeholders: TermMatcher<'employer' | 'place'>;
  /** Lower-case words a title in capitals may hold and go on after ("of": "Head of Sales"). */
  readonly titleLinks: ReadonlySet<string>;
  /** Normalised labels ("designation", "position") → what the labelled value is. */
  readonly labels: ReadonlyMap<string, 'title' | 'employer'>;
  /** Departments a title may name after a comma ("Operations", "Finance"). */
  readonly departments: TermMatcher<true>;
}

/** Patterns of a stated total experience ("8+ years of experience", "Total experience: 3 years 6 months"). */
export interface ExperiencePatterns {
  /** Figure first, then label first; groups `years`, `months` (with years), `onlyMonths`. */
  readonly statements: readonly RegExp[];
  /**
   * A year or month unit as a word of its own (or after a figure: "3years"): every statement holds one, so statements
   * are looked for around these.
   */
  readonly units: RegExp;
  /** A figure tied to a role or field ("7 years as an art editor"): read in the header and summary only. */
  readonly summaryStatement: RegExp;
  /** A total word ("total", "overall") ending the text before a statement. */
  readonly total: RegExp;
  /** An excluding phrase ("less than") ending the text before a statement. */
  readonly excluded: RegExp;
  /** A figure that is the candidate's age, not their experience: "I am 23 years old", "Age: 45 years". */
  readonly age: { readonly before: RegExp; readonly after: RegExp };
  readonly numberWords: ReadonlyMap<string, number>;
  /** A text that is a duration and nothing else ("3 yrs 5 mos", "6 mos"): a job site's tenure line, no title or employer. */
  readonly durationAlone: RegExp;
  /** A duration in brackets, as a job's line notes it: "(3 yrs)", "(1.5 years)". */
  readonly durationNoted: RegExp;
}

export interface CompiledScreening {
  readonly languages: TermMatcher<string>;
  /** The first words of the dictionaries read over the whole text (languages to team starts), united. */
  readonly firstWords: ReadonlySet<string>;
  readonly languageNames: ReadonlyMap<string, string>;
  /** The text between two languages, when they share the level stated before them ("English/Spanish"). */
  readonly languageJoiner: RegExp;
  /** The first joiner within the text between two languages: what stands before it is the first's, after it the second's. */
  readonly languageJoinerWithin: RegExp;
  readonly proficiency: TermMatcher<ProficiencyLevel>;
  /** Phrases that show a language at a level (an English teacher's title) → the language and the level. */
  readonly languageShownBy: TermMatcher<{ readonly language: string; readonly level: ProficiencyLevel }>;
  readonly languageTests: TermMatcher<string>;
  readonly languageTestsById: ReadonlyMap<string, Screening['languageTests'][number]>;
  /** Groups `value` (and `unit` text) for words per minute and keystrokes per hour; `value`/`after` for accuracy. */
  readonly typing: {
    readonly wordsPerMinute: RegExp;
    readonly keystrokesPerHour: RegExp | null;
    readonly accuracy: RegExp | null;
    readonly minWordsPerMinute: number;
    readonly maxWordsPerMinute: number;
  };
  readonly channels: TermMatcher<string>;
  readonly callDirections: TermMatcher<string>;
  readonly shifts: TermMatcher<string>;
  readonly preference: TermMatcher<true>;
  readonly negation: TermMatcher<true>;
  /** An exclusive word straight after a mention ("day shift only") or ending the clause before it ("only day shift"). */
  readonly exclusiveAfter: RegExp;
  readonly exclusiveBefore: RegExp;
  readonly metrics: TermMatcher<string>;
  readonly metricsById: ReadonlyMap<string, Screening['metrics'][number]>;
  /** A duration value: groups `minutes`/`seconds` (m:ss), or `amount` with `unit`. */
  readonly duration: RegExp;
  readonly secondsUnits: ReadonlySet<string>;
  readonly changeWords: TermMatcher<true>;
  readonly deltaWords: TermMatcher<true>;
  /** Phrasings of a team's size, each tried where a lead verb or team word starts (sticky); group `size`. */
  readonly teamSize: readonly RegExp[];
  /** More members right after a team size ("… and 70 agents"), matched where the size ends (sticky). */
  readonly teamMore: RegExp;
  /**
   * A lead verb, a short object with a note in brackets, then the people led (sticky): "Manage 2 LOBs (claims voice and
   * member services chat), 160 FTEs", "Managed multiple LOBs with up to 350 FTEs". Group `size`.
   */
  readonly teamAfterObject: RegExp;
  /** A count of people in digits, tried where a number starts (sticky): "220 FTEs". Group `size`. */
  readonly headcount: RegExp;
  /** The group of the roles whose holders, counted after a headcount, show it was led; null: none read so. */
  readonly leaderRoleGroup: string | null;
  /** Lead verbs and team words: where a phrasing of a team's size can start. */
  readonly teamStarts: TermMatcher<true>;
  /** Ends the text before a team word the candidate is one of: "worked in a", "part of the", "support for a". */
  readonly teamMemberBefore: RegExp;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly minTeamSize: number;
  readonly maxTeamSize: number;
}

/** How job postings are read: heading → importance, line markers, title labels (normalised). */
export interface PostingRules {
  readonly headings: ReadonlyMap<string, Importance>;
  /** Normalised headings of parts about the employer ("benefits"), whose lines ask for nothing. */
  readonly ignoredHeadings: ReadonlySet<string>;
  /** Where the posting announces the opening ("We're hiring", a sentence opening with "Hiring"), asking for nothing. */
  readonly announcement: RegExp | null;
  /** Markers of importance, and of what a line says is not needed ("not required"). */
  readonly markers: TermMatcher<Importance | 'not-required' | 'none'>;
  readonly titleLabels: readonly string[];
  /**
   * A figure or a range of figures of years or months, not an age: "2+ yrs", "3-5 years", "six months". Groups `low`,
   * `high` (a range's upper end), `years` or `months` (the unit).
   */
  readonly experienceFigure: RegExp;
  /** Words that tie a figure to experience ("experience", "exp"): outside the requirements they must be on its line. */
  readonly experienceWords: TermMatcher<true>;
  /** Words near a figure that make it a course, schooling or age, not experience. */
  readonly notExperienceWords: TermMatcher<true>;
  /** Words of a sentence addressed to the applicant ("you", "candidates", "at least"). */
  readonly applicantWords: TermMatcher<true>;
  /** Where a sentence of a posting ends: a full stop, ! or ?, not after an abbreviation; or before a contrast word. */
  readonly sentenceBreak: RegExp;
  /** The text between two things named, when it makes the second an alternative: "or", "(or", " certification or ". */
  readonly alternative: RegExp;
  /** The text right after a thing named, when it excludes it: " not considered", ") not accepted"; null: none listed. */
  readonly exclusion: RegExp | null;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly minSkills: number;
  /** Phrases that waive experience ("fresh graduates are welcome"). */
  readonly experienceWaivers: TermMatcher<true>;
  /** Work an experience figure names by what it is ("leading a team") → the role whose jobs it means. */
  readonly experienceOfWork: TermMatcher<string>;
  /** Roles whose work, named in an experience figure, counts the months of the roles they count too. */
  readonly workDoneInRelatedRoles: ReadonlySet<string>;
  /** Phrases accepting studies under way ("2nd year college level"). */
  readonly studiesUnderWay: TermMatcher<true>;
  /** The level studies under way lead to when their line names none; null: such a line asks for no level. */
  readonly studiesUnderWayToward: string | null;
  /** Normalised labels of a line saying where the work is ("location", "site"). */
  readonly locationLabels: ReadonlySet<string>;
  /** Phrases asking where a candidate lives ("must be residing in"). */
  readonly residencePhrases: TermMatcher<true>;
  /** Normalised labels of a line stating the pay ("salary", "ctc"). */
  readonly payLabels: ReadonlySet<string>;
  /** Phrases asking about a protected attribute, each giving the attribute ("age", "gender"). */
  readonly protectedAsks: TermMatcher<string>;
}

export interface CompiledTaxonomy {
  readonly source: Taxonomy;
  readonly rolesById: ReadonlyMap<string, Role>;
  readonly skillsById: ReadonlyMap<string, Skill>;
  readonly certificationsById: ReadonlyMap<string, Certification>;
  readonly levelsById: ReadonlyMap<string, EducationLevel>;
  readonly fieldsById: ReadonlyMap<string, EducationField>;
  readonly skills: TermMatcher<string>;
  /** Skills written as a verb and its object, words between varying → skill id. */
  readonly skillPhrasings: PhrasingMatcher<string>;
  /** Skill id → the skills related to it, either way round (Freshdesk for Zendesk and Zendesk for Freshdesk). */
  readonly relatedSkills: ReadonlyMap<string, readonly string[]>;
  readonly certifications: TermMatcher<string>;
  readonly levels: TermMatcher<string>;
  readonly fields: TermMatcher<string>;
  /** Job titles naming a role (its title and aliases) → role id. */
  readonly roleTitles: TermMatcher<string>;
  /** Further titles that count as relevant experience for a role (its own and O*NET's) → role id. */
  readonly relevantTitles: TermMatcher<string>;
  /** Role id → the roles for which experience in it counts (itself included). */
  readonly experienceCountsFor: ReadonlyMap<string, readonly string[]>;
  /**
   * Skill id → the roles it defines, weighing it most as a must-have (claims processing, the claims processor). A job
   * titled by such a skill ("Senior Associate – Claims Processing") is that role's work.
   */
  readonly rolesDefinedBy: ReadonlyMap<string, readonly string[]>;
  /**
   * Role id → the skill that defines it most, for the roles where one skill does (see rolesDefinedBy): a job under the
   * role's title shows it ("Collections Agent" shows debt collection).
   */
  readonly skillDefiningRole: ReadonlyMap<string, string>;
  readonly institutions: TermMatcher<true>;
  readonly qualifications: TermMatcher<true>;
  /** Words on a degree's line that say it was left unfinished ("3 years completed"), or is under way ("pursuing"). */
  readonly unfinished: TermMatcher<'left' | 'under-way'>;
  /** Normalised heading → section id. */
  readonly headings: ReadonlyMap<string, string>;
  /** Every word of those headings: a line with none of them is no heading. */
  readonly headingWords: ReadonlySet<string>;
  /** Normalised words that may stand before or after a heading without changing it ("selected", "details"). */
  readonly headingQualifiers: { readonly leading: ReadonlySet<string>; readonly trailing: ReadonlySet<string> };
  /** Sections whose name may end a heading in Title Case after words of its own. */
  readonly headingEndings: ReadonlySet<string>;
  /** Sections whose lines name works (papers, talks), where no skill is taken. */
  readonly sectionsNamingWorks: ReadonlySet<string>;
  /** Sections whose items are skills and nothing else: ambiguous aliases and software words do not question them. */
  /** Sections under whose heading the candidate's name may stand first. */
  readonly sectionsHoldingName: ReadonlySet<string>;
  readonly sectionsListingSkills: ReadonlySet<string>;
  readonly dates: DateVocabulary;
  readonly jobs: JobVocabulary;
  /** States, provinces, regions and countries → the country's code, or null for a name several countries share. */
  readonly places: TermMatcher<string | null>;
  /** International calling code ("63") → the one country it belongs to. */
  readonly callingCodes: ReadonlyMap<string, string>;
  /** Country code → the country's first name ("PH" → "Philippines"). */
  readonly countryNames: ReadonlyMap<string, string>;
  /** Every name of a country, normalised: a place that is a country, not a region or city. */
  readonly countryPhrases: ReadonlySet<string>;
  /** A text ending with one of `places.nameLinks` ("State Bank of "): a place after it names an organisation. */
  readonly placeNameLink: RegExp | null;
  readonly statedExperience: ExperiencePatterns;
  readonly screening: CompiledScreening;
  readonly postings: PostingRules;
  /** Normalised words joining the items of a list that share their last words ("chat and email support"). */
  readonly listJoiners: ReadonlySet<string>;
  /** Job titles → the skills they show (vocabulary.yaml's titleSkills). */
  readonly titleSkills: TermMatcher<readonly string[]>;
  /** Skill id → the written forms, as a pattern, that look like its alias but name something else. */
  readonly skillFalseFriends: ReadonlyMap<string, FalseFriends>;
  /** Certification id → the written forms that look like its alias but name others who hold it. */
  readonly certificationFalseFriends: ReadonlyMap<string, FalseFriends>;
  /** Level id → the written forms that look like its alias but name something else ("master data"). */
  readonly levelFalseFriends: ReadonlyMap<string, FalseFriends>;
  /** Per role id, the written forms that look like one of its titles but name another job. */
  readonly titleFalseFriends: ReadonlyMap<string, FalseFriends>;
  /** Titles two roles share, told apart by the employer's words (see the schema's employerLinesOfWork). */
  readonly employerLinesOfWork: readonly { readonly role: string; readonly instead: string; readonly words: TermMatcher<true> }[];
  /** Per skill id, its aliases that count only beside a context word, and those words. */
  readonly skillAliasContexts: ReadonlyMap<string, AliasContext>;
  /**
   * The words that tell software the candidate built, normalised as tokens are, and the skill categories kept. A word
   * of `breaks` (the phrasings' prepositions) between a skill and a noun parts them: "improvement to processes, systems".
   */
  /** Function words of English and of other languages (normalised as tokens are), to tell a resume's language. */
  readonly functionWords: {
    /** Each function word → the language it marks: English or another. */
    readonly languageOf: ReadonlyMap<string, 'english' | 'other'>;
    readonly minWords: number;
    readonly minOtherShare: number;
    readonly minLatinShare: number;
    readonly shortTextMinOtherWords: number;
  };
  /** Document titles, name labels and honorifics for name finding; labelled personal details for blind screening. */
  readonly personalDetails: PersonalDetailRules;
  /** Phrases that deny the skills after them ("no experience with"), and the words that end their reach ("but"). */
  readonly skillDenials: {
    /** Phrases that deny what follows them ("no experience with"). */
    readonly phrases: TermMatcher<true>;
    /** Phrases that deny the skills written where they write X ("no X experience"), X read as `framePlaceholder`. */
    readonly frames: TermMatcher<true>;
    /** The words right before X in those phrases ("no", "prior", "without"): a run of skills after none is no frame's. */
    readonly frameOpeners: ReadonlySet<string>;
    readonly ends: ReadonlySet<string>;
    /** Words just before a denial that make it someone else's ("who had no experience with"). */
    readonly othersBefore: ReadonlySet<string>;
  };
  /** Words that say a certification beside them is not held yet ("in progress", "studying for"). */
  readonly certificationNotHeld: TermMatcher<true>;
  /** What opens a wish ("seeking"), the words for the job sought ("role"), how far apart, and where read. */
  readonly skillAspirations: {
    readonly openers: TermMatcher<true>;
    readonly sought: ReadonlySet<string>;
    /** Words that end a wish: what follows them is claimed ("my"). */
    readonly claims: ReadonlySet<string>;
    /** Words after the job word that go on to name the job sought ("a job as a call center agent"). */
    readonly continuations: ReadonlySet<string>;
    /** Words after which the rest of the sentence is where the candidate wants to go ("move into"). */
    readonly moves: TermMatcher<true>;
    /** Words after which the rest of the sentence is still to be learnt ("where I can learn"). */
    readonly learning: TermMatcher<true>;
    /** The same in any section: learning under way ("currently learning", "planning to take"). */
    readonly learningAnywhere: TermMatcher<true>;
    /** Words saying a course is done ("completed"): its skills are learnt, whatever certificate it prepared for. */
    readonly completed: TermMatcher<true>;
    /** Labels of a line naming the job sought ("Position desired"), normalised. */
    readonly labels: ReadonlySet<string>;
    readonly maxWords: number;
    readonly sections: ReadonlySet<string>;
  };
  readonly builtSoftware: {
    readonly verbs: ReadonlySet<string>;
    readonly nouns: ReadonlySet<string>;
    readonly purposeWords: ReadonlySet<string>;
    readonly breaks: ReadonlySet<string>;
    readonly keptCategories: ReadonlySet<string>;
  };
}

export interface AliasContext {
  /** The ambiguous aliases, normalised as the matcher compares them. */
  readonly aliases: ReadonlySet<string>;
  /** Words one of which the line must hold; null: any line will do. */
  readonly context: TermMatcher<true> | null;
  /** Words none of which the line may hold. */
  readonly unless: TermMatcher<true>;
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

/** The word a denial phrase writes where the skills it denies stand: "no X experience". */
export const framePlaceholder = 'x';

/** Denial phrases split once: those denying what follows them, and those framing the skills they deny. */
function denialPhrases(written: readonly string[]): Pick<CompiledTaxonomy['skillDenials'], 'phrases' | 'frames' | 'frameOpeners'> {
  const words = (phrase: string): string[] => tokenize(phrase).map((token) => token.norm);
  const framing = written.filter((phrase) => words(phrase).includes(framePlaceholder));
  const forward = written.filter((phrase) => !framing.includes(phrase));
  const openers = framing.flatMap((phrase) => words(phrase).filter((_, at, all) => all[at + 1] === framePlaceholder));
  return {
    phrases: new TermMatcher(forward.map((phrase) => ({ phrase, value: true as const }))),
    frames: new TermMatcher(framing.map((phrase) => ({ phrase, value: true as const }))),
    frameOpeners: new Set(openers),
  };
}

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const { roles, skills, certifications, education, sections, vocabulary } = taxonomy;
  const definedBy = rolesDefinedBySkills(roles);
  return {
    source: taxonomy,
    rolesById: byId(roles),
    skillsById: byId(skills),
    certificationsById: byId(certifications),
    levelsById: byId(education.levels),
    fieldsById: byId(education.fields),
    skills: new TermMatcher(entriesOf(skills, (s) => s.name), { commasEndPhrases: true }),
    skillPhrasings: new PhrasingMatcher(
      skills.flatMap((s) => s.phrasings.map((phrasing) => compilePhrasing(phrasing, s.id))),
      vocabulary.phrasingBreaks,
      vocabulary.phrasingQualifiedNouns,
      vocabulary.phrasingDeterminers,
    ),
    relatedSkills: relatedEitherWay(skills),
    certifications: new TermMatcher(entriesOf(certifications, (c) => c.name)),
    levels: new TermMatcher(entriesOf(education.levels, (l) => l.name)),
    fields: new TermMatcher(entriesOf(education.fields, (f) => f.name)),
    roleTitles: new TermMatcher(entriesOf(roles, (r) => r.title)),
    relevantTitles: new TermMatcher([
      ...roles.flatMap((role) => role.experience.relevantTitles.map((phrase) => ({ phrase, value: role.id }))),
      ...Object.entries(taxonomy.occupationTitles.roles).flatMap(([role, { titles }]) => titles.map((phrase) => ({ phrase, value: role }))),
    ]),
    experienceCountsFor: new Map(
      roles.map((role) => [role.id, [role.id, ...roles.filter((r) => r.experience.relevantRoles.includes(role.id)).map((r) => r.id)]]),
    ),
    rolesDefinedBy: definedBy,
    skillDefiningRole: soleDefiningSkills(roles, definedBy),
    institutions: new TermMatcher(vocabulary.institutionWords.map((phrase) => ({ phrase, value: true as const }))),
    qualifications: new TermMatcher(vocabulary.qualificationWords.map((phrase) => ({ phrase, value: true as const }))),
    unfinished: new TermMatcher([
      ...vocabulary.unfinishedDegreeWords.map((phrase) => ({ phrase, value: 'left' as const })),
      ...vocabulary.underWayDegreeWords.map((phrase) => ({ phrase, value: 'under-way' as const })),
    ]),
    headings: new Map(sections.flatMap((s) => s.aliases.map((alias) => [normalizePhrase(alias), s.id] as const))),
    headingWords: new Set(sections.flatMap((s) => s.aliases.flatMap((alias) => normalizePhrase(alias).split(' ')))),
    headingEndings: new Set(sections.filter((s) => s.endsHeadings).map((s) => s.id)),
    sectionsNamingWorks: new Set(sections.filter((s) => s.namesWorks).map((s) => s.id)),
    sectionsListingSkills: new Set(sections.filter((s) => s.listsSkills).map((s) => s.id)),
    sectionsHoldingName: new Set(sections.filter((s) => s.holdsName).map((s) => s.id)),
    headingQualifiers: {
      leading: new Set(vocabulary.headingQualifiers.leading.map(normalizePhrase)),
      trailing: new Set(vocabulary.headingQualifiers.trailing.map(normalizePhrase)),
    },
    dates: compileDateVocabulary(vocabulary),
    jobs: {
      titleWords: phrases([...vocabulary.jobs.titleWords, ...vocabulary.jobs.careerBreaks]),
      careerBreaks: phrases(vocabulary.jobs.careerBreaks),
      employerForms: phrases(vocabulary.jobs.employerForms),
      employerWords: phrases([...vocabulary.jobs.employerForms, ...vocabulary.jobs.employerWords]),
      titleIntroducers: phrases(vocabulary.jobs.titleIntroducers),
      employerIntroducers: phrases(vocabulary.jobs.employerIntroducers),
      titleAfterEmployer: new Set(vocabulary.jobs.titleAfterEmployer.map(normalizePhrase)),
      titleTerminators: phrases(vocabulary.jobs.titleTerminators),
      articles: new Set(vocabulary.jobs.articles.map((word) => word.toLowerCase())),
      titleLinks: new Set(vocabulary.jobs.titleLinks.map(normalizePhrase)),
      departments: phrases(vocabulary.jobs.departments),
      // One dictionary, so that a line is split into words once for both.
      placeholders: new TermMatcher<'employer' | 'place'>([
        ...vocabulary.jobs.placeholders.employers.map((phrase) => ({ phrase, value: 'employer' as const })),
        ...vocabulary.jobs.placeholders.places.map((phrase) => ({ phrase, value: 'place' as const })),
      ]),
      labels: new Map([
        ...vocabulary.jobs.employerLabels.map((label) => [normalizePhrase(label), 'employer'] as const),
        ...vocabulary.jobs.titleLabels.map((label) => [normalizePhrase(label), 'title'] as const),
      ]),
    },
    places: new TermMatcher<string | null>([
      ...[...vocabulary.places.regions, ...vocabulary.places.countries].map((phrase) => ({ phrase, value: null })),
      ...vocabulary.places.byCountry.flatMap(({ id, names, regions }) => [...names, ...regions].map((phrase) => ({ phrase, value: id }))),
    ]),
    countryNames: new Map(vocabulary.places.byCountry.map(({ id, name, names }) => [id, name ?? names[0] ?? id])),
    placeNameLink: vocabulary.places.nameLinks.length === 0
      ? null
      : new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(vocabulary.places.nameLinks)})\s+$`, 'iu'),
    countryPhrases: new Set([...vocabulary.places.countries, ...vocabulary.places.byCountry.flatMap(({ names }) => names)].map(normalizePhrase)),
    callingCodes: new Map(vocabulary.places.byCountry.flatMap(({ id, callingCodes }) => callingCodes.map((code) => [code, id] as const))),
    statedExperience: compileExperiencePatterns(vocabulary),
    screening: compileScreening(taxonomy.screening, vocabulary),
    postings: compilePostingRules(taxonomy.postings, vocabulary),
    listJoiners: new Set(vocabulary.listJoiners.map(normalizePhrase)),
    titleSkills: new TermMatcher(vocabulary.titleSkills.flatMap(({ titles, skills }) => titles.map((phrase) => ({ phrase, value: skills })))),
    skillFalseFriends: new Map(vocabulary.skillFalseFriends.map(({ skill, written }) => [skill, writtenFormsPattern(written)])),
    levelFalseFriends: new Map(vocabulary.levelFalseFriends.map(({ level, written }) => [level, writtenFormsPattern(written)])),
    certificationFalseFriends: new Map(
      vocabulary.certificationFalseFriends.map(({ certification, written }) => [certification, writtenFormsPattern(written)]),
    ),
    titleFalseFriends: new Map(vocabulary.titleFalseFriends.map(({ role, written }) => [role, writtenFormsPattern(written)])),
    employerLinesOfWork: vocabulary.employerLinesOfWork.map(({ role, instead, words }) => ({
      role,
      instead,
      words: new TermMatcher(words.map((phrase) => ({ phrase, value: true as const }))),
    })),
    personalDetails: compilePersonalDetails(vocabulary),
    functionWords: {
      languageOf: new Map([
        ...vocabulary.functionWords.other.map((word) => [normalizePhrase(word), 'other'] as const),
        ...vocabulary.functionWords.english.map((word) => [normalizePhrase(word), 'english'] as const),
      ]),
      minWords: vocabulary.functionWords.minWords,
      minOtherShare: vocabulary.functionWords.minOtherShare,
      minLatinShare: vocabulary.functionWords.minLatinShare,
      shortTextMinOtherWords: vocabulary.functionWords.shortTextMinOtherWords,
    },
    certificationNotHeld: new TermMatcher(vocabulary.certificationNotHeldWords.map((phrase) => ({ phrase, value: true as const }))),
    skillAspirations: {
      openers: new TermMatcher(vocabulary.skillAspirations.openers.map((phrase) => ({ phrase, value: true as const }))),
      sought: new Set(vocabulary.skillAspirations.sought.map(normalizePhrase)),
      claims: new Set(vocabulary.skillAspirations.claims.map(normalizePhrase)),
      continuations: new Set(vocabulary.skillAspirations.continuations.map(normalizePhrase)),
      moves: new TermMatcher(vocabulary.skillAspirations.moves.map((phrase) => ({ phrase, value: true as const }))),
      learning: new TermMatcher(vocabulary.skillAspirations.learning.map((phrase) => ({ phrase, value: true as const }))),
      learningAnywhere: new TermMatcher(vocabulary.skillAspirations.learningAnywhere.map((phrase) => ({ phrase, value: true as const }))),
      completed: new TermMatcher(vocabulary.skillAspirations.completed.map((phrase) => ({ phrase, value: true as const }))),
      labels: new Set(vocabulary.skillAspirations.labels.map(normalizePhrase)),
      maxWords: vocabulary.skillAspirations.maxWords,
      sections: new Set(vocabulary.skillAspirations.sections),
    },
    skillDenials: {
      ...denialPhrases(vocabulary.skillDenials.phrases),
      ends: new Set(vocabulary.skillDenials.ends.map(normalizePhrase)),
      othersBefore: new Set(vocabulary.skillDenials.othersBefore.map(normalizePhrase)),
    },
    builtSoftware: {
      verbs: new Set(vocabulary.builtSoftware.verbs.map(normalizePhrase)),
      nouns: new Set(vocabulary.builtSoftware.nouns.map(normalizePhrase)),
      purposeWords: new Set(vocabulary.builtSoftware.purposeWords.map(normalizePhrase)),
      breaks: new Set(vocabulary.phrasingBreaks.map(normalizePhrase)),
      keptCategories: new Set(vocabulary.builtSoftware.keptCategories),
    },
    skillAliasContexts: new Map(
      vocabulary.skillAliasContexts.map(({ skill, aliases, context, unless }) => [
        skill,
        {
          aliases: new Set(aliases.map(normalizePhrase)),
          context: context.length === 0 ? null : new TermMatcher(context.map((phrase) => ({ phrase, value: true as const }))),
          unless: new TermMatcher(unless.map((phrase) => ({ phrase, value: true as const }))),
        },
      ]),
    ),
  };
}

/**
 * A form's words may stand further apart than written (a PDF doubles spaces, wraps lines): a form is looked for this
 * many times its written length before a hit.
 */
const falseFriendSpacing = 2;

/** Any of the written forms as whole words, in any case: what a false friend looks like in the text. */
function writtenFormsPattern(written: readonly string[]): FalseFriends {
  return {
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(written)})(?![\p{L}\p{N}])`, 'iuy'),
    reach: falseFriendSpacing * Math.max(...written.map((form) => form.length)),
    startCodes: startCodesOf(written),
  };
}

/**
 * Skill id → the roles it defines: among the roles that weigh it above a must-have's usual weight of 1, those that weigh
 * it most (customer service defines the customer service representative, not the healthcare one who also needs it).
 */
/** Role id → its defining skill: of the skills that define it, the one it weighs most, when no other weighs as much. */
function soleDefiningSkills(roles: readonly Role[], definedBy: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const sole = new Map<string, string>();
  for (const role of roles) {
    const defining = role.skills.filter(({ skill }) => definedBy.get(skill)?.includes(role.id) === true);
    const most = Math.max(...defining.map(({ weight }) => weight));
    const heaviest = defining.filter(({ weight }) => weight === most);
    if (heaviest.length === 1 && heaviest[0] !== undefined) sole.set(role.id, heaviest[0].skill);
  }
  return sole;
}

function rolesDefinedBySkills(roles: readonly Role[]): Map<string, string[]> {
  const weighed = new Map<string, { weight: number; roles: string[] }>();
  for (const role of roles) {
    for (const { skill, importance, weight } of role.skills) {
      if (importance !== 'must-have' || weight <= 1) continue;
      const most = weighed.get(skill);
      if (!most || weight > most.weight) weighed.set(skill, { weight, roles: [role.id] });
      else if (weight === most.weight) most.roles.push(role.id);
    }
  }
  return new Map([...weighed].map(([skill, { roles: defined }]) => [skill, defined]));
}

function relatedEitherWay(skills: readonly Skill[]): Map<string, string[]> {
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    const set = related.get(a) ?? new Set<string>();
    set.add(b);
    related.set(a, set);
  };
  for (const skill of skills) {
    for (const other of skill.related) {
      link(skill.id, other);
      link(other, skill.id);
    }
  }
  return new Map([...related].map(([id, set]) => [id, [...set]]));
}

/**
 * The break between two sentences of a posting: blanks after a full stop, ! or ?, unless the word before the stop is
 * an abbreviation or the next word starts in lower case; blanks after a semicolon ("Senior high school graduate;
 * college degree is not required"); or blanks (and a comma) before a contrast word.
 */
function postingSentenceBreak(postings: Postings): RegExp {
  // Written as listed, capitalised or in capitals: the pattern keeps case, to tell "Sr. Technical" from "etc. and".
  const written = postings.abbreviations.flatMap((a) => [a, a.charAt(0).toUpperCase() + a.slice(1), a.toUpperCase()]);
  const abbreviations = anyOf([...new Set(written)]);
  const afterStop = String.raw`(?<=[.!?])(?<!(?<![\p{L}])(?:${abbreviations})\.)\s+(?=[\p{Lu}\p{N}•\-–])`;
  const contrasts = postings.clauseBreaks.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]);
  const beforeContrast = String.raw`,?\s+(?=(?:${anyOf(contrasts)})(?![\p{L}]))`;
  const afterSemicolon = String.raw`(?<=;)\s+`;
  return new RegExp(`${afterStop}|${afterSemicolon}|${beforeContrast}`, 'gu');
}

/** Announcement phrases anywhere, and the opener words at the start of a line or sentence, as whole words. */
function announcementPattern(postings: Postings): RegExp | null {
  const anywhere = postings.announcements.length > 0 ? [String.raw`(?<![\p{L}])(?:${anyOf(postings.announcements)})(?![\p{L}])`] : [];
  // Emoji and other symbols may open the line too: "📢 Hiring for: Customer Care Agent". They are matched as a group
  // (\`lead\`, kept when the announcement is blanked) from the line's start, not looked behind for at every place of
  // the line: on a line of a thousand bullets that look-behind ran a thousand times over it.
  const openers = anyOf(postings.announcementOpeners);
  const opening = postings.announcementOpeners.length > 0
    ? [String.raw`^(?<lead>[\s\p{P}\p{S}\p{Extended_Pictographic}]*)(?:${openers})(?![\p{L}])`, String.raw`(?<=[.!?])\s+(?:${openers})(?![\p{L}])`]
    : [];
  const all = [...anywhere, ...opening];
  return all.length === 0 ? null : new RegExp(all.join('|'), 'giu');
}

function compilePostingRules(postings: Postings, vocabulary: Vocabulary): PostingRules {
  const importances = ['must-have', 'important', 'nice-to-have'] as const;
  const numberWords = numberWordsOf(vocabulary);
  const { yearUnits, monthUnits } = vocabulary.statedExperience;
  // A figure in words may be repeated in digits: "one (1) year".
  const amount = (name: string): string =>
    String.raw`(?<${name}>\d{1,2}(?:\.\d{1,2})?|(?:${anyOf([...numberWords.keys()])})(?![\p{L}]))(?:\s*\(\d{1,2}\))?`;
  const plus = String.raw`(?:\s*(?:\+|plus(?![\p{L}])))?`;
  const range = String.raw`(?:\s*(?:-|–|—|to)\s*${amount('high')}${plus})?`;
  const unit = String.raw`(?:(?<years>${anyOf(yearUnits)})|(?<months>${anyOf(monthUnits)}))\.?(?![\p{L}])`;
  const notAge = String.raw`(?!['’]?\s*(?:${anyOf(postings.ageWords)})(?![\p{L}]))`;
  return {
    headings: new Map(importances.flatMap((importance) => postings.headings[importance].map((h) => [normalizePhrase(h), importance] as const))),
    ignoredHeadings: new Set(postings.ignoredHeadings.map(normalizePhrase)),
    announcement: announcementPattern(postings),
    markers: new TermMatcher([
      ...postings.markers['must-have'].map((phrase) => ({ phrase, value: 'must-have' as const })),
      ...postings.markers['nice-to-have'].map((phrase) => ({ phrase, value: 'nice-to-have' as const })),
      ...postings.markers['not-required'].map((phrase) => ({ phrase, value: 'not-required' as const })),
      ...postings.markerFalseFriends.map((phrase) => ({ phrase, value: 'none' as const })),
    ]),
    titleLabels: postings.titleLabels.map(normalizePhrase),
    experienceFigure: new RegExp(String.raw`(?<![\p{L}\p{N}.])${amount('low')}${plus}${range}\s*${unit}${notAge}`, 'giu'),
    experienceWords: phrases(vocabulary.statedExperience.experienceWords),
    notExperienceWords: phrases(postings.notExperienceWords),
    applicantWords: phrases(postings.applicantWords),
    sentenceBreak: postingSentenceBreak(postings),
    alternative: new RegExp(String.raw`^[\s,(\[–—-]*${alternativeAfter(postings.alternativeAfterWords)}(?:${anyOf(postings.alternativeJoiners)})[\s:]*$`, 'iu'),
    // "CPC-A not considered", "CPC-A (apprentice) not considered", "CPA or KASNEB qualification not needed".
    exclusion: postings.exclusions.length === 0 ? null : new RegExp(
      String.raw`^[\s:,)\]–—-]*(?:\([^()]*\)[\s:,]*)?(?:(?:or|and|/)\s*[\p{L}\p{N} -]{0,40}?\s)?(?:${anyOf(postings.exclusions)})(?![\p{L}])`,
      'iu',
    ),
    numberWords,
    minSkills: postings.minSkills,
    experienceWaivers: phrases(postings.experienceWaivers),
    experienceOfWork: new TermMatcher(postings.experienceOfWork.flatMap(({ role, phrases: written }) => written.map((phrase) => ({ phrase, value: role })))),
    workDoneInRelatedRoles: new Set(postings.workDoneInRelatedRoles),
    studiesUnderWay: phrases(postings.studiesUnderWay),
    studiesUnderWayToward: postings.studiesUnderWayToward,
    locationLabels: new Set(postings.locationLabels.map(normalizePhrase)),
    residencePhrases: phrases(postings.residencePhrases),
    payLabels: new Set(postings.payLabels.map(normalizePhrase)),
    protectedAsks: new TermMatcher(postings.protectedAsks.flatMap(({ attribute, phrases: written }) => written.map((phrase) => ({ phrase, value: attribute })))),
  };
}

/** A phrasing's verbs in all their forms, less the forms it leaves out, with its nouns as written. */
function compilePhrasing(phrasing: SkillPhrasing, value: string): Phrasing<string> {
  // Compared as matched: plurals fold, so "leads" is "lead" and goes with it.
  const except = new Set(phrasing.except.map(normalizePhrase));
  const verbs = phrasing.verbs.flatMap((verb) => verbForms(verb)).filter((form) => !except.has(normalizePhrase(form)));
  return { verbs: [...verbs, ...phrasing.nouns], objects: phrasing.objects, maxGap: phrasing.maxGap, value };
}

function phrases(words: readonly string[]): TermMatcher<true> {
  return new TermMatcher(words.map((phrase) => ({ phrase, value: true as const })));
}

/** A word that may stand after the first alternative ("certification"), with what parts it from the joiner; optional. */
function alternativeAfter(words: readonly string[]): string {
  return words.length > 0 ? String.raw`(?:(?:${alternation(words)})[\s,(\[–—-]*)?` : '';
}

/** An alternation that never matches when the list is empty. */
function anyOf(words: readonly string[]): string {
  return words.length > 0 ? alternation(words) : '(?!)';
}

function numberWordsOf(vocabulary: Vocabulary): Map<string, number> {
  return new Map(vocabulary.numberWords.flatMap(({ value, aliases }) => aliases.map((alias) => [alias.toLowerCase(), value] as const)));
}

function compileExperiencePatterns(vocabulary: Vocabulary): ExperiencePatterns {
  const { yearUnits, monthUnits, experienceWords, roleLinks, totalWords, excludedBefore, ageBefore, ageAfter } = vocabulary.statedExperience;
  const numberWords = numberWordsOf(vocabulary);
  // A number written as a word ends with it: "any" is not "an" and the unit "y".
  const amount = String.raw`\d{1,2}(?:\.\d{1,2})?|(?:${anyOf([...numberWords.keys()])})(?![\p{L}])`;
  // Job sites write a unit as "Year(s)" and "Month(s)".
  const plural = String.raw`(?:\(s\))?`;
  const years = String.raw`(?<years>${amount})\s*\+?\s*-?\s*(?:${anyOf(yearUnits)})${plural}\.?['’]?(?:\s*(?:and\s+)?(?<months>\d{1,2})\s*(?:${anyOf(monthUnits)})${plural}(?![\p{L}])\.?)?`;
  const months = String.raw`(?<onlyMonths>\d{1,3})\s*\+?\s*(?:${anyOf(monthUnits)})${plural}\.?['’]?`;
  const duration = String.raw`(?:${years}|${months})(?![\p{L}\p{N}])`;
  const experience = anyOf(experienceWords);
  const approximate = anyOf(vocabulary.approximateWords);
  return {
    statements: [
      // "8+ years of (rich) experience", "4yrs. of solid work experience": the figure, up to four words, experience.
      new RegExp(String.raw`(?<![\p{L}\p{N}.])${duration}\s*\+?\s*(?:[\p{L}/&.-]+\s+){0,6}?(?:${experience})(?![\p{L}])`, 'giu'),
      // "Total experience: 3 years", "experience of 2.5 years", "Years of Experience: 2 Years and 4 Months".
      new RegExp(String.raw`(?<![\p{L}])(?:${experience})\s*(?:[:=–-]+|of|is)?\s*(?:(?:${approximate})\s+)?${duration}`, 'giu'),
    ],
    // A unit as a word of its own: a statement's unit is never followed by a letter, and "your", "more" or "model"
    // would open windows around nothing.
    units: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf([...yearUnits, ...monthUnits])})(?![\p{L}])`, 'giu'),
    summaryStatement: new RegExp(String.raw`(?<![\p{L}\p{N}.])${duration}\s*\+?\s+(?:${anyOf(roleLinks)})(?=\s)`, 'giu'),
    total: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(totalWords)})(?![\p{L}])[^.;\n]{0,40}$`, 'iu'),
    excluded: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(excludedBefore)})\s*$`, 'iu'),
    age: {
      before: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(ageBefore)})[\s:.=–-]*$`, 'iu'),
      after: new RegExp(String.raw`^${duration}\s*(?:${anyOf(ageAfter)})(?![\p{L}])`, 'iu'),
    },
    numberWords,
    durationAlone: new RegExp(String.raw`^[\s·•|-]*${duration}[\s.]*$`, 'iu'),
    durationNoted: new RegExp(String.raw`\(\s*${duration}\s*\)`, 'iu'),
  };
}

function groups(list: readonly { readonly id: string; readonly aliases: readonly string[] }[]): TermMatcher<string> {
  return new TermMatcher(list.flatMap(({ id, aliases }) => aliases.map((phrase) => ({ phrase, value: id }))));
}

/** A number followed by one of `units`: group `value`. */
function valueBefore(units: readonly string[]): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*\+?\s*(?:${anyOf(units)})(?![\p{L}])`, 'giu');
}

function compileScreening(screening: Screening, vocabulary: Vocabulary): CompiledScreening {
  const { typing, team, durationUnits } = screening;
  const numberWords = numberWordsOf(vocabulary);
  const sizeWords = [...numberWords].filter(([, value]) => value >= team.minSize).map(([word]) => word);
  // "4,500 FTE" as well as "12 agents".
  const size = String.raw`(?<size>\d{1,3}(?:,\d{3})+|\d{1,4}|${anyOf(sizeWords)})\s*\+?`;
  const approximate = String.raw`(?:(?:${anyOf(vocabulary.approximateWords)})\s+)?`;
  const members = anyOf(team.memberWords);
  const teamSize = [
    // "team of 12", "team size: 15", "a team of about 20 agents"
    String.raw`(?:${anyOf(team.teamWords)})\s*(?:size\s*)?(?:of|:|-|–|=)?\s*${approximate}${size}`,
    // "managed 25 agents", "led 8 team members"
    String.raw`(?:${anyOf(team.leadVerbs)})\s+${approximate}${size}\s+(?:${members})`,
    // "led a 10-member team"
    String.raw`(?:${anyOf(team.leadVerbs)})\s+(?:an?\s+)?${size}\s*-?\s*(?:member|people|person|strong|agent|seat)s?\s+(?:${anyOf(team.teamWords)})`,
  ];
  const accuracy = anyOf(typing.accuracy);
  const languages = new TermMatcher(screening.languages.flatMap((l) => [l.name, ...l.aliases].map((phrase) => ({ phrase, value: l.id }))));
  const languageTests = new TermMatcher(screening.languageTests.flatMap((t) => [t.name, ...t.aliases].map((phrase) => ({ phrase, value: t.id }))));
  const channels = groups(screening.channels);
  const callDirections = groups(screening.callDirections);
  const shifts = groups(screening.shifts);
  const metrics = new TermMatcher(screening.metrics.flatMap(({ id, aliases }) => aliases.map((phrase) => ({ phrase, value: id }))));
  const teamStarts = phrases([...team.leadVerbs, ...team.teamWords]);
  const languageShownBy = new TermMatcher(
    screening.languageShownBy.flatMap(({ language, level, phrases }) => phrases.map((phrase) => ({ phrase, value: { language, level } }))),
  );
  const wholeText: TermMatcher<unknown>[] = [languages, languageShownBy, languageTests, channels, callDirections, shifts, metrics, teamStarts];
  return {
    languages,
    firstWords: new Set(wholeText.flatMap((matcher) => [...matcher.startWords()])),
    languageNames: new Map(screening.languages.map((l) => [l.id, l.name])),
    languageJoiner: new RegExp(String.raw`^\s*(?:[/&,]|${anyOf(screening.languageJoiners)})\s*$`, 'iu'),
    languageJoinerWithin: new RegExp(String.raw`[/&,]|(?<![\p{L}])(?:${anyOf(screening.languageJoiners)})(?![\p{L}])`, 'iu'),
    proficiency: new TermMatcher(screening.proficiency.flatMap(({ level, aliases }) => aliases.map((phrase) => ({ phrase, value: level })))),
    languageShownBy,
    languageTests,
    languageTestsById: byId(screening.languageTests),
    typing: {
      wordsPerMinute: valueBefore(typing.wordsPerMinute),
      keystrokesPerHour: typing.keystrokesPerHour.length > 0 ? valueBefore(typing.keystrokesPerHour) : null,
      accuracy:
        typing.accuracy.length > 0
          ? new RegExp(
              String.raw`(?<value>\d{2,3}(?:\.\d+)?)\s*(?:%|percent)\s*(?:${accuracy})|(?:${accuracy})\s*(?:rate\s*)?(?:of|:|-|–|=|at)?\s*(?<after>\d{2,3}(?:\.\d+)?)\s*(?:%|percent)`,
              'giu',
            )
          : null,
      minWordsPerMinute: typing.minWordsPerMinute,
      maxWordsPerMinute: typing.maxWordsPerMinute,
    },
    channels,
    callDirections,
    shifts,
    preference: phrases(screening.preferenceWords),
    negation: phrases(screening.negationWords),
    exclusiveAfter: new RegExp(String.raw`^\s*(?:${anyOf(screening.exclusiveWords)})(?![\p{L}])`, 'iu'),
    exclusiveBefore: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(screening.exclusiveWords)})\s*$`, 'iu'),
    metrics,
    metricsById: byId(screening.metrics),
    duration: new RegExp(
      String.raw`(?<![\p{N}:])(?<minutes>\d{1,2}):(?<seconds>[0-5]\d)(?![\p{N}:])|(?<![\p{L}\p{N}.])(?<amount>\d+(?:\.\d+)?)\s*(?<unit>${anyOf([...durationUnits.seconds, ...durationUnits.minutes])})(?![\p{L}])`,
      'giu',
    ),
    secondsUnits: new Set(durationUnits.seconds.map((unit) => unit.toLowerCase())),
    changeWords: phrases(screening.changeWords),
    deltaWords: phrases(screening.deltaWords),
    teamSize: teamSize.map((pattern) => new RegExp(String.raw`(?<![\p{L}])(?:${pattern})(?![\p{L}\p{N}])`, 'iuy')),
    // "Managed 4 team leaders and 70 agents": more people led, right after a count of members.
    teamMore: new RegExp(String.raw`\s*(?:,\s*and|,|&|and|plus)\s*${approximate}${size}\s+(?:${members})(?![\p{L}\p{N}])`, 'iuy'),
    // The object: one to three words (a count and what is counted: "2 LOBs", "multiple LOBs"), and a note in brackets.
    teamAfterObject: new RegExp(
      String.raw`(?<![\p{L}])(?:${anyOf(team.leadVerbs)})\s+(?:[^\s,;.()]+\s+){0,2}[^\s,;.()]+(?:\s*\([^()]*\))?\s*(?:,|&|\band\b|\bwith\b)\s*${approximate}${size}\s+(?:${members})(?![\p{L}\p{N}])`,
      'iuy',
    ),
    headcount: new RegExp(String.raw`(?<size>\d{1,3}(?:,\d{3})+|\d{1,4})\s*\+?\s+(?:${members})(?![\p{L}\p{N}])`, 'iuy'),
    leaderRoleGroup: team.leaderRoleGroup ?? null,
    teamStarts,
    teamMemberBefore: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(team.memberOf)})(?:\s+(?:an?|the|our|my))?\s*(?:[\p{L}-]+\s+){0,2}$`, 'iu'),
    numberWords,
    minTeamSize: team.minSize,
    maxTeamSize: team.maxSize,
  };
}
