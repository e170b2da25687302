/**
 * No protected attribute changes a score: the same resume with another name, age, date of birth, gender, marital
 * status, nationality, address or a photo note must get exactly the same score for every role.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseResume, type PipelineContext } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { allSampleFiles, sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

let context: PipelineContext;
beforeAll(async () => {
  context = { taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: defaultReadOptions };
});

/** Personal details as resumes state them, in the header or a personal-details block. */
const variants: readonly ((text: string) => string)[] = [
  (text) => text.replace(/^.*$/m, 'PRIYA VENKATESWARAN'),
  // Names that are also words of skills and titles: a person, never a skill.
  (text) => text.replace(/^.*$/m, 'Excel Bautista'),
  (text) => text.replace(/^.*$/m, 'Patience Okafor'),
  // Surnames that spell a trade or a language: no title held, no language spoken.
  (text) => text.replace(/^.*$/m, 'Juan Miguel Trainer'),
  (text) => text.replace(/^.*$/m, 'Sarah Jane French'),
  (text) => text.replace(/^.*$/m, (name) => `${name}\nDate of Birth: 14/03/1968 | Age: 58 | Gender: Female | Marital Status: Married`),
  (text) => text.replace(/^.*$/m, (name) => `${name}\nMale, 23 years old, single, Nationality: Filipino, Religion: Catholic`),
  (text) => `${text}\n\nPERSONAL DETAILS\nDate of birth: 1 January 1990\nSex: Male\nMarital status: Divorced\nPassport photo attached`,
  (text) => text.replace(/^(.*)\n(.*)$/m, (_all, name: string) => `${name}\n221B Baker Street, Apt 4, Springfield, IL 62704, USA`),
];

async function scores(text: string): Promise<Record<string, number>> {
  const result = await analyseResume({ name: 'resume.txt', bytes: Buffer.from(text) }, context);
  if (!result.ok) throw new Error(result.error.message);
  return Object.fromEntries(result.matches.map((m) => [m.roleId, m.score]));
}

describe('protected attributes', () => {
  it('change no score of any role, on every text sample', async () => {
    const files = (await allSampleFiles()).filter((f) => f.endsWith('.txt') && !f.includes('broken'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      const base = await scores(text);
      for (const [index, variant] of variants.entries()) {
        const changed = variant(text);
        expect(changed, `variant ${index} must change the text`).not.toBe(text);
        expect(await scores(changed), `${file}, variant ${index}`).toEqual(base);
      }
    }
  });
});
