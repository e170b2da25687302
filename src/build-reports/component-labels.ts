/** How reports name each score component. */
import type { ComponentId } from '../score-roles/match-types.js';

export const componentLabels: Record<ComponentId, string> = {
  mustHaveSkills: 'Must-have skills',
  importantSkills: 'Important skills',
  niceToHaveSkills: 'Nice-to-have skills',
  experience: 'Relevant experience',
  education: 'Education',
  certifications: 'Certifications',
  title: 'Job title',
  screening: 'Role screening',
};
