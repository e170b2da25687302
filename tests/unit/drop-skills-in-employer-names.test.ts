/** An employer's name claims no skill; the same words in the candidate's duties still do. */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const skillsOf = (text: string): string[] => extractText(text, taxonomy).skills.map((s) => s.id);

describe('skills inside an employer name', () => {
  it.each([
    ['revenue-cycle-management', 'Revenue Cycle Partners, Dallas TX | Jan 2020 - Present'],
    ['accounts-receivable', 'Midwest Receivables Group, Omaha NE | 2017 - 2019'],
  ])('%s is not claimed by %j', (id, header) => {
    expect(skillsOf(`EXPERIENCE\nCollector\n${header}\n- Called customers on past-due balances`)).not.toContain(id);
  });

  it('still reads the skill where the duties name it, and in a header part that is the skill as a whole', () => {
    const duties = 'EXPERIENCE\nCollector\nMidwest Receivables Group, Omaha NE | 2017 - 2019\n- Managed accounts receivable ageing for 400 clients';
    expect(skillsOf(duties)).toContain('accounts-receivable');
    const lineOfWork = 'EXPERIENCE\nSenior Associate – Revenue Cycle Management\nJan 2020 - Present\n- Worked denials';
    expect(skillsOf(lineOfWork)).toContain('revenue-cycle-management');
  });
});
