/** The summary printed after a run ranks resumes as the shortlist does: by their best role's band, then its score. */
import { describe, expect, it } from 'vitest';
import { shortlistEntry } from '../../src/build-reports/render-csv.js';
import { summaryTable } from '../../src/cli/summary-table.js';
import { analysedSample } from '../support/analysed-sample.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

describe('summaryTable', () => {
  it('puts a capped band below the band above, whatever the score, and failures last', async () => {
    const bandOrder = (await builtInTaxonomy()).source.scoring.bands.map((band) => band.id);
    const entry = shortlistEntry(await analysedSample('data-entry-kavya-menon.txt'));
    const [role] = entry.roles;
    if (!role) throw new Error('the sample has no role');
    const capped = { ...entry, source: 'capped.txt', roles: [{ ...role, score: 64, band: 'possible' }] };
    const good = { ...entry, source: 'good.txt', roles: [{ ...role, score: 61, band: 'good' }] };
    const failed = { ...entry, source: 'broken.pdf', roles: [], error: { code: 'corrupt_document', message: 'broken' } };
    const order = summaryTable([capped, failed, good], bandOrder).split('\n').slice(1).map((line) => line.split(/\s+/)[0]);
    expect(order).toEqual(['good.txt', 'capped.txt', 'broken.pdf']);
  });
});
