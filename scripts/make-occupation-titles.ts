/**
 * Writes taxonomy/occupation-titles.yaml: for each role, the job titles O*NET lists for its occupations, so that a
 * position titled "Staff Accountant" or "Billing Clerk" counts as relevant experience. Reproducible from the reference
 * files; the output is sorted so that a rerun changes nothing.
 *
 * Usage: npm run taxonomy:titles -- <reference-dir>
 *   <reference-dir> holds bpo_role_onet_map.json (role → primary and secondary O*NET-SOC codes) and
 *   onet_alternate_titles.tsv (O*NET 30.0 Alternate Titles).
 *
 * Rules:
 *   - a role takes the titles of its primary and secondary occupations, except residual "All Other" occupations
 *     (SOC codes ending in 99, such as 11-9199 "Managers, All Other"), whose titles name unrelated work;
 *   - a title with a short form in brackets gives both ("Accounts Receivable Clerk (AR Clerk)");
 *   - a title of one word ("Supervisor", "Clerk") is left out: titles match inside longer ones, and one word would
 *     match nearly any job;
 *   - a title that already is a role's alias, or this role's relevant title, is left out (it already counts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'yaml';
import { z } from 'zod';
import { loadTaxonomy } from '../src/taxonomy/load-taxonomy.js';
import { normalizePhrase } from '../src/text/tokenize.js';

const referenceDir = process.argv[2];
if (!referenceDir) {
  process.stderr.write('Usage: npm run taxonomy:titles -- <reference-dir>\n');
  process.exit(2);
}

const occupationSchema = z.object({ code: z.string() });
const mapSchema = z.array(
  z.object({ role_id: z.string(), onet_primary: z.array(occupationSchema), onet_secondary: z.array(occupationSchema) }),
);
const titleRowSchema = z.object({ onet_soc_code: z.string(), alternate_title: z.string() });

const roleMap = mapSchema.parse(JSON.parse(await readFile(join(referenceDir, 'bpo_role_onet_map.json'), 'utf8')));
const rows = z
  .array(titleRowSchema)
  .parse(parse(await readFile(join(referenceDir, 'onet_alternate_titles.tsv'), 'utf8'), { columns: true, delimiter: '\t', quote: false }));

const taxonomy = await loadTaxonomy();
const aliases = new Set(taxonomy.source.roles.flatMap((role) => role.aliases.map(normalizePhrase)));
const isResidual = (code: string): boolean => /^\d{2}-\d{2}99\./.test(code);

/** A title and the short form O*NET gives in brackets are two ways to write it: "Claims Adjustor (Claims Rep)". */
function writtenForms(title: string): string[] {
  const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(title.trim());
  return bracket?.[1] && bracket[2] ? [bracket[1], bracket[2].trim()] : [title.trim()];
}

const roles: Record<string, { occupations: string[]; titles: string[] }> = {};
for (const entry of [...roleMap].sort((a, b) => a.role_id.localeCompare(b.role_id))) {
  const role = taxonomy.rolesById.get(entry.role_id);
  if (!role) throw new Error(`${entry.role_id} is in the O*NET map but not in the taxonomy`);
  const occupations = [...entry.onet_primary, ...entry.onet_secondary].map((o) => o.code).filter((code) => !isResidual(code));
  const own = new Set(role.experience.relevantTitles.map(normalizePhrase));
  const titles = new Map<string, string>();
  for (const row of rows) {
    if (!occupations.includes(row.onet_soc_code)) continue;
    for (const title of writtenForms(row.alternate_title)) {
      const key = normalizePhrase(title);
      if (key.split(' ').length < 2 || aliases.has(key) || own.has(key) || titles.has(key)) continue;
      titles.set(key, title);
    }
  }
  if (occupations.length > 0) {
    roles[entry.role_id] = { occupations, titles: [...titles.values()].sort((a, b) => a.localeCompare(b)) };
  }
}

const header = `# Job titles of each role's occupations in O*NET: a position with one of them counts as relevant experience for the
# role, as the role's own experience.relevantTitles do. Written by \`npm run taxonomy:titles -- <reference-dir>\`
# (scripts/make-occupation-titles.ts, whose comment gives the rules); edit the script or the role files, not this file.
# Source: O*NET 30.0 Database, Alternate Titles, by the U.S. Department of Labor, Employment and Training
# Administration (USDOL/ETA), used under the CC BY 4.0 licence. O*NET® is a trademark of USDOL/ETA.
`;
const body = stringify(
  {
    source: { name: 'O*NET 30.0 Alternate Titles', licence: 'CC BY 4.0', url: 'https://www.onetcenter.org/database.html' },
    roles,
  },
  { lineWidth: 120 },
);
const target = fileURLToPath(new URL('../taxonomy/occupation-titles.yaml', import.meta.url));
await writeFile(target, header + body);
const count = Object.values(roles).reduce((sum, r) => sum + r.titles.length, 0);
process.stdout.write(`wrote taxonomy/occupation-titles.yaml: ${count} titles for ${Object.keys(roles).length} roles\n`);
