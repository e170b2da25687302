/** A resume in another language is told apart from a terse English one, and the reports say so. */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/build-reports/render-html.js';
import { renderMarkdown } from '../../src/build-reports/render-markdown.js';
import { analyseResume } from '../../src/pipeline.js';
import { defaultReadOptions } from '../../src/read-document/document-types.js';
import { sampleReferenceDate } from '../support/samples.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();

const spanish = `María Fernanda López García
Ciudad de México | mf.lopez@correo.mx

PERFIL PROFESIONAL
Agente de servicio al cliente bilingüe con 4 años de experiencia en centros de contacto. Atención de llamadas
entrantes y salientes para clientes de telecomunicaciones y banca, con manejo de quejas y retención de clientes.

EXPERIENCIA
Agente bilingüe de servicio al cliente — Teleperformance, Ciudad de México — enero 2021 a la fecha
- Atención de 80 llamadas diarias en inglés y español para una empresa de telefonía de Estados Unidos
- Resolución de quejas y aclaraciones de facturación con un índice de satisfacción del 94 %
- Capacitación de nuevos agentes en el uso del sistema de la cuenta y de la base de conocimiento
Ejecutiva de cobranza — Banco Azteca — marzo 2019 a diciembre 2020
- Gestión de cartera vencida y negociación de convenios de pago con los clientes de la sucursal

EDUCACIÓN
Licenciatura en Administración de Empresas, Universidad Nacional Autónoma de México, 2018`;

// Lines of names and nouns with hardly a function word, as many English resumes are written.
const terseEnglish = `Jane Roe
Customer Service Representative

SKILLS
Zendesk, Salesforce, cash handling, POS, billing, complaint resolution, upselling, inventory, scheduling, Excel

EXPERIENCE
Customer Service Representative, Acme BPO, Jan 2020 - Present
- Inbound calls, billing disputes, card activation, chat support, email support, escalations, CSAT 95%
- Order entry, returns, refunds, exchanges, account updates, address changes, payment plans
Cashier, Walmart, Jan 2018 - Dec 2019
- Cash handling, POS, customer greetings, store opening, store closing, stock replenishment, price checks
- Returns desk, layaway, gift cards, coupons, loyalty sign-ups, cash drawer counts, deposits

EDUCATION
High School Diploma, Lincoln High School, 2017
Certificate, Customer Service Excellence, Community College, 2018`;

describe('readsAsEnglish', () => {
  it('takes a resume in another script for another language, however short', () => {
    expect(extractText('अमित कुमार\nग्राहक सेवा प्रतिनिधि, 3 वर्ष का अनुभव\nकौशल: ग्राहक सेवा, शिकायत निवारण', taxonomy).readsAsEnglish).toBe(false);
    expect(extractText('山田 太郎\nカスタマーサポート 5年', taxonomy).readsAsEnglish).toBe(false);
    // An English resume that writes a name or a place in another script is still English.
    expect(extractText('Amit Kumar (अमित कुमार)\nCustomer Service Representative, Concentrix, 2021 - Present\nHandled billing calls', taxonomy).readsAsEnglish).toBe(true);
  });

  it('tells a Spanish resume from a terse English one', () => {
    expect(extractText(spanish, taxonomy).readsAsEnglish).toBe(false);
    expect(extractText(terseEnglish, taxonomy).readsAsEnglish).toBe(true);
  });

  it('reads a terse Filipino resume in English as English, Spanish place and school names and all', () => {
    const manila = `Maria de la Cruz
Las Piñas City, Metro Manila | maria.delacruz@example.com

SKILLS
Customer service, inbound calls, Zendesk, Salesforce, typing 45 WPM, complaint handling, upselling

EXPERIENCE
Customer Service Representative, Concentrix, Las Piñas, Jan 2022 - Present
- Inbound billing calls, account updates, card activation, escalations, CSAT 94%, AHT 6:10
Cashier, SM Supermarket, Las Piñas, Jun 2020 - Dec 2021
- Cash handling, POS, returns, gift cards, store opening and closing

EDUCATION
Bachelor of Science in Business Administration, Colegio de San Juan de Letran, 2020
Senior High School, Colegio de San Juan de Letran, 2016`;
    expect(extractText(manila, taxonomy).readsAsEnglish).toBe(true);
  });

  it('takes a text too short to judge as English', () => {
    expect(extractText('Agente de servicio al cliente en la ciudad de México', taxonomy).readsAsEnglish).toBe(true);
  });

  it('tells a short Spanish resume by its many function words, and a short English one with Spanish names apart', () => {
    const spanish = [
      'Carlos Mendoza', 'Monterrey, Nuevo León', 'EXPERIENCIA',
      'Agente de servicio al cliente en Atento, 2015 - 2017. Atención de llamadas de clientes para una empresa de telecomunicaciones y resolución de quejas con la mejor actitud.',
      'EDUCACIÓN', 'Licenciatura en Administración de Empresas, Universidad Autónoma de Nuevo León, 2015',
    ].join('\n');
    expect(spanish.split(/\s+/).length).toBeLessThan(80);
    expect(extractText(spanish, taxonomy).readsAsEnglish).toBe(false);
    const english = 'Ana Cruz\nLas Piñas City\nEXPERIENCE\nCustomer Service Agent, Teleperformance, 2019 - 2022\nEDUCATION\nBS Psychology, Colegio de San Juan de Letran, 2019';
    expect(extractText(english, taxonomy).readsAsEnglish).toBe(true);
  });

  it('has the reports say why the scores say little', async () => {
    const context = { taxonomy, referenceDate: sampleReferenceDate, read: defaultReadOptions };
    const result = await analyseResume({ name: 'cv.txt', bytes: Buffer.from(spanish) }, context);
    if (!result.ok) throw new Error(result.error.message);
    expect(renderMarkdown(result)).toContain('seems not to be in English');
    expect(renderHtml(result)).toContain('seems not to be in English');
    const english = await analyseResume({ name: 'cv.txt', bytes: Buffer.from(terseEnglish) }, context);
    if (!english.ok) throw new Error(english.error.message);
    expect(renderMarkdown(english)).not.toContain('Note:');
  });
});
