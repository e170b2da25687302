/** What a header part reads as: a title, an employer, a place, or nothing the dictionaries know. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readHeaderPart } from '../../src/extract-candidate/read-job-header.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const read = (part: string) => {
  const { text, roles, hasTitleWord, hasEmployerWord, hasEmployerForm, isPlace } = readHeaderPart(part, taxonomy);
  return { text, roles, hasTitleWord, hasEmployerWord, hasEmployerForm, isPlace };
};
const nothing = { roles: [], hasTitleWord: false, hasEmployerWord: false, hasEmployerForm: false, isPlace: false };

describe('readHeaderPart', () => {
  it('reads a title by its role and title word, and an employer by its words and legal form', () => {
    expect(read('Quality Analyst')).toEqual({ ...nothing, text: 'Quality Analyst', roles: ['quality-assurance-analyst'], hasTitleWord: true });
    expect(read('Acme Solutions Pvt Ltd')).toEqual({ ...nothing, text: 'Acme Solutions Pvt Ltd', hasEmployerWord: true, hasEmployerForm: true });
  });

  it('reads a place, and nothing in a name no dictionary holds a word of', () => {
    expect(read('Pune, Maharashtra')).toEqual({ ...nothing, text: 'Pune, Maharashtra', isPlace: true });
    expect(read('Meridian Hardware')).toEqual({ ...nothing, text: 'Meridian Hardware' });
  });

  it('reads the title an introducer introduces, and the words before a terminator, but not a form joined by a hyphen', () => {
    expect(read('Worked as a Support Engineer')).toEqual({ ...nothing, text: 'Support Engineer', hasTitleWord: true });
    expect(read('Intern for the News Desk')).toEqual({ ...nothing, text: 'Intern', hasTitleWord: true });
    expect(read('Acme Co-Op')).toEqual({ ...nothing, text: 'Acme Co-Op', hasEmployerWord: true });
  });
});
