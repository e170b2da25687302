/** South Africa's collections law and its financial-services exam, read in a posting and in a resume. */
import { describe, expect, it } from 'vitest';
import { buildJobProfile } from '../../src/build-job-profile/build-job-profile.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const skills = (text: string): string[] => extractText(text, taxonomy).skills.map((s) => s.id);

describe('the National Credit Act and the RE5', () => {
  it('reads NCA compliance and debt review in a resume, and no NCA that names something else', () => {
    expect(skills('EXPERIENCE\n• Worked accounts under debt counselling, NCA compliance on every call')).toContain('national-credit-act');
    expect(skills('EXPERIENCE\n• Explained the debt review process to customers in arrears')).toContain('national-credit-act');
    expect(skills('ACTIVITIES\n• Played in the NCAA Division II basketball league')).not.toContain('national-credit-act');
    expect(skills('EXPERIENCE\n• Reviewed debt schedules for the audit')).not.toContain('national-credit-act');
  });

  it('asks for the Act where a posting does, and holds the RE5 a resume names', () => {
    const posting = 'Collections Agent\nRequirements\n- Debt collection, outbound calling\n- Working knowledge of the National Credit Act and debt review processes';
    const { role } = buildJobProfile({ text: posting, name: 'za.txt' }, taxonomy);
    expect(role.skills.find((s) => s.skill === 'national-credit-act')?.importance).toBe('must-have');
    const held = extractText('CERTIFICATIONS\nFAIS RE5 – passed 2023', taxonomy).certifications.map((c) => c.id);
    expect(held).toEqual(['fais-re5']);
  });
});
