/** Screening fields: each finding quotes the resume, and look-alikes that state nothing are left alone. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/extract-candidate/candidate-types.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const screen = (text: string): Candidate['screening'] =>
  extractText(text, taxonomy).screening;

describe('languages', () => {
  it('reads the proficiency written beside each language of a languages section', () => {
    const { languages } = screen('LANGUAGES\nEnglish (fluent), Filipino (native), Cebuano (basic)');
    expect(languages.map((l) => [l.id, l.proficiency])).toEqual([
      ['english', 'fluent'],
      ['filipino', 'native'],
      ['cebuano', 'basic'],
    ]);
    expect(languages[0]?.evidence[0]?.text).toBe('English');
  });

  it('gives languages joined by a slash or "and" the level stated before them, but not a language standing apart', () => {
    expect(screen('SUMMARY\nBILINGUAL ENGLISH/SPANISH customer service agent').languages.map((l) => [l.id, l.proficiency])).toEqual([
      ['english', 'native'],
      ['spanish', 'native'],
    ]);
    expect(screen('SUMMARY\nFluent English; took Spanish classes in school').languages.map((l) => l.id)).toEqual(['english']);
  });

  it('reads a level and a joiner written in Filipino: "Magaling sa English at Tagalog"', () => {
    expect(screen('KAKAYAHAN\nMagaling sa English at Tagalog, Cebuano (native). Marunong sa MS Office.').languages.map((l) => [l.id, l.proficiency])).toEqual([
      ['english', 'professional'],
      ['filipino', 'professional'],
      ['cebuano', 'native'],
    ]);
    expect(screen('SUMMARY\nWorked at English Bay, Vancouver, after two years at Tagalog radio').languages).toEqual([]);
  });

  it("reads the proficiency words of a LinkedIn export's languages", () => {
    const { languages } = screen('LANGUAGES\nEnglish (Full Professional)\nTagalog (Native or Bilingual)\nSpanish (Professional Working)');
    expect(languages.map((l) => [l.id, l.proficiency])).toEqual([['english', 'fluent'], ['filipino', 'native'], ['spanish', 'professional']]);
  });

  it('reads the languages of the Visayas and Luzon', () => {
    expect(screen('LANGUAGES\nEnglish, Filipino, Hiligaynon, Waray, Kapampangan').languages.map((l) => l.id))
      .toEqual(['english', 'filipino', 'hiligaynon', 'waray', 'kapampangan']);
  });

  it('reads CEFR levels and proficiency outside a languages section', () => {
    const { languages } = screen('Fluent in English and Hindi. Spanish - B2');
    expect(languages.map((l) => [l.id, l.proficiency, l.cefr])).toEqual([
      ['english', 'fluent', null],
      ['hindi', 'fluent', null],
      ['spanish', null, 'B2'],
    ]);
  });

  it('gives a level between two joined languages to the one on its side of the joiner', () => {
    const levels = (text: string) => screen(text).languages.map((l) => [l.id, l.proficiency]);
    expect(levels('EXPERIENCE\n- Speak with guests in English and basic Japanese')).toEqual([['japanese', 'basic']]);
    expect(levels('EXPERIENCE\n- Speak with guests in English (fluent) and Japanese')).toEqual([['english', 'fluent']]);
    // A language in brackets takes no level from outside them: "Professional" here is part of a title.
    expect(levels('SUMMARY\nLicensed Professional Teacher (Japanese major) with 7 years of teaching')).toEqual([]);
  });

  it('takes the level a languages list states over a word far from the language elsewhere', () => {
    const teacher = screen('SUMMARY\nEnglish teacher with 8 years in CBSE schools, moving into corporate learning and development.\n'
      + 'LANGUAGES\nEnglish (proficient), Hindi (native)');
    expect(teacher.languages.map((l) => [l.id, l.proficiency])).toEqual([['english', 'fluent'], ['hindi', 'native']]);
    // Outside a list, a level word is read only near the language; the work itself shows the level here.
    const alone = screen('SUMMARY\nEnglish teacher with 8 years in CBSE schools, moving into corporate learning and development.');
    expect(alone.languages.map((l) => [l.id, l.proficiency, l.evidence[0]?.text])).toEqual([['english', 'professional', 'English teacher']]);
  });

  it('takes the level an English teacher\'s work or a TESOL certificate shows when the resume states none', () => {
    const levels = (text: string) => screen(text).languages.map((l) => [l.id, l.proficiency]);
    expect(levels('EXPERIENCE\nEnglish Teacher, Cebu National High School, 2017 - 2024\nLANGUAGES\nEnglish, Filipino'))
      .toEqual([['english', 'professional'], ['filipino', null]]);
    expect(levels('CERTIFICATIONS\nTESOL certified, 2022\nLANGUAGES\nEnglish (native)')).toEqual([['english', 'native']]);
    expect(levels('EXPERIENCE\nCustomer Service Representative, Acme, 2019 - 2024\nLANGUAGES\nEnglish')).toEqual([['english', null]]);
  });

  it('does not take a language named in a degree or a sentence for one the candidate speaks', () => {
    expect(screen('EDUCATION\nB.A. English Literature, 2019').languages).toEqual([]);
    expect(screen('EXPERIENCE\nTranslated English manuals for the plant, 2019').languages).toEqual([]);
  });

  it('reads a team the candidate led, not one they worked in or supported', () => {
    const led = (line: string) => screen(`EXPERIENCE\n- ${line}`).teamLeadership?.largestTeam ?? null;
    expect(led('Worked in a team of 15 agents on a US telecom account')).toBeNull();
    expect(led('Part of a team of 20 chat agents')).toBeNull();
    expect(led('Provided floor support for a team of 12')).toBeNull();
    expect(led('Led a team of 12 agents')).toBe(12);
    expect(led('Team Leader with a team of 15 agents')).toBe(15);
    expect(led('Team size: 18')).toBe(18);
  });

  it("reads a table's rows of languages and levels, and a language alone in a skills list", () => {
    const languages = (text: string) => screen(text).languages.map((l) => [l.id, l.proficiency]);
    expect(languages('| Language | Level |\n|---|---|\n| English | Fluent |\n| Setswana | Native |\n| Afrikaans | Basic |'))
      .toEqual([['english', 'fluent'], ['tswana', 'native'], ['afrikaans', 'basic']]);
    expect(languages('SKILLS\n- Complaint resolution\n- Swahili\n- English')).toEqual([['swahili', null], ['english', null]]);
    // A language in a row with other cells, or in a skill's words, is no language listed.
    expect(languages('| 2021 - 2022 | Swahili Radio | Presenter |')).toEqual([]);
    expect(languages('SKILLS\n- Handling Spanish-speaking customers')).toEqual([]);
    // A country is no language, though the Spanish for French, without its accent, folds to it.
    expect(languages('SKILLS\n- Travel: Germany, England, France, Italy')).toEqual([]);
  });

  it('takes a shift stated as the only one for the only one available, whatever shifts past jobs worked', () => {
    const shifts = (text: string) => screen(text).shifts.map((m) => [m.id, m.available, m.preferred]);
    const only = 'SUMMARY\nCurrently 6 months pregnant; available for day shift only after maternity leave.\n'
      + 'EXPERIENCE\nAgent, Acme BPO\nJan 2020 - Present\n• Work night shift and rotational shifts';
    expect(shifts(only)).toEqual([['day', true, true], ['night', false, false], ['rotational', false, false]]);
    expect(shifts('SUMMARY\nAvailable for only day shift.\nEXPERIENCE\n• Worked night shifts')).toEqual([['day', true, true], ['night', false, false]]);
    // A British rota is a rotational shift.
    expect(shifts('SUMMARY\nWilling to work an 8am-8pm rota with one Saturday in four.')).toEqual([['rotational', true, true]]);
    // Without "only", every shift named stays available.
    expect(shifts('SUMMARY\nAvailable for day shift.\nEXPERIENCE\n• Worked night shifts')).toEqual([['day', true, true], ['night', true, false]]);
  });

  it('reads a preference in its own sentence, not in another on the same line', () => {
    const line = 'SUMMARY\nHandles inbound voice calls with empathy. Seventh-day Adventist: not available for Saturday shifts.';
    expect(screen(line).channels.map((m) => [m.id, m.preferred])).toEqual([['voice', false]]);
    expect(screen(line).callDirections.map((m) => [m.id, m.preferred])).toEqual([['inbound', false]]);
    expect(screen('SUMMARY\nWilling to take inbound voice calls.').callDirections.map((m) => [m.id, m.preferred])).toEqual([['inbound', true]]);
  });

  it('takes the strongest level stated outside a list, and a teacher\'s work as the least one', () => {
    const levels = (text: string) => screen(text).languages.map((l) => [l.id, l.proficiency]);
    // Teaching English shows it at a professional level, though no level is stated.
    expect(levels('EXPERIENCE\nTaught English grammar to grade 8')).toEqual([['english', 'professional']]);
    // "Conversational" names what was taught; "Excellent written English" the writer's own level.
    expect(levels('EXPERIENCE\n- Taught conversational English to adult learners over Skype\nSKILLS\nExcellent written English grammar'))
      .toEqual([['english', 'fluent']]);
    expect(levels('SUMMARY\nBasic Spanish. Conversational Spanish with customers.')).toEqual([['spanish', 'intermediate']]);
    // A level a languages list states still wins.
    expect(levels('SUMMARY\nFluent Spanish speaker.\nLANGUAGES\nSpanish (basic)')).toEqual([['spanish', 'basic']]);
  });

  it('reads a language test score within its range, and no score out of it', () => {
    expect(screen('Versant score 68').languageTests.map((t) => [t.test, t.score, t.language])).toEqual([['versant', 68, 'english']]);
    expect(screen('Versant score 680').languageTests).toEqual([]);
    expect(screen('Cleared the Versant test').languageTests).toEqual([]);
  });
});

describe('typing speed', () => {
  it('reads words per minute, keystrokes per hour and accuracy on the same line', () => {
    expect(screen('Typing speed 65 WPM with 98% accuracy; 12,000 KPH on numeric data').typingSpeed).toMatchObject({
      wordsPerMinute: 65,
      keystrokesPerHour: 12000,
      accuracyPercent: 98,
    });
    expect(screen('Typing: 45 words per minute').typingSpeed?.wordsPerMinute).toBe(45);
  });

  it('takes no unit alone, no number without a unit and no impossible speed', () => {
    expect(screen('Good typing speed (WPM)').typingSpeed).toBeNull();
    expect(screen('Wrote summaries of 65 words each').typingSpeed).toBeNull();
    expect(screen('Typing speed 650 WPM').typingSpeed).toBeNull();
  });
});

describe('channels, call directions and shifts', () => {
  it('reads the voice channel a title names in brackets, and customer e-mails beside live chat', () => {
    const found = screen('EXPERIENCE\nCustomer Service Representative (Inbound Voice, US Telco Account)\nJan 2020 - Present\n- Answered customer emails and live chat');
    expect(found.channels.map((c) => c.id).sort()).toEqual(['chat', 'email', 'voice']);
    expect(found.callDirections.map((c) => c.id)).toEqual(['inbound']);
  });

  it('finds voice, chat and inbound work, and marks what the candidate asks for', () => {
    const found = screen('Handled inbound calls on a voice process.\nLooking for a chat process role.');
    expect(found.channels.map((c) => [c.id, c.preferred])).toEqual([
      ['voice', false],
      ['chat', true],
    ]);
    expect(found.callDirections.map((c) => c.id)).toEqual(['inbound']);
  });

  it('marks a shift the resume denies as not available, and one it offers as preferred', () => {
    expect(screen('Willing to work night shifts and rotational shifts').shifts.map((s) => [s.id, s.available, s.preferred])).toEqual([
      ['night', true, true],
      ['rotational', true, true],
    ]);
    expect(screen('Not available for night shifts').shifts.map((s) => [s.id, s.available, s.preferred])).toEqual([['night', false, false]]);
  });

  it('reads a text without line breaks near each mention, not all of it for each', () => {
    const filler = 'Resolved billing queries for a telecom account and kept case notes in the CRM. '.repeat(40);
    const found = screen(`Willing to work night shifts. ${filler}Not available for rotational shifts. ${filler}Handled chat support.`);
    expect(found.shifts.map((s) => [s.id, s.available, s.preferred])).toEqual([
      ['night', true, true],
      ['rotational', false, false],
    ]);
    // The preference stated thousands of characters earlier is not this mention's.
    expect(found.channels.map((c) => [c.id, c.preferred])).toEqual([['chat', false]]);
  });

  it('does not take the word email in contact details for an email channel', () => {
    expect(screen('Email: jane@example.com').channels).toEqual([]);
  });
});

describe('metrics achieved', () => {
  it('reads durations, percentages and the value after "from … to"', () => {
    const { metrics } = screen('• Maintained AHT of 6:10 against a 6:30 target\n• CSAT of 91% and FCR of 84%\n• Lifted QA scores from 88% to 95%');
    expect(metrics.map((m) => [m.id, m.value, m.unit])).toEqual([
      ['aht', 370, 'seconds'],
      ['csat', 91, 'percent'],
      ['fcr', 84, 'percent'],
      ['qa-score', 95, 'percent'],
    ]);
    expect(metrics[0]?.evidence.text).toBe('AHT of 6:10');
  });

  it('reads a value written before the metric, and minutes as seconds', () => {
    expect(screen('Achieved 92% CSAT').metrics.map((m) => [m.id, m.value])).toEqual([['csat', 92]]);
    expect(screen('Average handle time 4.5 min').metrics.map((m) => [m.id, m.value])).toEqual([['aht', 270]]);
    // The value right before a metric is its own, not the next metric's after it, nor a target's.
    const both = screen('Maintain a 94% CSAT score and 87% first-call resolution, above the team targets of 90% and 80%').metrics;
    expect(both.map((m) => [m.id, m.value])).toEqual([['csat', 94], ['fcr', 87]]);
  });

  it('reads accuracy before or after its value, and ends a change at the comma that closes its clause', () => {
    expect(screen('E/M and surgery coding (ICD-10-CM, CPT) with 96% accuracy').metrics.map((m) => [m.id, m.value])).toEqual([['accuracy', 96]]);
    expect(screen('Maintained an accuracy of 99.5%').metrics.map((m) => [m.id, m.value])).toEqual([['accuracy', 99.5]]);
    const changed = screen('Improved CSAT from 78% to 89%, reduced attrition from 42% to 28%').metrics;
    expect(changed.map((m) => [m.id, m.value])).toEqual([['csat', 89], ['attrition', 28]]);
    expect(changed[0]?.evidence.text).toBe('CSAT from 78% to 89%');
  });

  it('takes no metric named without a value, with a value of the wrong kind, or as a difference', () => {
    expect(screen('Consistently met AHT and CSAT targets').metrics).toEqual([]);
    expect(screen('CSAT of 4.6 stars').metrics).toEqual([]);
    expect(screen('Reduced AHT by 30 seconds').metrics).toEqual([]);
    expect(screen('Built volume forecasts with accuracy within ±3%').metrics).toEqual([]);
  });
});

describe('team leadership', () => {
  it('reads the largest team led', () => {
    const team = screen('Led a team of 12 agents. Later managed 25 associates; team size: 18').teamLeadership;
    expect(team?.largestTeam).toBe(25);
    expect(team?.evidence[0]?.text).toBe('managed 25 associates');
    expect(screen('Supervised a 10-member team').teamLeadership?.largestTeam).toBe(10);
  });

  it('reads staffs, crews and departments outside contact centres', () => {
    expect(screen('Supervised a staff of 15').teamLeadership?.largestTeam).toBe(15);
    expect(screen('Led crews of up to 265 workers').teamLeadership?.largestTeam).toBe(265);
    expect(screen('Managed a department of 40 people').teamLeadership?.largestTeam).toBe(40);
    expect(screen('Trained and supervised 6 cashiers').teamLeadership?.largestTeam).toBe(6);
    expect(screen('Managed 3 stores').teamLeadership).toBeNull();
  });

  it('adds up members named one after another, and reads counts in thousands and heads of operations', () => {
    const manager = screen('Managed 4 team leaders and 70 agents on US telecom voice support').teamLeadership;
    expect(manager?.largestTeam).toBe(74);
    expect(manager?.evidence[0]?.text).toBe('Managed 4 team leaders and 70 agents');
    expect(screen('Head of 4,500 FTE across 6 sites').teamLeadership?.largestTeam).toBe(4500);
    expect(screen('Ran 1,200 agents for telecom clients').teamLeadership?.largestTeam).toBe(1200);
    expect(screen('Supervised 35 associates, 3 supervisors and 2 trainers').teamLeadership?.largestTeam).toBe(38);
    expect(screen('Managed 4 team leaders, and 70 agents').teamLeadership?.largestTeam).toBe(74);
    expect(screen('Managed 12 agents and 300 calls a day').teamLeadership?.largestTeam).toBe(12);
  });

  it('takes no reports written or payroll run for a team', () => {
    expect(screen('Responsible for 150 reports weekly').teamLeadership).toBeNull();
    expect(screen('Responsible for 2,500 employees payroll processing').teamLeadership).toBeNull();
  });

  it('takes no count of calls, accounts or years for a team', () => {
    expect(screen('Handled 80 calls a day and managed 50 accounts for 3 years').teamLeadership).toBeNull();
    expect(screen('Worked in a team').teamLeadership).toBeNull();
  });
});
