/** The JSON Schema documents published in schemas/, generated from the zod schemas so they cannot drift apart. */
import { z } from 'zod';
import { batchPayloadSchema, batchResultSchema } from '../queue/batch-contract.js';
import { jobPayloadSchema } from '../queue/job-contract.js';
import { resultSchema, resultSchemaVersion } from './result-schema.js';

export function jsonSchemas(): Record<string, unknown> {
  return {
    'job-payload.schema.json': {
      ...z.toJSONSchema(jobPayloadSchema, { io: 'input' }),
      $id: 'https://rolefit.example/schemas/job-payload.schema.json',
      title: 'rolefit analyse-resume job payload',
      description: 'The data of a BullMQ job named "analyse-resume" on the rolefit queue.',
    },
    'result.schema.json': {
      ...z.toJSONSchema(resultSchema, { io: 'output' }),
      $id: 'https://rolefit.example/schemas/result.schema.json',
      title: `rolefit analysis result ${resultSchemaVersion}`,
      description: 'One document analysed: a line of `rolefit match --format jsonl`, or the return value of a finished job.',
    },
    'batch-payload.schema.json': {
      ...z.toJSONSchema(batchPayloadSchema, { io: 'input' }),
      $id: 'https://rolefit.example/schemas/batch-payload.schema.json',
      title: 'rolefit shortlist-batch job payload',
      description: 'The data of the parent job of a batch flow: a job named "shortlist-batch" on the queue "<queue>-batches".',
    },
    'batch-result.schema.json': {
      ...z.toJSONSchema(batchResultSchema, { io: 'output' }),
      $id: 'https://rolefit.example/schemas/batch-result.schema.json',
      title: 'rolefit batch result',
      description: 'The return value of a finished shortlist-batch job: one entry per document and the batch shortlist as CSV.',
    },
  };
}
