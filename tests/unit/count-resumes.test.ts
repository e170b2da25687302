/** A file bundling several people's resumes is told apart from one resume with split sections and references. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';
import { samplesDirectory } from '../support/samples.js';

const taxonomy = await builtInTaxonomy();
const sample = (name: string): Promise<string> => readFile(join(samplesDirectory, name), 'utf8');

describe('resumes in one file', () => {
  it('counts the people of a bundle', async () => {
    const bundle = [await sample('telesales-tanya-brooks.txt'), await sample('data-entry-kavya-menon.txt'), await sample('wfm-analyst-daniel-okafor.txt')];
    expect(extractText(bundle.join('\n\n'), taxonomy).resumesInFile).toBe(3);
    expect(extractText(bundle.slice(0, 2).join('\n\n'), taxonomy).resumesInFile).toBe(2);
  });

  it('ranks a bundle no higher than a possible fit, whatever its score, and one resume of it as it comes', async () => {
    const bundle = [await sample('telesales-tanya-brooks.txt'), await sample('data-entry-kavya-menon.txt'), await sample('wfm-analyst-daniel-okafor.txt')];
    const best = (text: string) => scoreRoles(extractText(text, taxonomy), taxonomy)[0];
    const together = best(bundle.join('\n\n'));
    expect(together?.score).toBeGreaterThanOrEqual(taxonomy.source.scoring.bands[1]?.min ?? 0);
    expect(together?.band).toBe(taxonomy.source.scoring.severalResumesMaxBand);
    expect(best(bundle[0] ?? '')?.band).not.toBe(taxonomy.source.scoring.severalResumesMaxBand);
  });

  it('counts one for a resume, its work history split and its referees\' contacts given', async () => {
    expect(extractText(await sample('telesales-tanya-brooks.txt'), taxonomy).resumesInFile).toBe(1);
    const split = [
      'Ana Cruz\nana.cruz@example.com | +63 917 555 0142',
      'TEACHING EXPERIENCE\nTeacher, Cebu Normal School, 2015 - 2019',
      'OTHER EMPLOYMENT\nCustomer Service Representative, Concentrix, 2019 - Present',
      'EDUCATION\nBSEd, Cebu Normal University, 2015',
      'REFERENCES\nMaria Reyes, Principal, maria.reyes@example.com, +63 918 555 0199',
    ].join('\n\n');
    expect(extractText(split, taxonomy).resumesInFile).toBe(1);
  });
});
