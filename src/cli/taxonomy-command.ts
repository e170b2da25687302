/** `rolefit taxonomy check`: validates a taxonomy and prints its counts, or every problem with file and path. */
import { checkTaxonomy } from '../taxonomy/load-taxonomy.js';
import type { Taxonomy } from '../taxonomy/build-taxonomy.js';

export function taxonomyCounts(taxonomy: Taxonomy): Record<string, number> {
  const aliases = [...taxonomy.skills, ...taxonomy.certifications, ...taxonomy.roles].reduce((sum, e) => sum + e.aliases.length, 0);
  return {
    roles: taxonomy.roles.length,
    skills: taxonomy.skills.length,
    skillAliases: taxonomy.skills.reduce((sum, s) => sum + s.aliases.length, 0),
    certifications: taxonomy.certifications.length,
    aliases,
    educationLevels: taxonomy.education.levels.length,
    educationFields: taxonomy.education.fields.length,
    sections: taxonomy.sections.length,
  };
}

export async function runTaxonomyCheck(dir: string | undefined, json: boolean): Promise<number> {
  const result = await checkTaxonomy(dir === undefined ? [] : [dir]);
  if (json) {
    const body = result.ok
      ? { ok: true, name: result.taxonomy.manifest.name, version: result.taxonomy.manifest.version, hash: result.taxonomy.hash, counts: taxonomyCounts(result.taxonomy) }
      : { ok: false, issues: result.issues };
    process.stdout.write(`${JSON.stringify(body)}\n`);
  } else if (result.ok) {
    const counts = Object.entries(taxonomyCounts(result.taxonomy)).map(([k, v]) => `${k} ${v}`).join(', ');
    process.stdout.write(`taxonomy ${result.taxonomy.manifest.version} (${result.taxonomy.hash}) is valid: ${counts}\n`);
  } else {
    for (const issue of result.issues) process.stderr.write(`${issue.path}: ${issue.message} [${issue.code}]\n`);
    process.stderr.write(`${result.issues.length} problem(s) found.\n`);
  }
  return result.ok ? 0 : 1;
}
