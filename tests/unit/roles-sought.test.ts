/** The roles a resume says the candidate seeks: read from its wishes, and advised on wherever they rank. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/build-reports/render-markdown.js';
import { soughtRoleNote } from '../../src/build-reports/report-wording.js';
import { analyseResume } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { extractText } from '../support/extract-text.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();
const sought = (text: string): string[] => extractText(text, taxonomy).rolesSought;

describe('roles sought', () => {
  it('reads the role a wish names by its title or by the work that defines it', () => {
    expect(sought('Jessa Ramos\nOBJECTIVE\nCustomer service agent seeking a Team Leader position in a BPO.')).toEqual(['team-leader']);
    expect(sought('Paul Cruz\nOBJECTIVE\nTo be promoted as Team Leader where I can use my coaching skills.')).toEqual(['team-leader']);
    expect(sought('Juan Reyes\nPosition desired: Technical Support / Customer Service')).toEqual(['technical-support-specialist', 'customer-service-representative']);
    expect(sought('Joy Santos\nSUMMARY\nSeeking a customer service role in a reputable BPO company.')).toEqual(['customer-service-representative']);
  });

  it('reads no wish from a role held, or from others promoted', () => {
    expect(sought('Mark Dizon\nSUMMARY\nPromoted to Team Leader in 2019 at Concentrix; coached agents to become team leaders.')).toEqual([]);
    expect(sought('Ana Lim\nEXPERIENCE\nTeam Leader, Concentrix, 2019 - Present')).toEqual([]);
  });

  it('advises on the role sought even below the best-fitting ones, and says it is the one sought', async () => {
    const resume = 'Jessa Ramos\njessa@example.com\nOBJECTIVE\nCustomer service agent seeking a Team Leader position.\n'
      + 'EXPERIENCE\nCustomer Service Representative, Concentrix, Jan 2023 - Present\n- Inbound customer service calls, complaint handling, 95% CSAT\n'
      + '- Data entry of orders, typing 55 WPM';
    const context = { taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions };
    const result = await analyseResume({ name: 'jessa.txt', bytes: Buffer.from(resume) }, context);
    if (!result.ok) throw new Error('analysis failed');
    const top = taxonomy.source.scoring.gapAnalysisTopRoles;
    const rank = result.matches.findIndex((match) => match.roleId === 'team-leader');
    expect(rank).toBeGreaterThanOrEqual(top);
    expect(result.gapAnalysis.map((analysis) => analysis.roleId)).toEqual([...result.matches.slice(0, top).map((m) => m.roleId), 'team-leader']);
    const markdown = renderMarkdown(result);
    expect(markdown.split(soughtRoleNote)).toHaveLength(2);
    expect(markdown.indexOf(soughtRoleNote)).toBeGreaterThan(markdown.indexOf('## Team Leader'));
  });
});
