/**
 * The shape of every file under taxonomy/. The taxonomy is data a domain expert reviews; these schemas are the
 * contract that lets them edit it safely. Cross-references (a role naming a skill that exists, …) are checked
 * separately in check-cross-references.ts because they span files.
 */
import { z } from 'zod';
import { cefrLevels } from '../text/cefr-levels.js';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens, e.g. "customer-service"');
const text = z.string().trim().min(1);
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code');
const aliasList = z.array(text).default([]);

export const importanceSchema = z.enum(['must-have', 'important', 'nice-to-have']);
export type Importance = z.infer<typeof importanceSchema>;

export const manifestSchema = z.strictObject({
  name: text,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as "1.0.0"'),
  description: text.optional(),
});

const word = z.string().trim().regex(/^\S+$/, 'one word');

/** Entries keyed by a skill or role, one each: compiled into a map, a second entry would silently replace the first. */
function oncePer<K extends string>(key: K) {
  return (entries: readonly Record<K, string>[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry[key])) ctx.addIssue({ code: 'custom', path: [index, key], message: `a second entry for "${entry[key]}": add its words to the first` });
      seen.add(entry[key]);
    });
  };
}
/**
 * The skill written as a verb and what it acts on, with up to `maxGap` words between: "Directed a team of thirty
 * associates" for people management, where no fixed alias would list every wording.
 */
const phrasingSchema = z.strictObject({
  /** Base forms ("supervise"): every tense is matched ("supervised", "supervises", "supervising", "oversaw"). */
  verbs: z.array(word).default([]),
  /** Words that stand where the verb would, matched as written ("verification of insurance benefits"). */
  nouns: z.array(word).default([]),
  /** Forms of the verbs left out, because they are also other words ("lead", a title word: "Lead Analyst"). */
  except: z.array(word).default([]),
  objects: z.array(word).min(1),
  maxGap: z.number().int().min(0).max(4).default(2),
}).refine((phrasing) => phrasing.verbs.length + phrasing.nouns.length > 0, 'A phrasing needs a verb or a noun.');

export const skillSchema = z.strictObject({
  id,
  name: text,
  category: id,
  /** Other ways people write the skill: spellings, abbreviations, phrasings ("handled high call volume"). */
  aliases: aliasList,
  phrasings: z.array(phrasingSchema).default([]),
  /** Skills whose presence earns partial credit for this one. */
  related: z.array(id).default([]),
  /** Broader skills this one is a kind of: Salesforce is CRM software, so a resume naming it shows both. */
  implies: z.array(id).default([]),
  /**
   * Where the skill is used, when only in some countries (a country's own tax): not suggested to a candidate known to
   * live elsewhere. The score still counts it.
   */
  usedIn: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
  /** A concrete way to acquire the skill: training, certification or practice. */
  acquire: text,
  /** Where the skill is grounded (O*NET element, ESCO URI, O*NET technology example). */
  references: z.array(text).default([]),
});
export const skillFileSchema = z.strictObject({ skills: z.array(skillSchema) });
export type SkillPhrasing = z.infer<typeof phrasingSchema>;

export const certificationSchema = z.strictObject({
  id,
  name: text,
  issuer: text,
  domain: text,
  aliases: aliasList,
  /** Skills the certification evidences: holding it counts as having them. */
  skills: z.array(id).default([]),
  /** Lower certifications it stands above: holding it meets a requirement for them (a Green Belt, a Yellow Belt's). */
  covers: z.array(id).default([]),
  acquire: text.optional(),
  /** Where it can be taken, when only in some countries: not suggested to a candidate known to live elsewhere. */
  offeredIn: z.array(countryCode).optional(),
  /**
   * A test of this screening language, which proves a level and nothing more: not suggested beside the role's own
   * requirement on that language, or once the resume shows the language.
   */
  testsLanguage: id.optional(),
});
export const certificationFileSchema = z.strictObject({ certifications: z.array(certificationSchema) });

export const educationLevelSchema = z.strictObject({
  id,
  name: text,
  /** Higher rank = more education. Levels with the same rank are equivalent (BTech and BSc). */
  rank: z.number().int().min(0),
  aliases: aliasList,
  /** The level a student must have finished to begin this one: a degree left unfinished still attests it. */
  entryLevel: id.optional(),
});
export const educationFieldSchema = z.strictObject({ id, name: text, aliases: aliasList });
export const educationFileSchema = z.strictObject({
  levels: z.array(educationLevelSchema),
  fields: z.array(educationFieldSchema),
});

export const sectionHeadingSchema = z.strictObject({
  id,
  aliases: z.array(text).min(1),
  /** Whether a line in Title Case ending with the section's name is its heading ("Production Experience"). */
  endsHeadings: z.boolean().default(false),
  /** Whether the section's lines name works (papers, talks) rather than what the candidate has: no skills are taken there. */
  namesWorks: z.boolean().default(false),
  /** Whether the section lists skills and nothing else: every item there is meant as one, whatever else it may mean. */
  listsSkills: z.boolean().default(false),
  /** Whether the candidate's name may stand first under the heading (a sidebar's contact details), not an item of it. */
  holdsName: z.boolean().default(false),
});
export const sectionFileSchema = z.strictObject({ sections: z.array(sectionHeadingSchema) });

/** Words the extractors need that are not skills: months, "present", range separators, … */
export const vocabularyFileSchema = z.strictObject({
  months: z.array(z.strictObject({ month: z.number().int().min(1).max(12), aliases: z.array(text).min(1) })).length(12),
  /** Words that mean an open-ended range ends today: "Present", "to date", "Current". */
  ongoing: z.array(text).min(1),
  /** Words that join the two ends of a date range besides dashes: "to", "till", "until". */
  rangeJoiners: z.array(text).min(1),
  /**
   * Words joining the items of a list that share their last words ("chat and email support", "billing, technical or
   * account concerns"): each item with the shared words may name a skill of its own. "&" is read as "and".
   */
  listJoiners: z.array(text).default([]),
  /**
   * Job titles that show skills of their own, whatever the job's lines say: a registered nurse's licence rests on
   * anatomy and physiology and on medical terminology. Read on a job's title only, never in a sentence.
   */
  titleSkills: z.array(z.strictObject({ titles: z.array(text).min(1), skills: z.array(id).min(1) })).default([]),
  /** Seasons and similar words that stand in for a month, mapped to one ("Summer 2019"). */
  seasons: z.array(z.strictObject({ month: z.number().int().min(1).max(12), aliases: z.array(text).min(1) })).default([]),
  /** Words that mark a line as naming a school or university ("University", "College", "Vidyalaya"). */
  institutionWords: z.array(text).min(1),
  qualificationWords: z.array(text).min(1),
  /** Words on a degree's line that say it was left unfinished ("3 years completed", "discontinued"). */
  unfinishedDegreeWords: z.array(text).default([]),
  /** Words on a degree's line that say it is under way ("pursuing", "expected"), unless its graduation year is past. */
  underWayDegreeWords: z.array(text).default([]),
  /** Written forms that look like a skill's alias but name something else ("initiatives" are no initiative). */
  skillFalseFriends: z.array(z.strictObject({ skill: id, written: z.array(text).min(1) })).superRefine(oncePer('skill')).default([]),
  /** Written forms that fold to a certification's alias but name others who hold it: a firm of "Chartered Accountants". */
  /** Written forms that fold to an education level's alias but name something else: "master data" is no master's. */
  levelFalseFriends: z.array(z.strictObject({ level: id, written: z.array(text).min(1) })).superRefine(oncePer('level')).default([]),
  certificationFalseFriends: z
    .array(z.strictObject({ certification: id, written: z.array(text).min(1) }))
    .superRefine(oncePer('certification'))
    .default([]),
  /**
   * Written forms that fold to a role's title alias but name another job: plurals are folded in matching, so the
   * accountant's "Accounts Executive" would take in the salesperson's "Account Executive".
   */
  titleFalseFriends: z.array(z.strictObject({ role: id, written: z.array(text).min(1) })).superRefine(oncePer('role')).default([]),
  /**
   * A title two roles share, told apart by the employer's line of work: a job whose title names `instead` and whose
   * employer holds one of the words is a job of `role` ("AR Analyst – Omega Healthcare" bills medical claims).
   */
  employerLinesOfWork: z.array(z.strictObject({ role: id, instead: id, words: z.array(text).min(1) })).default([]),
  /**
   * Aliases too ambiguous to stand alone ("collections" of clothes, of lab samples, of debts): a hit of one counts
   * only when its line also holds one of the context words ("overdue accounts", "payments"), and none of the `unless`
   * words ("150 calls per day" is no inbound call handling on an outbound dialer's line). A rule gives either or both.
   */
  skillAliasContexts: z
    .array(
      z
        .strictObject({ skill: id, aliases: z.array(text).min(1), context: z.array(text).default([]), unless: z.array(text).default([]) })
        .refine((rule) => rule.context.length > 0 || rule.unless.length > 0, 'give context words, unless words, or both'),
    )
    .superRefine(oncePer('skill'))
    .default([]),
  /**
   * Software the candidate built, named by what it does: a skill right before one of `nouns` ("the Order Entry
   * system") or after one with "for" ("a Tool for Data Analysis"), in a sentence with one of `verbs` ("developed"),
   * names the software and is no skill of theirs. Skills of `keptCategories` are tools software is built with or on.
   */
  builtSoftware: z
    .strictObject({
      verbs: z.array(text).default([]),
      nouns: z.array(text).default([]),
      /** Words that join the software to what it does, before the skill: "a Tool for Data Analysis". */
      purposeWords: z.array(text).default([]),
      keptCategories: z.array(id).default([]),
    })
    .default({ verbs: [], nouns: [], purposeWords: [], keptCategories: [] }),
  /**
   * Phrases by which a candidate says they lack what follows ("no experience with", "never done"), and the words that
   * end their reach before the sentence does ("but"): a skill in between is not claimed.
   */
  skillDenials: z
    .strictObject({ phrases: z.array(text).default([]), ends: z.array(text).default([]), othersBefore: z.array(text).default([]) })
    .default({ phrases: [], ends: [], othersBefore: [] }),
  /** Words that say a certification beside them is not held yet: "(in progress)", "studying for", "exam booked". */
  certificationNotHeldWords: z.array(text).default([]),
  /**
   * Phrases that open what a candidate is seeking ("seeking", "looking for"), the words for the job sought ("role",
   * "position"), how many words may stand between, and the sections where they are read: a skill in between is wished
   * for, not claimed ("Seeking a customer service role"). A word of `claims` ends the wish: "looking to use my Zendesk
   * experience in a support role" claims Zendesk.
   */
  skillAspirations: z
    .strictObject({
      openers: z.array(text).default([]),
      sought: z.array(text).default([]),
      claims: z.array(text).default([]),
      /** Words after the job word that go on to name the job sought: "a job as a call center agent". */
      continuations: z.array(text).default([]),
      /** Words after which what follows, to the end of the sentence, is where the candidate wants to go ("move into …"). */
      moves: z.array(text).default([]),
      /** Words after which what follows, to the end of the sentence, is still to be learnt ("where I can learn …"). */
      learning: z.array(text).default([]),
      /** Words of learning under way, read in every section: "Currently learning ICD-10-CM in a CPC course". */
      learningAnywhere: z.array(text).default([]),
      /** Words saying a course is done ("completed 2024"): the skills it taught are learnt. */
      completed: z.array(text).default([]),
      /** Labels of a line naming the job sought, in any section: all after "Position desired:" is wished for. */
      labels: z.array(text).default([]),
      maxWords: z.number().int().min(1).default(8),
      sections: z.array(id).default([]),
    })
    .default({ openers: [], sought: [], claims: [], continuations: [], moves: [], learning: [], learningAnywhere: [], completed: [], labels: [], maxWords: 8, sections: [] }),
  /** Words between a phrasing's verb and a later word that make it no object of the verb ("managed payroll for 300 employees"). */
  phrasingBreaks: z.array(text).default([]),
  /** Nouns a phrasing's object word may qualify, so that it is no object itself ("led weekly staff meetings"). */
  phrasingQualifiedNouns: z.array(text).default([]),
  /** Words after which a phrasing's verb is an adjective or a noun: "a leading operator", "the managing partner". */
  phrasingDeterminers: z.array(text).default([]),
  /** Words around a heading that leave its meaning as it is: "SELECTED Accomplishments", "Education DETAILS". */
  headingQualifiers: z
    .strictObject({ leading: z.array(text).default([]), trailing: z.array(text).default([]) })
    .default({ leading: [], trailing: [] }),
  /** Words before a date that leave the range open until today: "since 2016". */
  openRangeStarts: z.array(text).default([]),
  /** Words after a date that leave the range open until today: "Sept 2017 onwards". */
  openRangeEnds: z.array(text).default([]),
  /** Words before a figure that make it approximate without changing it ("about", "over", "more than"). */
  approximateWords: z.array(text).default([]),
  /** Numbers written as words ("five years"). */
  numberWords: z.array(z.strictObject({ value: z.number().int().min(0), aliases: z.array(text).min(1) })).default([]),
  /** How job titles and employers are told apart on a job's header lines. */
  jobs: z
    .strictObject({
      /** Words that make a phrase a job title: its head nouns ("Engineer", "Manager", "Executive", "Intern"). */
      titleWords: z.array(text).default([]),
      /** Legal forms that make a phrase an organisation whatever else it holds ("Ltd", "Pvt", "Inc"). */
      employerForms: z.array(text).default([]),
      /** Words organisations are named with ("Technologies", "Bank", "University"). */
      employerWords: z.array(text).default([]),
      /** Words that introduce a title inside a sentence: "worked as", "joined as". */
      titleIntroducers: z.array(text).default([]),
      /** Words that introduce an employer before its title inside a sentence: "working with … as …". */
      employerIntroducers: z.array(text).default([]),
      /** Words between an introduced employer and the title after it: "as". */
      titleAfterEmployer: z.array(text).default([]),
      /** Words a title introduced inside a sentence may start with and that are not part of it: "a", "an". */
      articles: z.array(text).default([]),
      /** Lower-case words inside a title written in capitals, after which the title goes on: "Head of Sales". */
      titleLinks: z.array(text).default([]),
      /** Words that end a title introduced inside a sentence: "with", "at", "from". */
      titleTerminators: z.array(text).default([]),
      /** Labels of a line that states the title: "Designation:", "Position:". */
      titleLabels: z.array(text).default([]),
      /** Labels of a line that states the employer: "Company:", "Employer:". */
      employerLabels: z.array(text).default([]),
      /** What a dated stretch away from work is called ("Career break", "Sabbatical"): read as a title, counted as no job. */
      careerBreaks: z.array(text).default([]),
      /** Departments a title names after a comma ("Associate Vice President, Operations"): no employer's names. */
      departments: z.array(text).default([]),
      /**
       * A resume template's placeholders, which anonymised resumes keep: the employer's ("Company Name") and the
       * place's ("City , State"). A job's header reads them as what they stand for, not as part of its title.
       */
      placeholders: z.strictObject({ employers: z.array(text).default([]), places: z.array(text).default([]) }).default({ employers: [], places: [] }),
    })
    .default({
      placeholders: { employers: [], places: [] },
      careerBreaks: [],
      departments: [],
      titleWords: [],
      employerForms: [],
      employerWords: [],
      titleIntroducers: [],
      employerIntroducers: [],
      titleAfterEmployer: [],
      articles: [],
      titleLinks: [],
      titleTerminators: [],
      titleLabels: [],
      employerLabels: [],
    }),
  /** How a resume states its total experience: "8+ years of experience", "Total experience: 3 years 6 months". */
  statedExperience: z
    .strictObject({
      /** Units counted as years ("years", "yrs") and as months ("months", "mos"). */
      yearUnits: z.array(text).default([]),
      monthUnits: z.array(text).default([]),
      /** Words that name experience ("experience", "exp"). */
      experienceWords: z.array(text).default([]),
      /** Words after a figure that tie it to a role or field ("7 years as an art editor"), read in summaries only. */
      roleLinks: z.array(text).default([]),
      /** Words that make a statement the total ("total", "overall"). */
      totalWords: z.array(text).default([]),
      /** Words before a figure that make it no claim at all ("less than"). */
      excludedBefore: z.array(text).default([]),
      /** Words before or after a figure that make it an age ("Age: 45 years", "23 years old"), not experience. */
      ageBefore: z.array(text).default([]),
      ageAfter: z.array(text).default([]),
    })
    .default({ yearUnits: [], monthUnits: [], experienceWords: [], roleLinks: [], totalWords: [], excludedBefore: [], ageBefore: [], ageAfter: [] }),
  /**
   * Function words of English and of other languages: a resume whose other-language words outnumber its English ones
   * (and make at least `minOtherShare` of its words) reads as not English.
   */
  functionWords: z
    .strictObject({
      english: z.array(text).default([]),
      other: z.array(text).default([]),
      minWords: z.number().int().min(1).default(80),
      minOtherShare: z.number().min(0).max(1).default(0.05),
      /** A text whose letters are less than this share Latin is written in another script (Devanagari, Han …). */
      minLatinShare: z.number().min(0).max(1).default(0.5),
      /**
       * A text shorter than `minWords` is not English only when it holds at least this many function words of other
       * languages, twice as many as English ones: a short Spanish resume, not a short English one with "Las Piñas".
       */
      shortTextMinOtherWords: z.number().int().min(1).default(6),
    })
    .default({ english: [], other: [], minWords: 80, minOtherShare: 0.05, minLatinShare: 0.5, shortTextMinOtherWords: 6 }),
  /**
   * Personal details: lines that title the document (never a name), labels of a name line ("Name:") and honorifics,
   * and labels of protected or identifying details that blind screening redacts with their values ("Date of Birth",
   * "Gender:"); `colonLabels` count only before a colon or a spaced dash ("Gender - Female"); labelled identity numbers
   * lose their value whole ("KRA PIN: [redacted]").
   */
  personalDetails: z
    .strictObject({
      documentTitles: z.array(text).default([]),
      nameLabels: z.array(text).default([]),
      honorifics: z.array(text).default([]),
      nameParticles: z.array(text).default([]),
      labels: z.array(text).default([]),
      colonLabels: z.array(text).default([]),
      /** Words of a postal box ("P.O. Box"): the number after one is an address, no phone number. */
      postalBoxes: z.array(text).default([]),
      /** Labels of an identity number ("ID Number", "SSS No"): the number after one is no phone number either. */
      identityNumbers: z.array(text).default([]),
      /** Letters after a name and a comma that are a credential, not a given name written last ("Jerome Cruz, RN"). */
      postNominals: z.array(text).default([]),
      /** Labels of a surname and of given names on lines of their own ("Surname: Dlamini", "First Names: Sipho"). */
      surnameLabels: z.array(text).default([]),
      givenNameLabels: z.array(text).default([]),
      /** A generation written after a name ("Juan Santos III", "Jose Cruz Jr."): no word of the name's shape. */
      nameSuffixes: z.array(text).default([]),
      /** Labels of the candidate's location ("Location: Thika"): the value is the location, known place or not. */
      locationLabels: z.array(text).default([]),
      /** Words that make a line no name: a greeting ("Hi HR,"), a job site's or a document's word ("JobStreet Profile"). */
      notNameWords: z.array(text).default([]),
      commonWordEndings: z.array(z.string().regex(/^\p{Ll}+$/u, 'a word ending in lower-case letters')).default([]),
      /**
       * Labels that count with no colon too, at the start of an item and before a capital or a digit ("Religion Roman
       * Catholic", "Age 40"), never before a lower-case word ("Gender diversity training").
       */
      bareLabels: z.array(text).default([]),
      /** Words before a relative's name ("S/O", "Married to"): blind screening redacts them with the name. */
      relativeMarkers: z.array(text).default([]),
      /** Words that mark a date as a birth date ("born 14 Feb 1986", "14-Feb-1986 (DOB)"). */
      birthWords: z.array(text).default([]),
      /** Words after a number that make it an age ("40 yrs old"). */
      ageWords: z.array(text).default([]),
      /** Sites whose profile addresses name their holder ("linkedin.com/in", "github.com"): redacted whole. */
      profileSites: z.array(text).default([]),
      /**
       * Words that alone state a protected detail (marital status, gender, religion, dependants): an item made of only
       * these and numbers is redacted on a line that holds a labelled personal detail ("Married, 2 dependants").
       */
      personalValues: z.array(text).default([]),
      /** Words before a number that make it an age ("aged 45"): not before a unit of time ("accounts aged 90 days"). */
      ageBeforeWords: z.array(text).default([]),
      /** Units of time after the number that make it no age ("accounts aged 90 days"). */
      ageBeforeWordsNotWith: z.array(text).default([]),
      /**
       * Words of a street address ("St", "Blk", "Brgy", "Calle"): beside the redacted location in an item, the address
       * they stand in goes too ("123 Main St Apt 4, [redacted]"), and a header's address gives the location.
       */
      addressWords: z.array(text).default([]),
      /** Short forms of given names that open a name line ("Ma." of María, "Wm."): no place there ("MA" Massachusetts). */
      givenNameAbbreviations: z.array(text).default([]),
      /**
       * Given names that are ordinary words too, which compromise's lexicon tags as names only ("grace", "mark"): like
       * its common words, redacted on their own only where written with a capital.
       */
      namesAlsoWords: z.array(text).default([]),
    })
    .default({
      documentTitles: [], nameLabels: [], honorifics: [], nameParticles: [], labels: [], colonLabels: [], postalBoxes: [],
      identityNumbers: [], postNominals: [], surnameLabels: [], givenNameLabels: [], nameSuffixes: [], locationLabels: [], notNameWords: [], commonWordEndings: [], bareLabels: [],
      relativeMarkers: [], birthWords: [], ageWords: [], profileSites: [], personalValues: [], ageBeforeWords: [], ageBeforeWordsNotWith: [], addressWords: [],
      givenNameAbbreviations: [], namesAlsoWords: [],
    }),
  /**
   * Places a location line names: states, provinces and regions (names and postal codes), and countries. Those under
   * `byCountry` also tell the candidate's country; `regions` and `countries` hold names shared by several.
   */
  places: z
    .strictObject({
      regions: z.array(text).default([]),
      countries: z.array(text).default([]),
      /** Words after which a place names an organisation, not where it stands: "State Bank of India". */
      nameLinks: z.array(text).default([]),
      byCountry: z
        .array(
          z.strictObject({
            id: countryCode,
            /** How advice names it ("the Philippines"); the first of `names` when absent. */
            name: text.optional(),
            names: z.array(text).min(1),
            regions: z.array(text).default([]),
            /** International calling codes that belong to this country alone, without "+" ("63"). */
            callingCodes: z.array(z.string().regex(/^[1-9]\d{0,2}$/, 'a calling code of 1 to 3 digits, without "+"')).default([]),
          }),
        )
        .default([]),
    })
    .default({ regions: [], countries: [], nameLinks: [], byCountry: [] }),
});

const phraseGroupSchema = z.strictObject({ id, aliases: z.array(text).min(1) });

/** Screening vocabulary: languages and proficiency, typing, channels, call directions, shifts, metrics, team size. */
const proficiencyLevel = z.enum(['native', 'fluent', 'professional', 'intermediate', 'basic']);

export const screeningFileSchema = z.strictObject({
  /** Languages a resume may name. */
  /** The skill of speaking several languages, and how many a resume must list to show it. */
  multilingual: z.strictObject({ skill: id, minLanguages: z.number().int().min(2) }).optional(),
  /**
   * The language the dictionaries read: a resume that reads as written in it shows the language at a level it may not
   * state. Any other language a role asks for and the resume never names is missing.
   */
  writtenLanguage: id.optional(),
  languages: z
    .array(
      z.strictObject({
        id,
        name: text,
        aliases: aliasList,
        /** The skill that stands for speaking this language ("english-proficiency"), when the skills name one. */
        skill: id.optional(),
        /**
         * ISO codes of countries where it is most people's first language: advice there asks to state it as native,
         * not to prove it by a test. No score depends on it.
         */
        firstLanguageIn: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
      }),
    )
    .min(1),
  /**
   * Words that join two languages sharing the level stated before them ("Fluent in Hindi and Marathi"); a slash, an
   * ampersand and a comma join them too ("BILINGUAL ENGLISH/SPANISH").
   */
  languageJoiners: z.array(text).default([]),
  /** Proficiency words, strongest level first. */
  proficiency: z
    .array(
      z.strictObject({
        level: proficiencyLevel,
        aliases: z.array(text).min(1),
        /** The CEFR levels that stand for this level when a resume gives only one ("English (C1)"). */
        cefr: z.array(z.enum(cefrLevels)).default([]),
      }),
    )
    .min(1),
  /**
   * Work and credentials that show a language at a level when the resume states none: an English teacher, a TESOL
   * certificate or an English degree shows professional English. A level the resume states wins.
   */
  languageShownBy: z
    .array(z.strictObject({ language: id, level: proficiencyLevel, phrases: z.array(text).min(1) }))
    .default([]),
  /** Language tests that report a score, with the range a real score falls in. */
  languageTests: z
    .array(
      z.strictObject({
        id,
        name: text,
        language: id,
        aliases: aliasList,
        minScore: z.number().min(0),
        maxScore: z.number().positive(),
        /** The lowest score of each CEFR level, by the test owner's alignment; none when it publishes none. */
        cefr: z.partialRecord(z.enum(cefrLevels), z.number().min(0)).optional(),
      }),
    )
    .default([]),
  typing: z.strictObject({
    /** Units after a typing speed ("WPM", "words per minute"). */
    wordsPerMinute: z.array(text).min(1),
    keystrokesPerHour: z.array(text).default([]),
    /** Words that mark a percentage as typing accuracy. */
    accuracy: z.array(text).default([]),
    minWordsPerMinute: z.number().int().min(1),
    maxWordsPerMinute: z.number().int().min(1),
    /** Keystrokes a word counts for in typing tests, to read a speed in keystrokes per hour as words per minute. */
    keystrokesPerWord: z.number().positive().default(5),
    /** The skill that stands for typing fast ("typing-speed"): a role's typing requirement covers its gap. */
    skill: id.optional(),
  }),
  /** Support channels (voice, non-voice, chat, email). */
  channels: z.array(phraseGroupSchema).default([]),
  /** Call directions (inbound, outbound). */
  callDirections: z.array(phraseGroupSchema).default([]),
  /** Shifts (night, rotational, weekend, day). */
  shifts: z.array(phraseGroupSchema).default([]),
  /** Words that make a channel or shift something the candidate asks for ("looking for", "willing to"). */
  preferenceWords: z.array(text).default([]),
  /** Words that, earlier in the same clause, deny a shift ("not available for night shifts"). */
  negationWords: z.array(text).default([]),
  /** Words beside a shift or channel that make it the only one the candidate takes ("day shift only", "only day shift"). */
  exclusiveWords: z.array(text).default([]),
  /** Contact-centre metrics and the kind of value each takes. */
  metrics: z
    .array(z.strictObject({
      id,
      name: text,
      unit: z.enum(['percent', 'duration', 'number']),
      /** The skill a figure achieved in this metric shows, when the skills name one. */
      skill: id.optional(),
      aliases: z.array(text).min(1),
      /** The highest percentage read (100 unless a rate may pass it: productivity against target, "112%"). */
      maxPercent: z.number().positive().optional(),
    }))
    .default([]),
  /**
   * Figures achieved in this many different metrics, in a resume that shows a team led, show `skill` too: a team leader
   * reporting AHT, CSAT and attrition tracks the team's KPIs, whether or not it says "KPI" (added in taxonomy 0.15.0).
   */
  metricsShowing: z.strictObject({ skill: id, minMetrics: z.number().int().min(2) }).optional(),
  durationUnits: z.strictObject({ seconds: z.array(text).min(1), minutes: z.array(text).min(1) }),
  /** Words between a metric and its values that make the last value the one achieved ("from 7:30 to 6:10"). */
  changeWords: z.array(text).default([]),
  /** Words between a metric and its value that make the value a difference, not a level ("reduced AHT by 30 s"). */
  deltaWords: z.array(text).default([]),
  /**
   * What to do about a screening gap, with {minimum}, {language} and {level} filled in from the role. Kept here with
   * the other screening words so that every sentence a job seeker reads is reviewed data.
   */
  actions: z.strictObject({
    typingSpeed: text,
    teamSize: text,
    language: text,
    firstLanguage: text.optional(),
    /** For a language the resume states at a level below the role's, with {stated} filled in: stating it is done. */
    languageBelow: text.optional(),
  }),
  team: z.strictObject({
    /** Verbs of leading ("led", "managed", "supervised"). */
    leadVerbs: z.array(text).min(1),
    /** Words naming a team ("team", "team size"). */
    teamWords: z.array(text).min(1),
    /** Words naming the people led ("agents", "members", "FTEs"). */
    memberWords: z.array(text).min(1),
    /** Words before a team that make the candidate one of it, not its leader ("worked in a team of 15"). */
    memberOf: z.array(text).default([]),
    minSize: z.number().int().min(1),
    maxSize: z.number().int().min(1),
    /**
     * The group of the roles that lead others: a headcount followed by a count of their holders ("220 FTEs, 12 team
     * leaders") is a team led, with no verb of leading. Without it no headcount is read so.
     */
    leaderRoleGroup: id.optional(),
    /** The skill a team led shows, with the statement as its evidence ("Led a team of 18 associates"). */
    skill: id.optional(),
  }),
});
export type Screening = z.infer<typeof screeningFileSchema>;

const phraseList = z.array(text).default([]);
/** How a job posting is read into a role profile: which headings and words make a skill must-have or nice-to-have. */
export const postingsFileSchema = z.strictObject({
  headings: z.strictObject({ 'must-have': phraseList, important: phraseList, 'nice-to-have': phraseList }),
  markers: z.strictObject({ 'must-have': phraseList, 'nice-to-have': phraseList, 'not-required': phraseList.default([]) }),
  /**
   * Written forms that hold a marker's word but mark nothing: "Provide required disclosures (Mini-Miranda)" is a duty,
   * not a must-have; "minimum payment" a collector's word. The longer form wins over the marker inside it.
   */
  markerFalseFriends: phraseList.default([]),
  titleLabels: phraseList,
  /** Words that join alternatives ("Zendesk or Freshdesk"): the second is only nice to have. */
  alternativeJoiners: phraseList.default([]),
  /** Words that may stand between the first alternative and the joiner ("A+ certification (or …)"). */
  alternativeAfterWords: phraseList.default([]),
  /** Words right after a thing named that exclude it ("CPC-A not considered"): the posting does not ask for it. */
  exclusions: phraseList.default([]),
  /** Words after a figure of years that make it an age ("18 years old"), not experience asked for. */
  ageWords: phraseList.default([]),
  /** Words near a figure of years that make it a course, schooling or age ("a 4 year course", "Age 18 to 35 years"). */
  notExperienceWords: phraseList.default([]),
  /** Words of a sentence addressed to the applicant: outside the requirements, only there does a figure ask for experience. */
  applicantWords: phraseList.default([]),
  /** Contrast words that open a clause weighed apart ("No experience required, but Zendesk is a must"). */
  clauseBreaks: phraseList.default([]),
  /** Abbreviations whose full stop ends no sentence ("Sr.", "Min.", "etc."). */
  abbreviations: phraseList.default([]),
  /** Fewer skills than this in a posting builds its profile with a warning. */
  minSkills: z.number().int().min(0).default(0),
  /** Headings of parts about the employer, not the applicant ("Benefits", "About us"): nothing there is asked for. */
  ignoredHeadings: phraseList.default([]),
  /** Phrases announcing the opening ("We're hiring", "Now hiring"): they ask for no skill. */
  announcements: phraseList.default([]),
  /** Words that announce the opening when they open a line or sentence ("Hiring chat agents"). */
  announcementOpeners: phraseList.default([]),
  /**
   * Phrases by which a posting waives experience ("fresh graduates are welcome", "with or without BPO experience"):
   * unless it also requires a figure of it, experience then weighs nothing in its profile's scores.
   */
  experienceWaivers: phraseList.default([]),
  /**
   * Work a posting's experience figure names by what it is rather than by a title, and the role whose jobs it means:
   * "2+ years of experience leading a team" counts months as a team leader, not as an agent promoted from.
   */
  experienceOfWork: z.array(z.strictObject({ role: id, phrases: phraseList })).default([]),
  /**
   * Roles whose work, named in a posting's experience figure, is done in the jobs of the roles they count too: "1 year
   * of customer service experience" counts a collections agent's months, as the customer service role does.
   */
  workDoneInRelatedRoles: z.array(id).default([]),
  /**
   * Phrases by which a posting accepts studies under way ("at least 2nd year college level"): a level named on their
   * line asks only for the level its studies start from (a bachelor's, for the higher secondary).
   */
  studiesUnderWay: phraseList.default([]),
  /**
   * The level studies under way lead to when their line names no level: "at least 2nd year college level" is a
   * bachelor's under way, and asks for the level a bachelor's starts from.
   */
  studiesUnderWayToward: id.nullable().default(null),
  /** Labels of a line saying where the work is ("Location:", "Site:"), which rolefit does not check, and says so. */
  locationLabels: phraseList.default([]),
  /** Phrases asking where a candidate lives ("must be residing in"), which rolefit does not check either. */
  residencePhrases: phraseList.default([]),
  /** Labels of a line stating the job's pay ("Salary:", "CTC:"): the posting's own pay stands in for the closest role's band. */
  payLabels: phraseList.default([]),
  /** Phrases asking about a protected attribute ("Female candidates only", "age 21-35"): never scored, always warned of. */
  protectedAsks: z.array(z.strictObject({ attribute: text, phrases: z.array(text).min(1) })).default([]),
});
export type Postings = z.infer<typeof postingsFileSchema>;

/**
 * Job titles of each role's occupations in O*NET (occupation-titles.yaml, written by `npm run taxonomy:titles`): a
 * position with one of them counts as relevant experience, like a role's own relevantTitles.
 */
export const occupationTitlesFileSchema = z.strictObject({
  source: z.strictObject({ name: text, licence: text, url: z.url() }),
  roles: z.record(
    id,
    z.strictObject({
      /** The O*NET-SOC codes the titles come from. */
      occupations: z.array(z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code such as 43-4051.00')).min(1),
      titles: z.array(text),
    }),
  ),
});
export type OccupationTitles = z.infer<typeof occupationTitlesFileSchema>;

const roleSkillSchema = z.strictObject({
  skill: id,
  importance: importanceSchema,
  /** Relative weight within its importance tier; 1 when omitted. */
  weight: z.number().positive().default(1),
  /** Skills any of which meets this requirement in its place: a posting's "Zendesk or Salesforce". */
  alternatives: z.array(id).default([]),
});

const roleCertificationSchema = z.strictObject({
  certification: id,
  importance: importanceSchema.default('nice-to-have'),
  /** Certifications any of which meets this requirement in its place: a posting's "CompTIA A+ (or Google IT Support)". */
  alternatives: z.array(id).default([]),
});

const salaryBandSchema = z.strictObject({
  country: countryCode,
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code'),
  period: z.enum(['year', 'month', 'hour']).default('year'),
  p25: z.number().positive(),
  median: z.number().positive(),
  p75: z.number().positive(),
  source: text,
  year: z.number().int().min(2000).max(2100),
  socCode: text.optional(),
});

const careerPathSchema = z.strictObject({
  role: id,
  /** What it takes to move: in words, plus the skills and months the move needs. */
  requires: text,
  skills: z.array(id).default([]),
  minimumMonths: z.number().int().min(0).default(0),
});

/** What recruiters screen this role on besides skills; each item is one requirement of the screening component. */
const roleScreeningSchema = z.strictObject({
  /** Least typing speed, in words per minute. */
  typingWordsPerMinute: z.number().int().positive().optional(),
  /** Least team the candidate has led, in people. */
  teamSize: z.number().int().positive().optional(),
  /** Languages the role works in, and the least level of each. */
  languages: z.array(z.strictObject({ language: id, minimumLevel: proficiencyLevel })).default([]),
});

export const roleSchema = z.strictObject({
  id,
  title: text,
  group: z.enum(['front-office', 'back-office', 'management', 'support', 'knowledge']),
  /** Job titles people write for this role; also what counts as a title match and as relevant experience. */
  aliases: z.array(text).min(1),
  references: z.strictObject({
    onetSoc: z.array(z.string().regex(/^\d{2}-\d{4}\.\d{2}$/)).min(1),
    esco: z.array(z.strictObject({ uri: z.url(), label: text })).default([]),
  }),
  description: text,
  responsibilities: z.array(text).default([]),
  skills: z.array(roleSkillSchema).min(1),
  education: z.strictObject({
    minimumLevel: id,
    preferredFields: z.array(id).default([]),
  }),
  certifications: z.array(roleCertificationSchema).default([]),
  experience: z.strictObject({
    minimumMonths: z.number().int().min(0),
    /** Experience is not asked for at all (a posting that welcomes fresh graduates): it weighs nothing in the score. */
    waived: z.boolean().default(false),
    /**
     * Only time in the relevant roles' titles meets the minimum (a posting's "2 years as a Team Leader"): months in
     * other jobs whose duties show the work earn no credit towards it (added in taxonomy 0.15.0).
     */
    titledOnly: z.boolean().default(false),
    /** Other roles whose experience counts as relevant here (their aliases are matched against job titles). */
    relevantRoles: z.array(id).default([]),
    /** Further job titles that count as relevant experience. */
    relevantTitles: z.array(text).default([]),
  }),
  seniority: z.strictObject({ jobZone: z.number().int().min(1).max(5) }),
  screening: roleScreeningSchema.default({ languages: [] }),
  salaryBands: z.array(salaryBandSchema).default([]),
  careerPaths: z.array(careerPathSchema).default([]),
});
export type Role = z.infer<typeof roleSchema>;

const weight = z.number().min(0);
const share = z.number().min(0).max(1);
/** What a role's score must show for a readiness level: every condition must hold. */
const readinessRuleSchema = z.strictObject({
  label: text,
  minScore: z.number().min(0).max(100),
  /** Most must-have skills that may be missing outright. */
  maxMissingMustHave: z.number().int().min(0),
  /** Most must-have certifications that may be missing (a posting's "CPC mandatory"); any number when omitted. */
  maxMissingMustHaveCertifications: z.number().int().min(0).optional(),
  /** Most languages the role asks for that the resume may never name; any number when omitted. */
  maxMissingLanguages: z.number().int().min(0).optional(),
  /** Whether a typing speed stated below the role's minimum still meets the rule; it does when omitted. */
  allowsTypingBelowMinimum: z.boolean().default(true),
  /** Whether a language level stated below the role's minimum still meets the rule; it does when omitted. */
  allowsLanguageBelowMinimum: z.boolean().default(true),
  /**
   * Least share of the must-have skills' weight met, partial credit counted as given: must-haves shown only by related
   * skills ("partly met") are not yet the role's must-haves. 0 when omitted.
   */
  minMustHaveCredit: share.default(0),
  /** Least credit of the experience requirement (1 = the role's minimum months). */
  minExperienceCredit: share,
  /** Least credit of the education level (1 = the role's minimum level). */
  minEducationCredit: share,
});
export type ReadinessRule = z.infer<typeof readinessRuleSchema>;

/** How a score is put together and read: weights of each component and the bands a score falls into. */
export const scoringFileSchema = z.strictObject({
  components: z.strictObject({
    mustHaveSkills: weight,
    importantSkills: weight,
    niceToHaveSkills: weight,
    experience: weight,
    education: weight,
    certifications: weight,
    title: weight,
    screening: weight,
  }),
  /** Credit for a language the role works in that the resume lists without a level (0–1). */
  languageWithoutLevelCredit: z.number().min(0).max(1),
  /**
   * Credit for a screening item the resume does not state at all (0–1): an unstated typing speed, team size or
   * language level is unknown, not failed; a recruiter would test it. A stated shortfall earns less.
   */
  screeningNotStatedCredit: z.number().min(0).max(1),
  /** Credit for a required skill that is missing but a related skill is present (0–1). */
  relatedSkillCredit: z.number().min(0).max(1),
  /** Credit per month of experience that is not relevant to the role, relative to a relevant month (0–1). */
  otherExperienceCredit: z.number().min(0).max(1),
  /** The most of the experience component that unrelated work alone can earn (0–1). */
  otherExperienceMaxCredit: z.number().min(0).max(1),
  /**
   * A job under another title whose own lines show the role's work counts toward the role's experience: its lines
   * state at least `minMustHaveSkills` of the role's must-have skills and `minSkills` of its must-have and important
   * ones, and each of its months counts `credit` of a relevant month.
   */
  dutyExperience: z.strictObject({
    minMustHaveSkills: z.number().int().min(1),
    minSkills: z.number().int().min(1),
    credit: z.number().min(0).max(1),
  }),
  /** Share of the education component carried by the field of study (0–1); the level carries the rest. */
  educationFieldWeight: z.number().min(0).max(1),
  /** Roles that need no experience still reward some: experience is measured against at least this many months. */
  experienceFloorMonths: z.number().int().min(1),
  /** Credit for a job title that counts as relevant to a role without naming the role itself (0–1). */
  relatedTitleCredit: z.number().min(0).max(1),
  /** Credit per education rank below the minimum level (0–1): one rank short earns 1 − this. */
  educationRankPenalty: z.number().min(0).max(1),
  /** Credit for an unfinished degree at or above the role's minimum level, when no finished one meets it. */
  unfinishedDegreeCredit: share.default(0.5),
  /** Bands from the highest: a score at or above `min` belongs to the first band that admits it. */
  bands: z.array(z.strictObject({ id, label: text, min: z.number().min(0).max(100) })).min(1),
  /**
   * The highest band a candidate missing a must-have certification reaches, whatever the score: a credential a posting
   * makes mandatory decides eligibility, which five points of the certifications component cannot. No cap when omitted.
   */
  missingMustHaveCertificationMaxBand: id.optional(),
  /**
   * The highest band a candidate reaches whose resume never names a language the role asks for ("Hindi and Telugu
   * mandatory"): no other strength makes up for it. No cap when omitted.
   */
  missingLanguageMaxBand: id.optional(),
  /** The highest band a candidate reaches whose relevant experience falls short of the role's minimum; no cap when omitted. */
  experienceBelowMinimumMaxBand: id.optional(),
  /** The highest band a candidate reaches who states a typing speed or language level below the role's; no cap when omitted. */
  screeningBelowMinimumMaxBand: id.optional(),
  /**
   * The highest band a file holding several people's resumes reaches: its skills and jobs are theirs together, no one
   * candidate's, and it should not rank above real candidates. No cap when omitted.
   */
  severalResumesMaxBand: id.optional(),
  /** Ready now, ready with training, and the label for everything else (a longer path). */
  readiness: z.strictObject({
    readyNow: readinessRuleSchema,
    readyWithTraining: readinessRuleSchema,
    longerPath: z.strictObject({ label: text }),
    /**
     * Whether having held the role's title, with the experience it asks, stands in for its education in readiness (the
     * score still counts the education).
     */
    titleWaivesEducation: z.boolean().default(false),
  }),
  /** How many of the best roles get a gap analysis. */
  gapAnalysisTopRoles: z.number().int().min(1),
});
export type ScoringRules = z.infer<typeof scoringFileSchema>;

export type Manifest = z.infer<typeof manifestSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type Certification = z.infer<typeof certificationSchema>;
export type RoleScreening = z.input<typeof roleScreeningSchema>;
export type EducationLevel = z.infer<typeof educationLevelSchema>;
export type EducationField = z.infer<typeof educationFieldSchema>;
export type SectionHeading = z.infer<typeof sectionHeadingSchema>;
export type Vocabulary = z.infer<typeof vocabularyFileSchema>;
