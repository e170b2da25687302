/**
 * A worker sees the same posting on every resume of a batch: its profile (and the taxonomy compiled with it) is built
 * once and kept, keyed by the taxonomy and the posting's text.
 */
import { createHash } from 'node:crypto';
import type { PipelineContext } from '../pipeline.js';
import type { JobPosting } from './build-job-profile.js';
import { withJobProfile } from './with-job-profile.js';

/** Postings in use at once by one worker: a few batches' worth. */
const maxCachedProfiles = 16;

type ProfileParts = Pick<PipelineContext, 'taxonomy' | 'roles' | 'jobProfile'>;

export function createJobProfileCache(): (context: PipelineContext, posting: JobPosting) => PipelineContext {
  const cache = new Map<string, ProfileParts>();
  return (context, posting) => {
    const key = createHash('sha256').update(context.taxonomy.source.hash).update('\0').update(posting.name).update('\0').update(posting.text).digest('hex');
    let parts = cache.get(key);
    if (parts) cache.delete(key); // re-inserted below: the Map's order is the recency order
    else {
      const { taxonomy, roles, jobProfile } = withJobProfile(context, posting);
      parts = { taxonomy, roles, jobProfile };
    }
    cache.set(key, parts);
    while (cache.size > maxCachedProfiles) cache.delete(cache.keys().next().value ?? key);
    return { ...context, ...parts };
  };
}
