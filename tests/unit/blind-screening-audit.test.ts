/**
 * Blind screening, the data-protection audit's cases: street addresses and postcodes around the redacted location,
 * labelled details in table cells, Spanish labels and Latin American identity numbers, ages in words, a name's common
 * words in lower case, "Ma." opening a name and labelled nicknames. Each case that must go stands beside ordinary text
 * that must stay.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contactRedactor } from '../../src/build-reports/contact-redactor.js';
import type { Contact } from '../../src/extract-candidate/candidate-types.js';
import { analyseResume } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { extractText } from '../support/extract-text.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const nobody: Contact = { name: null, email: null, phone: null, location: null, country: null };

/** The text as blind screening leaves it for a candidate with these contact details. */
const redacted = (contact: Partial<Contact>, text: string): string =>
  contactRedactor({ ...nobody, ...contact }, taxonomy.personalDetails.labelledDetail)(text);

describe('a street address around the redacted location', () => {
  it.each([
    [{ name: 'Michael J. Young', location: 'Springfield, IL' }, 'Michael J. Young | Bilingual CSR | 123 Main St Apt 4, Springfield, IL 62704', '[redacted] | Bilingual CSR | [redacted]'],
    [{ location: 'Noida, UP' }, 'CSR | Flat 12B, Sector 21, Noida, UP 201301', 'CSR | [redacted]'],
    [{ location: 'Cainta, Rizal' }, 'CSR | Blk 5 Lot 3 Phase 2, Brgy. San Isidro, Cainta, Rizal 1900', 'CSR | [redacted]'],
    [{ location: 'Col. Del Valle, CDMX' }, 'CSR | Calle Insurgentes Sur 1234, Int. 5, Col. Del Valle, CDMX 03100', 'CSR | [redacted]'],
    [{ location: 'Orlando East, Soweto' }, 'CSR | 123 Main Rd, Orlando East, Soweto, 1804', 'CSR | [redacted]'],
    [{ location: 'Nairobi' }, 'CSR | P.O. Box 4521-00100, Nairobi | Kahawa West', 'CSR | [redacted] | Kahawa West'],
    [{ location: 'Parktown, Johannesburg' }, 'Unit 5, 14 Jan Smuts Ave, Parktown, Johannesburg 2193 | 071 234 5678', '[redacted] | [redacted]'],
    [{ location: 'Boston, MA' }, '88 Elm Street, Apt 3C, Boston, MA 02118 · 617-555-0123', '[redacted] · [redacted]'],
    // A house number with no address word, before a postcode.
    [{ location: 'Noida, Uttar Pradesh' }, 'A-204 Shanti Kunj, Noida, Uttar Pradesh 201309', '[redacted]'],
    // A postcode after the city goes even without a street.
    [{ location: 'Springfield, IL' }, 'Springfield, IL 62704', '[redacted]'],
  ])('redacts the address of %j in %j', (contact, text, expected) => {
    expect(redacted(contact, text)).toBe(expected);
  });

  it.each([
    // A job line keeps its title and employer, and its dates; only the city goes.
    ['Customer Service Representative, BT Group, Leeds', 'Customer Service Representative, BT Group, [redacted]'],
    ['Unit Manager, BT Group, Leeds, 2019 - 2021', 'Unit Manager, BT Group, [redacted], 2019 - 2021'],
    ['1st Line Support Analyst, BT Group, Leeds', '1st Line Support Analyst, BT Group, [redacted]'],
    ['Customer Service Representative — BT Group, Leeds — Jan 2016 - Dec 2017', 'Customer Service Representative — BT Group, [redacted] — Jan 2016 - Dec 2017'],
    ['Team Leader | BT Group, Leeds 2019 | Phase 2 rollout', 'Team Leader | BT Group, [redacted] 2019 | Phase 2 rollout'],
  ])('keeps the job line %j', (text, expected) => {
    expect(redacted({ location: 'Leeds, West Yorkshire' }, text)).toBe(expected);
  });

  it('reads the location of a header address whose place the taxonomy does not know, and not of a job line', () => {
    const location = (line: string): string | null => extractText(`Thabo Mokoena\n${line} | 0917 111 2222\n\nSUMMARY\nAgent`, taxonomy).contact.location;
    expect(location('123 Main Rd, Orlando East, Soweto, 1804')).toBe('Orlando East, Soweto');
    expect(location('Blk 9 Lot 14, Brgy. Dolores, Taytay')).toBe('Taytay');
    expect(location('Phase 2 Lead, Customer Care, Concentrix')).toBeNull();
    expect(location('Team Leader, 2 years')).toBeNull();
  });

  it('redacts the whole header address of a resume, through the pipeline', async () => {
    const context = { taxonomy, referenceDate: { year: 2026, month: 11 }, read: defaultReadOptions, redact: true };
    const text = 'Thabo Mokoena | Customer Service Representative | 123 Main Rd, Orlando East, Soweto, 1804\n0917-555-0100\n\n'
      + 'EXPERIENCE\nCustomer Service Representative — Teleperformance, Orlando East — Jan 2019 - Present\n- Inbound calls; complaints; CSAT 90%\n';
    const result = await analyseResume({ name: 'cv.txt', bytes: Buffer.from(text) }, context);
    if (!result.ok) throw new Error(result.error.message);
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/Main Rd|Orlando|Soweto|1804/);
    expect(json).toContain('Teleperformance');
  });
});

describe('labelled details in table cells', () => {
  it.each([
    ['Race\tBlack African (EE candidate)\tTyping speed\t45 WPM', 'Race\t[redacted]\tTyping speed\t45 WPM'],
    ['Health\tHIV positive\tTool\tTalkdesk', 'Health\t[redacted]\tTool\tTalkdesk'],
    ['Disability\tEpilepsy\tTool\tFive9', 'Disability\t[redacted]\tTool\tFive9'],
    ['Pregnancy\t5 months\tTool\tKronos', 'Pregnancy\t[redacted]\tTool\tKronos'],
    ['Pronouns\tshe/her\tTool\tNICE inContact', 'Pronouns\t[redacted]\tTool\tNICE inContact'],
    ['Union\tSACCAWU shop steward\tTool\tCisco Finesse', 'Union\t[redacted]\tTool\tCisco Finesse'],
    ['Photo\twearing hijab\tTool\tVerint', 'Photo\t[redacted]\tTool\tVerint'],
    ['Permanent Address\tHouse 45, Vijay Nagar, Ghaziabad\tTool\tIntercom', 'Permanent Address\t[redacted]\tTool\tIntercom'],
    ['Trade union: CWU | Sindicato: Sintratel', 'Trade union: [redacted] | Sindicato: [redacted]'],
    // A run of spaces sets a column apart: each labelled value ends there.
    ['Nickname: Macoy          Birthplace: Tondo, Manila', 'Nickname: [redacted]          Birthplace: [redacted]'],
  ])('redacts %j', (text, expected) => {
    expect(redacted({}, text)).toBe(expected);
  });

  it.each([
    'Languages\tEnglish, isiZulu, Sesotho\tTyping speed\t45 WPM',
    'Shifts\tNight shift and weekends\tTool\tZendesk',
    'Photo editing in Canva for the account\'s newsletter',
    'Union Bank of the Philippines — Customer Service Associate',
    '- Languages: English, Spanish, Filipino          Typing: 45 WPM',
  ])('keeps %j', (text) => {
    expect(redacted({}, text)).toBe(text);
  });
});

describe('Spanish labels and Latin American identity numbers', () => {
  it.each([
    ['Idiomas: Español (nativo), Inglés (C1) | Estado civil: Casada | Nacionalidad: Venezolana | Fecha de nacimiento: 03/05/1990',
      'Idiomas: Español (nativo), Inglés (C1) | Estado civil: [redacted] | Nacionalidad: [redacted] | Fecha de nacimiento: [redacted]'],
    // The first item of a quoted line may have lost its label ("Idiomas:"): the labelled items after it still go.
    ['Español (nativo), Inglés (C1) | Estado civil: Casada', 'Español (nativo), Inglés (C1) | Estado civil: [redacted]'],
    ['Sexo: Femenino | Edad: 34 años | Cédula: V-12.345.678 | Religión: Católica | Hijos: 2',
      'Sexo: [redacted] | Edad: [redacted] | Cédula: [redacted] | Religión: [redacted] | Hijos: [redacted]'],
    ['CURP: GAHJ960722HPLRRS05 | RFC: GAHJ960722AB1 | NSS: 12345678901', 'CURP: [redacted] | RFC: [redacted] | NSS: [redacted]'],
    ['CPF\t123.456.789-09\tTool\tTableau', 'CPF\t[redacted]\tTool\tTableau'],
    ['Migrante venezolana con PPT (Permiso por Protección Temporal) No. 1234567 — English (C1), typing 40 WPM',
      'Migrante venezolana con PPT (Permiso por Protección Temporal) No. [redacted] — English (C1), typing 40 WPM'],
  ])('redacts %j', (text, expected) => {
    expect(redacted({}, text)).toBe(expected);
  });

  it.each([
    'Agente de cobranza con 5 años de experiencia en Konecta',
    'Atención a clientes y ventas; edad promedio de la cartera 90 días',
  ])('keeps %j', (text) => {
    expect(redacted({}, text)).toBe(text);
  });
});

describe('an age in words', () => {
  it.each([
    ['A 45-year-old bilingual customer service representative', 'A [redacted]-year-old bilingual customer service representative'],
    ['Bilingual agent (aged 45) with 8 years of inbound voice', 'Bilingual agent (aged [redacted]) with 8 years of inbound voice'],
    ['62 years young, semi-retired', '[redacted] years young, semi-retired'],
  ])('redacts %j', (text, expected) => {
    expect(redacted({}, text)).toBe(expected);
  });

  it.each([
    'Collected accounts aged 90 days and over',
    'Worked the aged 30-60 day bucket',
    'Agent with 8 years of inbound voice experience',
  ])('keeps %j', (text) => {
    expect(redacted({}, text)).toBe(text);
  });
});

describe("a name's words that are common words", () => {
  it.each([
    [{ name: 'Anna Rose King' }, 'Upsold king rooms and suites; revenue per call rose 18% in 2023.', 'Upsold king rooms and suites; revenue per call rose 18% in 2023.'],
    [{ name: 'Anna Rose King' }, 'Rose garden volunteer; ANNA ROSE KING; "Anna Rose is a natural leader."', '[redacted] garden volunteer; [redacted]; "[redacted] [redacted] is a natural leader."'],
    [{ name: 'Bill Price' }, 'Explained the bill; resolved bill disputes; price matching; Bill led the team', 'Explained the bill; resolved bill disputes; price matching; [redacted] led the team'],
    [{ name: 'Grace Hope Young' }, 'explained grace periods; works well with young customers; Grace Young', 'explained grace periods; works well with young customers; [redacted] [redacted]'],
    // A name's word that is no common word goes in any case.
    [{ name: 'Maria Santos' }, 'maria and santos, MARIA, Santos', '[redacted] and [redacted], [redacted], [redacted]'],
  ])('for %j redacts %j', (contact, text, expected) => {
    expect(redacted(contact, text)).toBe(expected);
  });
});

describe('a given name written short', () => {
  it('reads "MA. THERESA R. SANTOS" as a name, not as Massachusetts', () => {
    const contact = extractText('MA. THERESA R. SANTOS\nTaytay, Rizal | 0917-555-0199 | applicant.01@example.com\n\nSUMMARY\nAgent', taxonomy).contact;
    expect(contact.name).toBe('MA. THERESA R. SANTOS');
    expect(contact.location).toBe('Taytay, Rizal');
    expect(contact.country).toBe('PH');
    expect(redacted(contact, 'MA. THERESA R. SANTOS, Taytay')).toBe('[redacted], [redacted]');
  });

  it('still reads a degree or a state as none', () => {
    const top = (line: string): Contact => extractText(`${line}\nBoston, MA 02118 | 0917 111 2222\n\nSUMMARY\nAgent`, taxonomy).contact;
    expect(top('MA Psychology').name).toBeNull();
    expect(top('Ma. Cristina Gonzales').name).toBe('Ma. Cristina Gonzales');
    expect(top('Ma. Cristina Gonzales').location).toBe('Boston, MA');
  });
});
