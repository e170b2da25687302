/** Screening facts as a recruiter reads them in one spreadsheet cell each. */
import type { Screening } from '../extract-candidate/candidate-types.js';

/** "English (fluent); Filipino (native)": each language with the level stated beside it, if any. */
export function languagesCell(languages: Screening['languages']): string {
  return languages.map(({ name, proficiency, cefr }) => {
    const levels = [proficiency, cefr].filter((level) => level !== null);
    return levels.length > 0 ? `${name} (${levels.join(', ')})` : name;
  }).join('; ');
}

/** "night: yes; rotational: no": each shift the resume names, and whether the candidate can work it. */
export function shiftsCell(shifts: Screening['shifts']): string {
  return shifts.map(({ id, available }) => `${id}: ${available ? 'yes' : 'no'}`).join('; ');
}
