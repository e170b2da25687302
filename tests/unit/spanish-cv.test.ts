/** A Latin American CV written in Spanish (a Europass one here): its headings, name, jobs, degree and languages. */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();

const cv = [
  'europass', 'Curriculum Vitae', 'INFORMACIÓN PERSONAL', 'Nombre Valentina Ospina Restrepo', '+57 310 482 7719',
  'EXPERIENCIA PROFESIONAL',
  '02/2022 – Actualidad Bilingual Customer Service Agent', 'Teleperformance Colombia, Medellín',
  '06/2019 – 01/2022 Asesora de servicio al cliente', 'Konecta (Allus), Medellín',
  'EDUCACIÓN Y FORMACIÓN', '2013 – 2018 Profesional en Negocios Internacionales', 'Universidad Pontificia Bolivariana, Medellín',
  'COMPETENCIAS PERSONALES', 'Lengua materna Español', 'Inglés\tC1\tC1\tB2\tB2\tB2',
].join('\n');

describe('a CV in Spanish', () => {
  const candidate = extractText(cv, taxonomy);

  it('reads its headings, its name and its jobs, the current one open-ended', () => {
    expect(candidate.sections.map((s) => s.id)).toEqual(['header', 'personal', 'experience', 'education', 'skills']);
    expect(candidate.contact.name).toBe('Valentina Ospina Restrepo');
    expect(candidate.positions.map((p) => [p.title, p.employer, p.ongoing, p.titleRoles])).toEqual([
      ['Bilingual Customer Service Agent', 'Teleperformance Colombia', true, ['customer-service-representative']],
      ['Asesora de servicio al cliente', 'Konecta (Allus)', false, ['customer-service-representative']],
    ]);
  });

  it('reads its degree, not as a job, and its languages with their levels', () => {
    expect(candidate.education.highestLevel).toBe('bachelor');
    expect(candidate.screening.languages.map((l) => [l.id, l.proficiency, l.cefr])).toEqual([
      ['spanish', 'native', null],
      ['english', null, 'C1'],
    ]);
  });
});
