/**
 * The skills Latin American BPO resumes name in Spanish and Portuguese ("atención al cliente", "cobranza", "suporte
 * técnico"), each beside a lookalike that names another skill or none: a word alone ("soporte", "calidad", "ventas" in
 * an employer's name), a course taken rather than given, a screenshot rather than data capture.
 */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();

/** The skills one line shows, read under `heading` (a summary by default, where no list item is trusted alone). */
const skills = (line: string, heading = 'PERFIL'): string[] =>
  extractText(['Ana Ruiz', 'ana@example.com', '', heading, line].join('\n'), taxonomy).skills.map((s) => s.id);

/** The roles a job title names. */
const rolesOf = (title: string): (readonly string[])[] =>
  extractText(['Ana Ruiz', 'ana@example.com', '', 'EXPERIENCIA LABORAL', `${title} | Teleperformance, Lima`,
    'Enero 2021 - Diciembre 2024'].join('\n'), taxonomy).positions.map((p) => p.titleRoles);

describe('Spanish and Portuguese skills and their lookalikes', () => {
  it.each([
    ['customer-service', 'Agente bilingüe con experiencia en servicio al cliente', 'Atención al detalle en cada registro'],
    ['customer-service', 'Atención al cliente y manejo de caja', 'Atención de llamadas de cobranza'],
    ['customer-service', 'Profissional de atendimento ao cliente', 'Atendimento de chamados de TI'],
    ['attention-to-detail', 'Atención al detalle en cada registro', 'Atención al cliente en inglés'],
    ['inbound-call-handling', 'Atención de llamadas entrantes en inglés', 'Monitoreo de llamadas con formato de calidad'],
    ['inbound-call-handling', 'Atendimento receptivo a clientes de telefonia móvel', 'Ligações ativas de cobrança'],
    ['inbound-call-handling', 'Atender llamadas inbound de clientes en inglés', 'Realizar llamadas de seguimiento a prospectos'],
    ['call-monitoring', 'Monitoreo y evaluación de 60 llamadas por semana', 'Atención de llamadas inbound de clientes'],
    ['complaint-handling', 'Atención de quejas y reclamos por chat', 'Atención de llamadas y reembolsos'],
    ['complaint-handling', 'Tratativa de reclamações de clientes', 'Registro de chamados no Zendesk'],
    ['chat-support', 'Soporte vía chat y correo electrónico', 'Soporte a la gerencia en reportes'],
    ['email-support', 'Soporte vía chat y correo electrónico', 'Suporte técnico nível 1 e 2 em inglês'],
    ['help-desk-support', 'Experiencia en soporte técnico nivel 1', 'Soporte a la gerencia en la elaboración de presentaciones'],
    ['help-desk-support', 'Suporte técnico em inglês e português', 'Suporte administrativo à diretoria'],
    ['technical-troubleshooting', 'Diagnóstico de fallas en módems', 'Diagnóstico organizacional del área'],
    ['ticketing-systems', 'Abertura e acompanhamento de chamados no Jira', 'Atendimento de chamadas receptivas'],
    ['password-resets', 'Restablecimiento de contraseñas en Active Directory', 'Cambio de domicilio de clientes'],
    ['quality-assurance', 'Aseguramiento de calidad de interacciones', 'Cumplimiento de políticas de calidad y seguridad'],
    ['telesales', 'Ventas telefónicas de planes pospago', 'Auxiliar administrativo en Ventas y Servicios del Norte S.A.'],
    ['cross-selling', 'Ventas cruzadas de planes pospago', 'Ventas de mostrador'],
    ['debt-collection', 'Cobranza telefónica de cartera vencida', 'Cajera: cobro en caja y arqueo'],
    ['debt-collection', 'Cobrança de carteira de cartão de crédito', 'Caixa: recebimento no balcão'],
    ['delinquency-management', 'Gestión de cartera vencida de 30 a 90 días', 'Gestión de cartera de clientes corporativos'],
    ['payment-negotiation', 'Negociación de convenios de pago y reestructuras', 'Negociación con proveedores de papelería'],
    ['payment-negotiation', 'Negociação de acordos e parcelamentos', 'Negociação de contratos com fornecedores'],
    ['negotiation-skills', 'Negociación con proveedores de papelería', 'Licenciatura en Negocios Internacionales'],
    ['data-entry', 'Captura de datos y seguimiento de folios', 'Captura de pantalla de cada caso'],
    ['typing-speed', 'Mecanografía 55 PPM', 'Digitalización de documentos'],
    ['teamwork', 'Trabajo en equipo', 'Trabajo bajo presión'],
    ['stress-tolerance', 'Trabajo bajo presión', 'Trabajo en equipo'],
    ['training-delivery', 'Capacitación de nuevas olas de agentes bilingües', 'Capacitación recibida: curso de Excel (40 horas)'],
    ['people-management', 'Supervisión de equipo de 18 agentes bilingües', 'Supervisión de obra en construcción'],
    ['feedback-delivery', 'Retroalimentación a agentes de cuentas de EE.UU.', 'Retroalimentación de clientes en encuestas'],
    ['microsoft-office', 'Paquetería Office', 'Auxiliar de tienda en Office Depot'],
  ])('%s: "%s", not "%s"', (skill, real, lookalike) => {
    expect(skills(real)).toContain(skill);
    expect(skills(lookalike)).not.toContain(skill);
  });

  it('reads the names with the accents dropped, as people type them', () => {
    expect(skills('atencion al cliente, soporte tecnico, negociacion', 'HABILIDADES')).toEqual(
      expect.arrayContaining(['customer-service', 'help-desk-support', 'negotiation-skills']));
    expect(skills('atendimento ao cliente, suporte tecnico, cobranca', 'HABILIDADES')).toEqual(
      expect.arrayContaining(['customer-service', 'help-desk-support', 'debt-collection']));
  });

  it('reads a Brazilian inbound telemarketer as inbound call handling, and active telemarketing as none', () => {
    expect(skills('Operador de Telemarketing Receptivo')).toContain('inbound-call-handling');
    expect(skills('Operador de Telemarketing Ativo')).not.toContain('inbound-call-handling');
  });

  it('leaves English resumes as they were', () => {
    expect(skills('Handled inbound calls and customer complaints for a US telecom')).toEqual(
      expect.arrayContaining(['inbound-call-handling', 'complaint-handling']));
    expect(skills('Provided technical support and customer service by email')).toEqual(
      expect.arrayContaining(['help-desk-support', 'customer-service']));
    expect(skills('Sent e-mail updates to the supervision team')).not.toContain('email-support');
  });
});

describe('A Spanish and a Portuguese resume read whole', () => {
  it('finds the collector\'s skills in a Mexican CV', () => {
    const cv = ['LUIS FERNANDO RAMÍREZ CASTAÑEDA', 'Guadalajara, Jalisco', 'Correo: luisfer.ramirez88@outlook.com', '',
      'EXPERIENCIA PROFESIONAL', '', 'Ejecutivo de Cobranza Telefónica', 'Atento México, Guadalajara', 'Septiembre 2019 – Actualidad',
      '• Cobranza extrajudicial de cartera vencida de tarjetas de crédito (Banamex)',
      '• Negociación de convenios de pago y reestructuras', '• Manejo de marcador predictivo y sistema de gestión de cobranza', '',
      'Representante de Servicio al Cliente', 'Telmex, Guadalajara', 'Marzo 2017 – Agosto 2019',
      '• Atención telefónica a clientes, aclaraciones de facturación y reportes de fallas', '• Captura de datos y seguimiento de folios', '',
      'CONOCIMIENTOS', 'Paquetería Office (Excel intermedio), negociación, atención al cliente, trabajo bajo presión'].join('\n');
    expect(extractText(cv, taxonomy).skills.map((s) => s.id)).toEqual(expect.arrayContaining(['debt-collection',
      'delinquency-management', 'payment-negotiation', 'negotiation-skills', 'dialer-systems', 'customer-service',
      'inbound-call-handling', 'billing-inquiries', 'data-entry', 'microsoft-office', 'microsoft-excel', 'stress-tolerance']));
  });

  it('finds the support agent\'s skills in a Brazilian CV', () => {
    const cv = ['João Pedro Silva Santos', 'São Paulo, SP – Brasil', 'joaopedro.silvasantos@gmail.com', '', 'EXPERIÊNCIA PROFISSIONAL',
      'Analista de Suporte Técnico Bilíngue – Sitel Brasil, São Paulo', 'jan. 2020 – atual',
      '- Suporte técnico nível 1 e 2 em inglês para clientes dos EUA (software SaaS)',
      '- Abertura e acompanhamento de chamados no Zendesk e Jira', '',
      'Operador de Telemarketing Receptivo – Atento Brasil, São Paulo', 'mar. 2017 – dez. 2019',
      '- Atendimento receptivo a clientes de telefonia móvel', '- Registro de reclamações e retenção de clientes'].join('\n');
    const found = extractText(cv, taxonomy).skills.map((s) => s.id);
    expect(found).toEqual(expect.arrayContaining(['help-desk-support', 'ticketing-systems', 'inbound-call-handling',
      'complaint-handling', 'customer-retention']));
    expect(found).not.toContain('email-support');
  });
});

describe('Spanish and Portuguese titles of the customer service and technical support roles', () => {
  it('names the role of each title', () => {
    expect(rolesOf('Ejecutiva Bilingüe de Atención a Clientes')).toEqual([['customer-service-representative']]);
    expect(rolesOf('Ejecutivo Bilingüe de Atención al Cliente')).toEqual([['customer-service-representative']]);
    expect(rolesOf('Asesora de Atención a Clientes')).toEqual([['customer-service-representative']]);
    expect(rolesOf('Analista de Suporte Técnico')).toEqual([['technical-support-specialist']]);
    expect(rolesOf('Atendente de Suporte Técnico')).toEqual([['technical-support-specialist']]);
    expect(rolesOf('Técnico de Suporte')).toEqual([['technical-support-specialist']]);
  });

  it('leaves a title of other work without those roles', () => {
    expect(rolesOf('Técnico en Contabilidad')).toEqual([[]]);
    expect(rolesOf('Cajera')).toEqual([[]]);
  });
});
