/**
 * Resumes and postings from Latin America's nearshore BPOs, in Spanish and Portuguese: their dates, language levels,
 * tests, typing speeds, degrees, job titles, function words and posting parts, each beside what must not change.
 */
import { describe, expect, it } from 'vitest';
import { buildJobProfile } from '../../src/build-job-profile/build-job-profile.js';
import { parseDateRanges } from '../../src/extract-candidate/parse-date-ranges.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const reference = { year: 2026, month: 6 };

/** "2021-01..now", "2019-02..2020-12": each range a line holds. */
function ranges(text: string): string[] {
  const month = ({ year, month: m }: { year: number; month: number }): string => `${year}-${String(m).padStart(2, '0')}`;
  return parseDateRanges(text, taxonomy.dates, reference).map((r) => `${month(r.start)}..${r.ongoing ? 'now' : month(r.end)}`);
}

/** A resume of one job under `header`, with `extra` lines after a languages heading. */
function resume(header: string[], extra: string[] = []): string {
  return ['Pedro Pablo Gómez Díaz', 'Lima, Perú | pedro@example.com', '', 'EXPERIENCIA LABORAL', ...header,
    '- Atención de llamadas inbound de clientes de EE.UU.', '', 'IDIOMAS', ...extra].join('\n');
}

describe('Spanish and Portuguese dates', () => {
  it('reads abbreviated and written-out months, "de" before the year and the local words for "present"', () => {
    expect(ranges('ene. 2021 – actualidad')).toEqual(['2021-01..now']);
    expect(ranges('octubre de 2021 – actualidad')).toEqual(['2021-10..now']);
    expect(ranges('feb. 2019 – dic. 2020')).toEqual(['2019-02..2020-12']);
    expect(ranges('sept. 2021 – a la fecha')).toEqual(['2021-09..now']);
    expect(ranges('Jun/2021 – Actual')).toEqual(['2021-06..now']);
    expect(ranges('Ago/2019 – May/2021')).toEqual(['2019-08..2021-05']);
    expect(ranges('Marzo de 2022 – Hoy')).toEqual(['2022-03..now']);
    expect(ranges('06/2021 - Actual')).toEqual(['2021-06..now']);
    expect(ranges('Enero 2020 - Actualmente')).toEqual(['2020-01..now']);
    expect(ranges('jan. 2020 – atual')).toEqual(['2020-01..now']);
    expect(ranges('fevereiro de 2021 – atual')).toEqual(['2021-02..now']);
    expect(ranges('out/2019 a dez/2020')).toEqual(['2019-10..2020-12']);
  });

  it('reads the forms English resumes write too, and leaves what is no range alone', () => {
    expect(ranges("'19 – '22")).toEqual(['2019-06..2022-06']);
    expect(ranges('Desde marzo de 2021')).toEqual(['2021-03..now']);
    // A remark beside a job's title is no range of its own: "(part time to 2011, full time from 2013)".
    expect(ranges('full time from 2013')).toEqual([]);
    expect(ranges('Jun 2023 - (present)')).toEqual(['2023-06..now']);
    expect(ranges('FY2021 – FY2023')).toEqual(['2021-06..2023-06']);
    expect(ranges('Mar del Plata, 2019')).toEqual([]);
    expect(ranges('Reduced AHT by 20% in 2019')).toEqual([]);
  });

  it('dates a job from a job board form\'s labelled fields ("De:" / "Hasta:"), not from a bullet saying "from 2019"', () => {
    const form = ['Juana Pérez', 'Hermosillo, México | juana@example.com', 'Experiencia',
      'Puesto: Agente de Call Center\tEmpresa: Teleperformance', 'De: Enero 2020\tHasta: Presente',
      'Atención a clientes de EE.UU.', 'Puesto: Cajera\tEmpresa: OXXO', 'De: Junio 2017\tHasta: Diciembre 2019'].join('\n');
    expect(extractText(form, taxonomy).positions.map((p) => [p.title, p.employer, p.start, p.ongoing])).toEqual([
      ['Agente de Call Center', 'Teleperformance', { year: 2020, month: 1 }, true],
      ['Cajera', 'OXXO', { year: 2017, month: 6 }, false],
    ]);
    const bullet = resume(['Customer Service Representative | Teleperformance, Lima', 'Jan 2018 - Dec 2020',
      '- Reduced AHT from 2019 baseline by 20%']);
    expect(extractText(bullet, taxonomy).positions).toHaveLength(1);
  });
});

describe('Spanish and Portuguese language levels', () => {
  const levels = (line: string) => extractText(resume(['Agente | Teleperformance, Lima', 'Enero 2021 - Presente'], [line]), taxonomy)
    .screening.languages.map((l) => [l.id, l.proficiency, l.cefr]);

  it('reads the levels in Spanish and Portuguese words', () => {
    expect(levels('Inglés: Avanzado')).toEqual([['english', 'fluent', null]]);
    expect(levels('Inglés avanzado')).toEqual([['english', 'fluent', null]]);
    expect(levels('Inglés: Fluido')).toEqual([['english', 'fluent', null]]);
    expect(levels('Inglés: Intermedio')).toEqual([['english', 'intermediate', null]]);
    expect(levels('Inglés: Básico')).toEqual([['english', 'basic', null]]);
    expect(levels('Inglés y Español: bilingüe')).toEqual([['english', 'native', null], ['spanish', 'native', null]]);
    expect(levels('Inglês: fluente')).toEqual([['english', 'fluent', null]]);
    expect(levels('Português: nativo')).toEqual([['portuguese', 'native', null]]);
  });

  it('keeps a level after a middle dot with its own language', () => {
    expect(levels('Español nativo · Inglés C1')).toEqual([['spanish', 'native', null], ['english', null, 'C1']]);
    expect(levels('Español nativo, Inglés C1')).toEqual([['spanish', 'native', null], ['english', null, 'C1']]);
  });

  it('takes the weaker of two levels offered as alternatives, not of two written side by side', () => {
    const posting = 'Soporte técnico\n\nRequisitos:\n- Portugués nativo o avanzado (C1)\n- Inglés intermedio-alto (B2)\n- Windows, Zendesk y troubleshooting\n';
    expect(buildJobProfile({ text: posting, name: 'posting' }, taxonomy).role.screening.languages).toEqual([
      { language: 'portuguese', minimumLevel: 'fluent' },
      { language: 'english', minimumLevel: 'professional' },
    ]);
    expect(levels('English - Native / Fluent')).toEqual([['english', 'native', null]]);
  });
});

describe('Language tests and typing speed', () => {
  const screening = (line: string) => extractText(resume(['Agente | Teleperformance, Lima', 'Enero 2021 - Presente'], [line]), taxonomy).screening;

  it('reads EF SET, TOEFL ITP and Linguaskill scores on their own scales', () => {
    expect(screening('English: EF SET 68/100').languageTests.map((t) => [t.test, t.score])).toEqual([['ef-set', 68]]);
    expect(screening('English: TOEFL ITP 560').languageTests.map((t) => [t.test, t.score])).toEqual([['toefl-itp', 560]]);
    expect(screening('English: TOEFL 560').languageTests).toEqual([]);
    expect(screening('English: Linguaskill 175').languageTests.map((t) => [t.test, t.score])).toEqual([['linguaskill', 175]]);
  });

  it('reads a typing speed in PPM and "palabras por minuto", and no speed without a figure', () => {
    expect(screening('Mecanografía: 55 PPM').typingSpeed?.wordsPerMinute).toBe(55);
    expect(screening('Velocidad de mecanografía: 62 palabras por minuto').typingSpeed?.wordsPerMinute).toBe(62);
    expect(screening('Digitação: 50 ppm').typingSpeed?.wordsPerMinute).toBe(50);
    expect(screening('Mecanografía rápida').typingSpeed).toBeNull();
  });
});

describe('Spanish and Portuguese degrees', () => {
  const entry = (line: string) => {
    const [found] = extractText(['Ana Ruiz', 'ana@example.com', '', 'EDUCACIÓN', line].join('\n'), taxonomy).education.entries;
    return found ? [found.level, found.field, found.completed] : null;
  };

  it('reads the level and the field of each degree', () => {
    expect(entry('Licenciatura en Administración de Empresas — UNAM, 2018')).toEqual(['bachelor', 'business-administration', true]);
    expect(entry('Ingeniería en Sistemas Computacionales — IPN, 2019')).toEqual(['bachelor', 'computer-science-and-it', true]);
    expect(entry('Ingeniero Industrial — Universidad Nacional de Colombia, 2017')).toEqual(['bachelor', 'engineering', true]);
    expect(entry('Técnico Superior Universitario en Contaduría — UTJ, 2016')).toEqual(['associate', 'accounting-and-finance', true]);
    expect(entry('Tecnólogo en Gestión Administrativa – SENA, 2017')).toEqual(['associate', 'business-administration', true]);
    expect(entry('Bacharelado em Sistemas de Informação – UNIP, 2019')).toEqual(['bachelor', 'computer-science-and-it', true]);
  });

  it('reads a school-leaving "Bachillerato" as secondary school, and a university "Bachiller" as a bachelor\'s', () => {
    expect(entry('Bachillerato en Ciencias y Letras — Colegio Liceo Javier, 2017')?.[0]).toBe('higher-secondary');
    expect(entry('Bachiller Académico – Colegio Americano, 2015')?.[0]).toBe('higher-secondary');
    expect(entry('Preparatoria — Colegio de Bachilleres, 2014')?.[0]).toBe('higher-secondary');
    expect(entry('Ensino Médio completo – 2014')?.[0]).toBe('higher-secondary');
    expect(entry('Bachiller universitario en Economía — Universidad de Lima, 2016')?.[0]).toBe('bachelor');
  });

  it('reads "(en curso)" and "trunca" as not completed, and a finished degree as completed', () => {
    expect(entry('Licenciatura en Psicología — UNAM (en curso, 6to semestre)')).toEqual(['bachelor', 'psychology', false]);
    expect(entry('Licenciatura en Derecho (trunca) — Universidad de Guadalajara, 2015 - 2017')).toEqual(['bachelor', 'law', false]);
    expect(entry('Licenciatura en Derecho — Universidad de Guadalajara, 2017')).toEqual(['bachelor', 'law', true]);
  });
});

describe('Spanish and Portuguese job titles', () => {
  const rolesOf = (title: string) => extractText(resume([`${title} | Teleperformance, Lima`, 'Enero 2021 - Diciembre 2024']), taxonomy)
    .positions.map((p) => p.titleRoles);

  it('names the role of each title, in both genders', () => {
    expect(rolesOf('Ejecutivo de Cobranza Telefónica')).toEqual([['collections-agent']]);
    expect(rolesOf('Ejecutiva de Cobranza')).toEqual([['collections-agent']]);
    expect(rolesOf('Agente de Cobranza')).toEqual([['collections-agent']]);
    expect(rolesOf('Asesora de Cartera')).toEqual([['collections-agent']]);
    expect(rolesOf('Analista de Calidad')).toEqual([['quality-assurance-analyst']]);
    expect(rolesOf('Supervisora de Operaciones')).toEqual([['team-leader']]);
  });

  it('leaves a title of other work without a role', () => {
    expect(rolesOf('Cajera')).toEqual([[]]);
  });
});

describe('Portuguese function words', () => {
  it('takes a Portuguese resume for no English one, and an English resume with "e-mail" still for English', () => {
    const portuguese = ['João Pedro Silva Santos', 'São Paulo, SP – Brasil', 'RESUMO PROFISSIONAL',
      'Atendente trilíngue (português, inglês e espanhol) com 6 anos de experiência em atendimento ao cliente e suporte técnico.',
      'EXPERIÊNCIA PROFISSIONAL', 'Analista de Suporte Técnico – Sitel Brasil, São Paulo', 'jan. 2020 – atual',
      '- Suporte técnico nível 1 e 2 em inglês para clientes dos EUA', '- Abertura e acompanhamento de chamados no Zendesk e Jira',
      '- Atendimento ao cliente por telefone, chat e e-mail, com foco na resolução no primeiro contato',
      'Operador de Telemarketing Receptivo – Atento Brasil, São Paulo', 'mar. 2017 – dez. 2019',
      '- Atendimento receptivo a clientes de telefonia móvel e registro de reclamações e retenção de clientes',
      'FORMAÇÃO ACADÊMICA', 'Bacharelado em Sistemas de Informação – UNIP, 2019', 'IDIOMAS', 'Português: nativo',
      'Inglês: fluente (C1)', 'Espanhol: avançado'].join('\n');
    expect(extractText(portuguese, taxonomy).readsAsEnglish).toBe(false);
    const english = ['John Smith', 'Denver, CO | john@example.com', 'EXPERIENCE', 'Customer Service Representative',
      'Acme Corp, Denver', 'Jan 2018 - Dec 2020', '- Answered e-mail, chat and phone queries for a US telecom client',
      '- Sent follow-up e-mails to customers with the case number and the next steps',
      '- Logged every e-mail and call in Salesforce within the shift'].join('\n');
    expect(extractText(english, taxonomy).readsAsEnglish).toBe(true);
  });
});

describe('A Spanish posting', () => {
  const posting = ['Agente Bilingüe de Servicio al Cliente – Bogotá, Colombia', '', 'Requisitos:', '- Inglés B2 o superior',
    '- Mínimo 6 meses de experiencia en servicio al cliente o call center', '- Manejo de Excel y Salesforce',
    '- Disponibilidad para turnos rotativos', '- Portugués no indispensable', '', 'Deseable:', '- Experiencia con Zendesk', '',
    'Salario: COP 2.800.000 - 3.200.000 mensual + bonos'].join('\n');
  const built = buildJobProfile({ text: posting, name: 'posting' }, taxonomy);
  const importance = (skill: string) => built.role.skills.find((s) => s.skill === skill)?.importance;

  it('reads "Requisitos" as must-haves and "Deseable" as nice-to-have', () => {
    expect(importance('microsoft-excel')).toBe('must-have');
    expect(importance('zendesk')).toBe('nice-to-have');
  });

  it('reads the minimum experience, the pay and the shifts, and asks for no language it calls not indispensable', () => {
    expect(built.role.experience.minimumMonths).toBe(6);
    expect(built.pay).toBe('COP 2.800.000 - 3.200.000 mensual + bonos');
    expect(built.warnings.some((w) => w.includes('turnos rotativos'))).toBe(true);
    expect(built.role.screening.languages).toEqual([{ language: 'english', minimumLevel: 'professional' }]);
  });
});
