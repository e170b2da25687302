/** The JSON Schema documents published in schemas/, generated from the zod schemas so they cannot drift apart. */
import { z } from 'zod';
import { batchPayloadSchema, batchResultSchema, batchResultSchemaVersion } from '../queue/batch-contract.js';
import { jobPayloadSchema } from '../queue/job-contract.js';
import { resultSchema, resultSchemaVersion } from './result-schema.js';

/**
 * What rolefit sends out is published open to additions: results may gain fields within a major version (the README's
 * contract), so a client that validates with this version's schema must still accept a later 1.x result. Objects
 * allow properties they do not list, lists of words allow words they do not list, and the schema version is any of
 * the same major version. What callers send
 * stays closed: a misspelt option fails at once.
 */
const knownValuesNote = 'One of the examples in this version; later 1.x versions may add values, which a client should accept.';

function openForAdditions(schema: unknown, version: string): unknown {
  if (Array.isArray(schema)) return schema.map((item: unknown) => openForAdditions(item, version));
  if (schema === null || typeof schema !== 'object') return schema;
  const entries = Object.entries(schema).filter(([key, value]) => !(key === 'additionalProperties' && value === false));
  const opened = Object.fromEntries(entries.map(([key, value]: [string, unknown]) => [key, openForAdditions(value, version)]));
  // A later 1.x may add values too (a flag, an error code, a role component): a list of words is documented, not closed.
  if (Array.isArray(opened.enum) && opened.enum.every((value) => typeof value === 'string')) {
    const { enum: known, ...rest } = opened;
    const described = typeof rest.description === 'string' ? `${rest.description} ${knownValuesNote}` : knownValuesNote;
    return { ...rest, type: 'string', examples: known, description: described };
  }
  if ('const' in opened && opened.const === version) {
    const major = version.split('.')[0] ?? '';
    delete opened.const;
    return { ...opened, pattern: `^${major}\\.[0-9]+\\.[0-9]+$` };
  }
  return opened;
}

export function jsonSchemas(): Record<string, unknown> {
  return {
    'job-payload.schema.json': {
      ...z.toJSONSchema(jobPayloadSchema, { io: 'input' }),
      $id: 'https://rolefit.example/schemas/job-payload.schema.json',
      title: 'rolefit analyse-resume job payload',
      description: 'The data of a BullMQ job named "analyse-resume" on the rolefit queue.',
    },
    'result.schema.json': {
      ...(openForAdditions(z.toJSONSchema(resultSchema, { io: 'output' }), resultSchemaVersion) as object),
      $id: 'https://rolefit.example/schemas/result.schema.json',
      title: `rolefit analysis result ${resultSchemaVersion}`,
      description:
        'One document analysed: a line of `rolefit match --format jsonl`, or the return value of a finished job. Open to additions: '
        + 'later 1.x results may hold fields this schema does not list, and validate against it.',
    },
    'batch-payload.schema.json': {
      ...z.toJSONSchema(batchPayloadSchema, { io: 'input' }),
      $id: 'https://rolefit.example/schemas/batch-payload.schema.json',
      title: 'rolefit shortlist-batch job payload',
      description: 'The data of the parent job of a batch flow: a job named "shortlist-batch" on the queue "<queue>-batches".',
    },
    'batch-result.schema.json': {
      ...(openForAdditions(z.toJSONSchema(batchResultSchema, { io: 'output' }), batchResultSchemaVersion) as object),
      $id: 'https://rolefit.example/schemas/batch-result.schema.json',
      title: `rolefit batch result ${batchResultSchemaVersion}`,
      description: 'The return value of a finished shortlist-batch job: one entry per document and the batch shortlist as CSV.',
    },
  };
}
