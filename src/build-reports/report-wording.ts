/** Words and numbers as every report writes them: component names and amounts of money. */
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

/** "$39,850": whole units, as pay bands are published. */
export function money(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}
