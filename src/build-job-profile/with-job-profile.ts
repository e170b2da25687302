/**
 * Ranks against a job posting instead of the taxonomy's roles: the posting's profile joins the taxonomy as one more
 * role and becomes the only role scored, so scores, evidence and gap analysis are built exactly as for any role.
 */
import type { PipelineContext } from '../pipeline.js';
import { compileTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { buildJobProfile, type JobPosting } from './build-job-profile.js';
import { describeJobProfile } from './job-profile-types.js';

export function withJobProfile(context: PipelineContext, posting: JobPosting): PipelineContext {
  const built = buildJobProfile(posting, context.taxonomy);
  const { role } = built;
  const source = context.taxonomy.source;
  const taxonomy = compileTaxonomy({ ...source, roles: [...source.roles.filter((r) => r.id !== role.id), role] });
  return { ...context, taxonomy, roles: [role.id], jobProfile: describeJobProfile(built, posting.name, taxonomy) };
}
