import { describe, expect, it } from 'vitest';
import { candidateFacts } from '../../src/score-roles/candidate-facts.js';
import { screeningRequirements } from '../../src/score-roles/screening-requirements.js';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();

function requirementsFor(roleId: string, resume: string) {
  const role = taxonomy.rolesById.get(roleId);
  if (!role) throw new Error(roleId);
  const candidate = extractText(resume, taxonomy);
  return screeningRequirements(role, candidateFacts(candidate, taxonomy), taxonomy);
}

describe('role screening', () => {
  it('credits a stated typing speed against the role minimum, with the statement as evidence', () => {
    const [fast] = requirementsFor('data-entry-operator', 'Skills\nTyping speed: 60 WPM with 98% accuracy');
    expect(fast).toMatchObject({ id: 'typing-speed', status: 'met', credit: 1 });
    expect(fast?.evidence[0]?.text).toContain('60 WPM');
    const [slow] = requirementsFor('data-entry-operator', 'Skills\nTyping speed: 28 WPM');
    expect(slow?.status).toBe('partial');
    expect(slow?.credit).toBeCloseTo(28 / 35);
    const [none] = requirementsFor('data-entry-operator', 'Skills\nMicrosoft Excel');
    expect(none).toMatchObject({ credit: taxonomy.source.scoring.screeningNotStatedCredit, detail: 'no typing speed stated' });
  });

  it('reads a speed in keystrokes per hour as words per minute, at five keystrokes a word', () => {
    const [kph] = requirementsFor('data-entry-operator', 'Skills\nData entry (10,000 KPH)');
    expect(kph).toMatchObject({ label: 'Typing speed of at least 35 WPM', status: 'partial', detail: '10000 KPH stated (about 33 WPM)' });
    expect(kph?.credit).toBeCloseTo(33 / 35);
    const [both] = requirementsFor('data-entry-operator', 'Skills\nTyping: 45 WPM, 12,000 KPH');
    expect(both).toMatchObject({ status: 'met', detail: '45 WPM stated' });
  });

  it('reads a language test score as the CEFR level its owner aligns it with, not as any level at all', () => {
    const english = (resume: string) => requirementsFor('customer-service-representative', resume).find((r) => r.id === 'language-english');
    expect(english('Skills\nVersant score: 41')).toMatchObject({ status: 'partial', detail: 'Versant English Test score 41 (A2: basic)' });
    expect(english('Skills\nVersant score: 62')).toMatchObject({ status: 'met', detail: 'Versant English Test score 62 (B2: professional)' });
    expect(english('Skills\nIELTS band 7.5')).toMatchObject({ status: 'met', detail: 'IELTS score 7.5 (C1: fluent)' });
    expect(english('Skills\nVersant score: 24')).toMatchObject({ status: 'partial', detail: 'Versant English Test score 24 (below A1: basic)' });
    const low = english('Skills\nVersant score: 41')?.credit ?? 1;
    expect(low).toBeLessThan(english('Skills\nVersant score: 52')?.credit ?? 0);
  });

  it('keeps a language level stated below the role\'s from ready now, and a language listed without a level does not', () => {
    const readiness = (language: string) => {
      const text = `Ana Cruz\nEXPERIENCE\nCustomer Service Representative, Concentrix, Jan 2019 - Dec 2023\n- Handled inbound calls and resolved customer complaints with clear communication skills and excellent customer service\nEDUCATION\nBS Business Administration, 2018\nLANGUAGES\n${language}`;
      return scoreRoles(extractText(text, taxonomy), taxonomy, ['customer-service-representative'])[0]?.readiness;
    };
    expect(readiness('English: fluent')?.level).toBe('ready-now');
    expect(readiness('English')?.level).toBe('ready-now');
    expect(readiness('English: intermediate')).toMatchObject({ level: 'ready-with-training', reasons: [expect.stringContaining('English: intermediate')] });
    expect(readiness('Versant score: 41')).toMatchObject({ level: 'ready-with-training', reasons: [expect.stringContaining('Versant English Test score 41')] });
  });

  it("keeps no one from ready now by a level their work only shows, as one stated would: it is no level they gave", () => {
    const trainer = (extra: string) => {
      const text = 'Joy Bautista\nEXPERIENCE\nVoice and Accent Trainer, Concentrix, Jan 2019 - Present\n'
        + '- Delivered new-hire training, nesting and voice and accent coaching for 200 agents\n- Training needs analysis, refresher training, mock calls\n'
        + `EDUCATION\nBachelor of Secondary Education, Major in English, 2017${extra}`;
      const [match] = scoreRoles(extractText(text, taxonomy), taxonomy, ['trainer']);
      return [match?.readiness.level, match?.components.find((c) => c.id === 'screening')?.requirements[0]?.detail];
    };
    expect(trainer('')).toEqual(['ready-now', 'English: professional, shown by work, not stated']);
    expect(trainer('\nLANGUAGES\nEnglish: professional')).toEqual(['ready-with-training', 'English: professional']);
  });

  it('keeps a typing speed or language level stated below the role\'s out of the strong band, whatever the score', () => {
    const best = (resume: string, role: string) => scoreRoles(extractText(resume, taxonomy), taxonomy, [role])[0];
    const csr = (language: string) => best(`Ana Cruz\nEXPERIENCE\nCustomer Service Representative, Concentrix, Jan 2019 - Dec 2023\n- Handled inbound calls and resolved customer complaints with clear communication skills and excellent customer service\nEDUCATION\nBS Business Administration, 2018\nLANGUAGES\n${language}`, 'customer-service-representative');
    const strong = taxonomy.source.scoring.bands[0];
    expect(csr('English: fluent')?.band).toBe(strong?.id);
    const weak = csr('English: intermediate');
    expect(weak?.score).toBeGreaterThanOrEqual(strong?.min ?? 0);
    expect(weak?.band).toBe(taxonomy.source.scoring.screeningBelowMinimumMaxBand);
  });

  it("meets data entry's Microsoft Office with Excel or Word named, and leaves it missing with neither", () => {
    const office = (resume: string) => scoreRoles(extractText(resume, taxonomy), taxonomy, ['data-entry-operator'])[0]
      ?.components.find((c) => c.id === 'mustHaveSkills')?.requirements.find((r) => r.id === 'microsoft-office');
    expect(office('SKILLS\nMicrosoft Word, Excel, PowerPoint')).toMatchObject({ status: 'met', detail: 'alternative: Microsoft Excel' });
    expect(office('SKILLS\nGoogle Docs')?.status).not.toBe('met');
  });

  it('credits the largest team led against the size a manager role asks for', () => {
    const [team] = requirementsFor('team-leader', 'Experience\nTeam Leader, Acme BPO\nLed a team of 12 agents on a voice process.');
    expect(team).toMatchObject({ id: 'team-size', status: 'met', detail: 'led a team of 12' });
    const [none] = requirementsFor('team-leader', 'Experience\nAgent, Acme BPO\nAnswered calls.');
    expect(none).toMatchObject({ credit: taxonomy.source.scoring.screeningNotStatedCredit, detail: 'no team size stated' });
    const [small] = requirementsFor('team-leader', 'Experience\nTeam Leader, Acme BPO\nLed a team of 2 agents.');
    expect(small?.credit).toBeCloseTo(2 / 8);
  });

  it('reads the language level a voice role works in, a level below, a bare listing, or nothing', () => {
    const level = (text: string) => requirementsFor('customer-service-representative', text)[0];
    expect(level('Languages\nEnglish (Fluent), Hindi (Native)')).toMatchObject({ id: 'language-english', credit: 1 });
    expect(level('Languages\nEnglish - Basic')?.status).toBe('partial');
    expect(level('Languages\nEnglish')?.credit).toBe(taxonomy.source.scoring.languageWithoutLevelCredit);
    expect(level('Skills\nCustomer service')?.credit).toBe(taxonomy.source.scoring.screeningNotStatedCredit);
  });

  it('reads a CEFR level given alone as the proficiency it stands for', () => {
    const level = (text: string) => requirementsFor('customer-service-representative', text)[0];
    expect(level('Languages\nGerman (native), English (C1)')).toMatchObject({ credit: 1, detail: 'English: C1 (fluent)' });
    expect(level('Languages\nEnglish - A2')?.status).toBe('partial');
    expect(level('Languages\nEnglish (B2)')?.credit).toBeGreaterThan(level('Languages\nEnglish (A2)')?.credit ?? 1);
    expect(level('Languages\nEnglish (Fluent, B1)')).toMatchObject({ credit: 1, detail: 'English: fluent' });
  });

  it('asks nothing of roles that screen on nothing', () => {
    expect(requirementsFor('finance-accounting-specialist', 'Languages\nEnglish')).toEqual([]);
  });
});
