/** Where the HTML gap report reaches users: beside the Markdown report in `--out`, and on stdout with `--format html`. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile, runMatch } from '../../src/cli/match-command.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { runCli } from '../support/run-cli.js';
import { sampleReferenceDate, samplesDirectory } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { writeAllOutputs } from '../support/write-all-outputs.js';

const sampleName = 'data-entry-kavya-menon.txt';

describe('HTML report outputs', () => {
  it('writes reports/<name>.html beside the Markdown report', async () => {
    const taxonomy = await builtInTaxonomy();
    const result = await analyseFile(join(samplesDirectory, sampleName), { taxonomy, referenceDate: sampleReferenceDate, read: defaultReadOptions });
    const out = await mkdtemp(join(tmpdir(), 'rolefit-outputs-'));
    try {
      await writeAllOutputs(out, [result]);
      const html = await readFile(join(out, 'reports', `${sampleName}.html`), 'utf8');
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain('Best-fitting roles');
      await expect(readFile(join(out, 'reports', `${sampleName}.md`), 'utf8')).resolves.toContain('# Role fit report');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('prints the report of one file with match --format html', async () => {
    const run = await runCli(['match', `samples/${sampleName}`, '--format', 'html', '--reference-date', '2026-11', '--threads', '0']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout).toContain('What to do next');
  });

  it('refuses --format html for more than one file, before reading any', async () => {
    const context = { taxonomy: await builtInTaxonomy(), referenceDate: sampleReferenceDate, read: defaultReadOptions };
    await expect(runMatch([samplesDirectory], context, { format: 'html', out: '' }, 1)).rejects.toThrow(UsageError);
  });
});
