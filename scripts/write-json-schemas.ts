/** Writes schemas/*.json from the zod schemas. Usage: npm run schemas */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/contracts/json-schemas.js';

const directory = fileURLToPath(new URL('../schemas/', import.meta.url));
for (const [name, schema] of Object.entries(jsonSchemas())) {
  await writeFile(`${directory}${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote schemas/${name}\n`);
}
