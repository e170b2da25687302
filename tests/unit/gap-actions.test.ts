/** Experience advice: never a circle for a role open to beginners, and no title named twice. */
import { describe, expect, it } from 'vitest';
import { actionFor } from '../../src/build-reports/gap-actions.js';
import type { Requirement } from '../../src/score-roles/match-types.js';
import { noEducationLevelFound } from '../../src/score-roles/score-components.js';
import type { Role } from '../../src/taxonomy/taxonomy-schema.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();
const experienceGap: Requirement = {
  kind: 'experience', id: 'experience', label: 'Relevant experience', importance: null, status: 'missing', credit: 0, weight: 1, detail: null, evidence: [],
};

function role(id: string): Role {
  const found = taxonomy.rolesById.get(id);
  if (!found) throw new Error(`no role ${id}`);
  return found;
}

describe('experience advice', () => {
  it('tells a beginner that a role asking for no experience is open to them now', () => {
    const csr = role('customer-service-representative');
    expect(csr.experience.minimumMonths).toBe(0);
    expect(actionFor(experienceGap, csr, taxonomy)).toMatch(/^None is needed to apply\. Each month in roles such as Customer Service Representative/);
  });

  it('names each example title once, a posting\'s title and its closest role alike', () => {
    const collections = role('collections-agent');
    const posting: Role = { ...collections, title: 'Collections Agent (Outbound)', experience: { ...collections.experience, relevantRoles: ['collections-agent'] } };
    expect(actionFor(experienceGap, posting, taxonomy)).toBe('Build experience in roles such as Collections Agent (Outbound).');
  });
});

describe('education advice', () => {
  const levelGap = (detail: string): Requirement => ({
    kind: 'education', id: 'education-level', label: 'Higher Secondary or higher', importance: null, status: 'missing', credit: 0, weight: 1, detail, evidence: [],
  });

  it('asks a resume that lists no schooling to list it, and one below the level to complete it', () => {
    const csr = role('customer-service-representative');
    expect(actionFor(levelGap(noEducationLevelFound), csr, taxonomy)).toMatch(/^List your schooling on your resume, with the highest level you finished and the year: none was found/);
    expect(actionFor(levelGap('highest found: Secondary School Certificate (10th / SSC)'), csr, taxonomy)).toMatch(/^Complete /);
  });
});

describe('language advice', () => {
  const englishGap: Requirement = {
    kind: 'screening', id: 'language-english', label: 'English at professional level or better', importance: null, status: 'partial',
    credit: 0.5, weight: 1, detail: 'English level not stated', evidence: [],
  };
  const csr = role('customer-service-representative');

  it('asks a candidate where English is most people\'s first language to state it as native, not to take a test', () => {
    const leeds = actionFor(englishGap, csr, taxonomy, 'GB');
    expect(leeds).toContain('English: native');
    expect(leeds).not.toMatch(/Versant|IELTS/);
  });

  it('names a test elsewhere, and where the country is unknown or withheld, the same everywhere', () => {
    expect(actionFor(englishGap, csr, taxonomy, 'PH')).toMatch(/Versant, IELTS/);
    expect(actionFor(englishGap, csr, taxonomy, null)).toBe(actionFor(englishGap, csr, taxonomy, 'PH'));
  });

  it('tells a candidate who states a level below the role\'s how to raise and prove it, not to state it', () => {
    const evidence = [{ text: 'English', section: 'languages', context: 'English – intermediate', start: 0, end: 7 }];
    const below: Requirement = { ...englishGap, credit: 0.75, detail: 'English: intermediate', evidence };
    const action = actionFor(below, csr, taxonomy, 'PH');
    expect(action).toMatch(/^Your resume gives your English as intermediate, and the role expects professional or better\./);
    expect(action).not.toMatch(/^State your/);
    // A level only the candidate's work shows is still theirs to state.
    const shown: Requirement = { ...below, detail: 'English: intermediate, shown by work, not stated' };
    expect(actionFor(shown, csr, taxonomy, 'PH')).toMatch(/^State your English level/);
  });
});
