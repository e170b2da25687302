/** A resume that dates no job: its titles count as held, and the experience detail says why no months were found. */
import { describe, expect, it } from 'vitest';
import { scoreRoles } from '../../src/score-roles/score-roles.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();

function csrRequirements(resume: string) {
  const [match] = scoreRoles(extractText(resume, taxonomy), taxonomy, ['customer-service-representative']);
  const of = (id: string) => match?.components.find((c) => c.id === id)?.requirements[0];
  return { title: of('title'), experience: of('experience') };
}

describe('jobs listed without dates', () => {
  const undated = 'John Carter\n\nEXPERIENCE\nCustomer Service Representative, Teleperformance\n- Handled inbound calls for a US bank\nChat Support Agent, Concentrix\n- Handled 3 concurrent chats';

  it('count as titles held when the resume dates no job, with the job as evidence', () => {
    const { title, experience } = csrRequirements(undated);
    expect(title).toMatchObject({ status: 'met', detail: 'Customer Service Representative' });
    expect(title?.evidence[0]?.context).toContain('Teleperformance');
    // The role asks for no experience; the floor of months for full credit comes from the scoring rules.
    const floor = taxonomy.source.scoring.experienceFloorMonths;
    expect(experience?.detail).toBe(`0 relevant and 0 other months (none needed, ${floor} for full credit); 2 jobs listed without dates, which count for no months`);
  });

  it('do not count from an objective or a headline in a resume without jobs', () => {
    const graduate = 'Ana Reyes\n\nOBJECTIVE\nTo work as a Customer Service Representative in a BPO company.\n\nEDUCATION\nBachelor of Arts, 2026';
    const { title, experience } = csrRequirements(graduate);
    expect(title?.status).toBe('missing');
    expect(experience?.detail).not.toContain('without dates');
  });

  it('do not count where other jobs are dated: an undated title there is mostly a headline', () => {
    const dated = 'CUSTOMER SERVICE REPRESENTATIVE\n\nEXPERIENCE\nCashier, Walmart, Jan 2020 - Present\n- Served customers at the till';
    const { title, experience } = csrRequirements(dated);
    expect(title?.detail).not.toBe('CUSTOMER SERVICE REPRESENTATIVE');
    expect(experience?.detail).not.toContain('without dates');
  });
});
