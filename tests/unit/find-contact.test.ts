/** Contact details: name, email, phone and location, in the header or beside a heading in a sidebar layout. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../src/extract-candidate/candidate-types.js';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const contact = (text: string): Contact =>
  extractText(text, taxonomy).contact;

describe('contact details', () => {
  it('reads name, email, international phone and location from the header', () => {
    expect(contact('Priya Raman, CPA\nChennai, Tamil Nadu 600041 • +91 98765 43210 • priya@example.com\n\nSUMMARY\nAnalyst')).toEqual({
      name: 'Priya Raman',
      email: 'priya@example.com',
      phone: '+91 98765 43210',
      location: 'Chennai, Tamil Nadu',
      country: 'IN',
    });
    expect(contact('JOHN DOE\nTucson, AZ | (+98) 939 41 45 337').phone).toBe('(+98) 939 41 45 337');
  });

  it('reads the names people write on the first line: a surname that is a city, lower case, a stray mark, a table cell', () => {
    const name = (text: string) => contact(`${text}\n0917 111 2222\n\nSUMMARY\nAgent`).name;
    expect(name('RHEA ANN DUMAGUETE')).toBe('RHEA ANN DUMAGUETE');
    expect(name('JOSE RIZAL SANTOS')).toBe('JOSE RIZAL SANTOS');
    expect(name('Maria Laguna Reyes')).toBe('Maria Laguna Reyes');
    expect(name('jomar villanueva')).toBe('jomar villanueva');
    expect(name('+Rhea Mae Castillo')).toBe('Rhea Mae Castillo');
    // Emoji a phone-made resume decorates the name with are none of it.
    expect(name('✨ KRISTINE JOY REYES ✨')).toBe('KRISTINE JOY REYES');
    expect(name('👩‍💼 Kristine Joy Reyes')).toBe('Kristine Joy Reyes');
    expect(name('Contact\tAnna Marie Lim')).toBe('Anna Marie Lim');
    // A credential after the name is none of it, a nickname in quotes or not: blind screening must leave "CPA" alone.
    expect(name('Ma. Cristina "Tina" Gonzales, CPA')).toBe('Ma. Cristina "Tina" Gonzales');
    // Still no name: a job title in lower case, or a place alone.
    expect(name('customer service representative')).toBeNull();
    expect(name('Dumaguete City')).toBeNull();
    expect(name('Calamba Laguna Philippines')).toBeNull();
  });

  it('reads a name set beside the e-mail in a two-column text layout', () => {
    const text = 'RAHUL SHARMA                                         rahul.sharma.91@gmail.com\nRetail Operations                                    +91 99100 45678\n\nWORK HISTORY\nSupervisor, Shoppers Stop, 2019 - 2025';
    expect(contact(text)).toMatchObject({ name: 'RAHUL SHARMA', email: 'rahul.sharma.91@gmail.com' });
  });

  it("reads the name that heads a Word table's main column after the sidebar, not the sidebar's first skill", () => {
    const text = [
      'CONTACT', 'Hyderabad, Telangana', '+91 90000 55555', 'sameer.khan.fo@gmail.com',
      'SKILLS', 'IDS Fortune', 'Guest relations', 'Night audit',
      'SAMEER AHMED KHAN', 'Front Office Executive',
      'PROFILE', 'Hospitality professional with 5+ years in front office.',
    ].join('\n');
    expect(contact(text).name).toBe('SAMEER AHMED KHAN');
  });

  it('takes the last item of a list of skills for no name where no sidebar of contact details shows', () => {
    expect(contact('SALES MANAGER\nHighlights\nMS Office proficiency\nTeam leadership\nLotus Notes\nAccomplishments\nManaged a sales team of 12.').name).toBeNull();
    expect(contact('ASSISTANT VICE PRESIDENT\nHighlights\nMS Office Suite, Markit, Bloomberg, Reuters,\nEMIR, ISDA, CHIPS, SWIFT\nExperience\nAnalyst, 2015 - 2019').name).toBeNull();
  });

  it('reads a given name that is a word of a skill on the first line, and takes no skill or headline job from it', () => {
    for (const name of ['Excel Bautista', 'Patience Okafor', 'EXCEL BAUTISTA']) {
      const candidate = extractText(`${name}\n0917 111 2222\n\nSUMMARY\nCustomer service agent`, taxonomy);
      expect(candidate.contact.name).toBe(name);
      expect(candidate.skills.map((s) => s.id)).toEqual(['customer-service']);
      expect(candidate.undatedPositions).toEqual([]);
    }
    // Words all of titles and skills, or a title's word last, are a headline, not a name.
    for (const headline of ['Senior Trainer', 'Customer Service', 'SUBSTITUTE TEACHER']) expect(contact(`${headline}\n0917 111 2222\n\nSUMMARY\nAgent`).name).toBeNull();
  });

  it('takes a top line of common words for a headline in a resume without contact details, and for a name beside them', () => {
    const body = '\nSummary\nMerchandiser with five years in retail.\nExperience\nAssociate Merchant, 2019 - 2024';
    for (const headline of ['ASSOCIATE MERCHANT', 'TEST ENGINEERING', 'Statement Analysis', 'EXTENSION METHODOLOGIST', 'UNIT PUBLICIST']) {
      expect(contact(`${headline}${body}`).name, headline).toBeNull();
    }
    // A real name keeps its place without contact details: one of its words is no common word.
    for (const name of ['Kimberly Fisheli', 'TAM BUI', 'Grace Wambui']) expect(contact(`${name}${body}`).name).toBe(name);
    // Names made of common words ("Will Young", "Faith King") stand above an e-mail address or a phone number.
    expect(contact(`Will Young\nwill.young@example.com${body}`).name).toBe('Will Young');
    expect(contact(`FAITH KING\n0917 111 2222${body}`).name).toBe('FAITH KING');
  });

  it('reads the headline beside a name as a job of no employer, the name being no employer', () => {
    const headline = (line: string) => extractText(`${line}\nAustin, TX · priya@example.com\n\nSUMMARY\nSupport engineer`, taxonomy).undatedPositions
      .map((job) => [job.title, job.employer]);
    expect(headline('# Priya Shah — SaaS Support Engineer')).toEqual([['SaaS Support Engineer', null]]);
    expect(contact('# Priya Shah — SaaS Support Engineer\nAustin, TX · priya@example.com').name).toBe('Priya Shah');
  });

  it('takes no sentence or heading words for a name', () => {
    const name = (line: string) => contact(`${line}\n0917 111 2222\n\nSUMMARY\nAgent`).name;
    expect(name('Commercial Retail.')).toBeNull();
    expect(name('Skills Used')).toBeNull();
    expect(name('Objective Statement')).toBeNull();
    expect(name('Juan M.')).toBe('Juan M.');
  });

  it("takes no skill or item listed under a heading for a name, and a name under a contact heading still", () => {
    expect(contact('ACCOUNTANT\nHighlights\nSmart Board\nTeam player with a positive outlook.\nExperience\nAccountant, 2015 - 2019').name).toBeNull();
    expect(contact('SKILLS\nBusiness Acumen\nStrong Excel and Word skills\nEXPERIENCE\nAnalyst, 2015 - 2019').name).toBeNull();
    expect(contact('CONTACT\nMaria Santos\nmaria@example.com\nEXPERIENCE\nAgent, 2015 - 2019').name).toBe('Maria Santos');
  });

  it("takes no anonymised template's placeholder for a name", () => {
    const text = 'MORTGAGE BANKING EXECUTIVE ANALYST\nSummary\nFocused operations manager.\nExperience\nCompany Name\nCity , State\nAnalyst, 2015 to 2019';
    expect(contact(text).name).toBeNull();
  });

  it('takes no postal box for a phone number, and the place after a box number for the location', () => {
    expect(contact('FAITH WANJIKU KAMAU\nP.O. Box 4521-00100, Nairobi | 0722 118 903 | faith@example.com\n\nPROFILE\nAgent')).toMatchObject({
      phone: '0722 118 903',
      location: 'Nairobi',
      country: 'KE',
    });
  });

  it('reads a name with surname particles in capitals and a generation after it, and a name after a document title', () => {
    const name = (text: string) => contact(`${text}\n0917 111 2222\n\nSUMMARY\nAgent`).name;
    expect(name('JUAN MIGUEL T. DE LOS SANTOS III')).toBe('JUAN MIGUEL T. DE LOS SANTOS III');
    expect(name('Jose Ramon Cruz Jr.')).toBe('Jose Ramon Cruz Jr.');
    expect(contact('Resume – Grace Wambui\nNairobi | 0722 111 222\nEXPERIENCE\nAgent').name).toBe('Grace Wambui');
    // A name in a script without capitals, on the first line; a heading of one word in such a script is none.
    expect(contact('रमेश कुमार शर्मा\nHyderabad | 98480 12345\nEXPERIENCE\nAgent').name).toBe('रमेश कुमार शर्मा');
    expect(contact('个人简历\nEXPERIENCE\nAgent').name).toBeNull();
    // A particle that is a name of its own still counts where it must; a document title alone is no name.
    expect(name('Van Tran')).toBe('Van Tran');
    expect(contact('Resume\nNairobi | 0722 111 222\nEXPERIENCE\nAgent').name).toBeNull();
  });

  it('reads a place an emoji marks', () => {
    expect(contact('KRISTINE JOY REYES\n📧 kj@example.com\n🏠 Davao City, Philippines\n\nSUMMARY\nAgent').location).toBe('Davao City, Philippines');
  });

  it('takes a labelled location as written, and a known place among places split by a slash', () => {
    expect(contact('Faith Njeri\nEmail: faith@example.com  Phone: 0701 555 666\nLocation: Thika\n\nCareer Objective\nTo work').location).toBe('Thika');
    expect(contact('Brian Otieno\n📍 Kisumu / Nairobi · 📞 0722 111 222\nEXPERIENCE\nAgent')).toMatchObject({ location: 'Nairobi', country: 'KE' });
    // A label's value that is a sentence is no location.
    expect(contact('Jane Doe\nLocation: willing to relocate anywhere in the country for the right opportunity\nEXPERIENCE\nAgent').location).toBeNull();
  });

  it('finds the name beside a heading when the resume starts with a contact sidebar', () => {
    const text = 'CONTACT\nColumbus, OH 43215\n(614) 555-0178\nj.oconnor@example.com\nSKILLS\nZendesk\nJAMES O’CONNOR\nSUMMARY\nSupport agent';
    expect(contact(text)).toMatchObject({ name: 'JAMES O’CONNOR', location: 'Columbus, OH', phone: '(614) 555-0178' });
  });

  it('reads the place on the lines below a name that stands under a sidebar, as a LinkedIn export places it', () => {
    const sidebar = 'Contact\nmaria.santos@gmail.com\nTop Skills\nTechnical Support\nCertifications\nContact Center Services NC II\n';
    const text = `${sidebar}Maria Santos\nTeam Leader at Concentrix\nCebu City, Central Visayas, Philippines\nSummary\nTeam leader.`;
    expect(contact(text)).toMatchObject({ name: 'Maria Santos', location: 'Cebu City', country: 'PH' });
    // Four lines down, the place belongs to something else: a job's place.
    const far = `${sidebar}Maria Santos\nTeam Leader at Concentrix\nAward for service\nCustomer Service\nCebu City, Central Visayas, Philippines`;
    expect(contact(far).location).toBeNull();
  });

  it('finds a name inside a sidebar list by the place a wrapped headline puts below it', () => {
    const text = [
      'Contact', 'juan.delacruz88@gmail.com', 'Top Skills', 'Team Leadership', 'Customer Experience', 'Certifications',
      'COPC Certified Associate', 'Lean Six Sigma Yellow Belt', 'Juan Miguel Dela Cruz',
      'Team Leader at Concentrix | Customer Experience | People', 'Development', 'Quezon City, National Capital Region, Philippines',
      'Summary', 'Team leader.',
    ].join('\n');
    expect(contact(text)).toMatchObject({ name: 'Juan Miguel Dela Cruz', location: 'Quezon City', country: 'PH' });
    expect(extractText(text, taxonomy).sections.map((s) => s.id)).toEqual(['contact', 'skills', 'certifications', 'summary']);
  });

  it('reads a name followed by a credential the certifications do not list, and a surname and given names on labelled lines', () => {
    expect(contact('JEROME P. DELA CRUZ, RN\nQuezon City | 0917 111 2222').name).toBe('JEROME P. DELA CRUZ');
    // A given name written after the surname is no credential.
    expect(contact('DELA CRUZ, JUAN M.\nQuezon City | 0917 111 2222').name).toBe('DELA CRUZ, JUAN M.');
    const za = 'CURRICULUM VITAE\nPERSONAL DETAILS\nSurname: Dlamini\nFirst Names: Sipho Bongani\nID Number: 9204155432087\nCell: 072 418 3396';
    expect(contact(za)).toMatchObject({ name: 'Sipho Bongani Dlamini', phone: '072 418 3396' });
  });

  it("takes no job site's title line or greeting for a name, and finds the name after them", () => {
    expect(contact('JobStreet Profile\nPersonal Information\nName: Lovely Grace Aquino\nLocation: Cebu City').name).toBe('Lovely Grace Aquino');
    expect(contact('Naukri.com Resume\nName: Vikas Pawar\nPune').name).toBe('Vikas Pawar');
    expect(contact('Hi HR,\nPlease see my resume below.\nMark Villanueva\nCebu City | 0917 555 1111').name).toBe('Mark Villanueva');
  });

  it("reads a Europass CV's name after its label and a space", () => {
    expect(contact('europass\nCurriculum Vitae\nPERSONAL INFORMATION\nName Valentina Ospina Restrepo\n+57 310 482 7719').name).toBe('Valentina Ospina Restrepo');
    expect(contact('PERSONAL INFORMATION\nName tags and badges\n+57 310 482 7719').name).toBeNull();
  });

  it('does not take a heading, a job title, a skill or a line with digits for a name', () => {
    expect(contact('CONTACT\nCustomer Service Representative\nMicrosoft Excel\nFlat 12 Baker Street\nSKILLS\nZendesk').name).toBeNull();
    expect(contact('Work Experience\nTeam Leader, Acme BPO').name).toBeNull();
  });

  it('does not take the document\'s title for a name, and reads a labelled name without its honorific', () => {
    const text = 'CURRICULUM VITAE\n\nName: Mr. Sanjay Kumar Gupta\nMobile: +91 98100 12345\n\nWORK EXPERIENCE\nTeam Leader';
    expect(contact(text).name).toBe('Sanjay Kumar Gupta');
    expect(contact('Resume\nMs. Priya Raman\nChennai, Tamil Nadu').name).toBe('Priya Raman');
    expect(contact('Bio-Data\nCandidate Name: Ana Cruz\n\nEDUCATION\nBS Nursing').name).toBe('Ana Cruz');
  });

  it('reads a name with a nickname in quotes, nickname and all', () => {
    expect(contact('ROBERTO "JUN" CRUZ JR.\nQuezon City, Metro Manila').name).toBe('ROBERTO "JUN" CRUZ JR.');
    expect(contact('Maria “Cha” Santos\nLahug, Cebu').name).toBe('Maria “Cha” Santos');
  });

  it('takes a summary heading such as "Career Focus" for a heading, not a name', () => {
    expect(contact('TEACHER\nCareer Focus\nDedicated teacher with ten years in the classroom.\nEXPERIENCE\nTeacher').name).toBeNull();
    expect(extractText('Career Overview\nSupport agent with four years in chat support.', taxonomy).sections.map((s) => s.id)).toContain('summary');
  });

  it('takes no name from a label that is not a name\'s, nor from a labelled value that is no name', () => {
    expect(contact('CURRICULUM VITAE\nCompany: Acme Global Services\n\nSKILLS\nZendesk').name).toBeNull();
    expect(contact('CURRICULUM VITAE\nName: Team Leader\n\nSKILLS\nZendesk').name).toBeNull();
  });

  it('keeps a phone number on one line and does not read years as one', () => {
    expect(contact('Jane Doe\nAustin, TX 78701\n(512) 555-0100').phone).toBe('(512) 555-0100');
    expect(contact('Jane Doe\n2014 2015 2016 2017').phone).toBeNull();
  });

  it("takes the candidate's own e-mail and phone from the personal details, not a supervisor's from a job's lines", () => {
    const cv = (personal: string) => contact([
      'JHON JAIRO CÁRDENAS', 'PERFIL', 'Agente bilingüe con 2 años de experiencia.',
      'EXPERIENCIA LABORAL', 'Bilingual Customer Service Agent — Teleperformance, Cúcuta', 'Enero 2023 - Presente',
      '- Contacto del supervisor: Sandra Ortiz, tel. 315 444 5566, sandra.ortiz@tp.com',
      personal,
    ].join('\n'));
    expect(cv('DATOS PERSONALES\nCorreo: jhonjairo.c98@gmail.com\nCel. 317 222 3344')).toMatchObject({ email: 'jhonjairo.c98@gmail.com', phone: '317 222 3344' });
    // With none of the candidate's own, the only ones there are stand.
    expect(cv('DATOS PERSONALES\nNacionalidad: Colombiana')).toMatchObject({ email: 'sandra.ortiz@tp.com', phone: '315 444 5566' });
  });

  it("takes no referee's phone or e-mail for the candidate's, nor a referee's title for a job", () => {
    const text = (personal: string) => ['Thabo Mokoena', 'Johannesburg, Gauteng', 'EXPERIENCE', 'Collections Agent, Merchants SA, Jan 2021 - Present',
      'REFERENCES', 'Sipho Dlamini, Team Leader, Merchants SA, 011 555 1212, sdlamini@merchants.co.za', personal].join('\n');
    const candidate = extractText(text('PERSONAL DETAILS\nCell: 072 555 0199 | thabo.mokoena@gmail.com'), taxonomy);
    expect(candidate.contact).toMatchObject({ email: 'thabo.mokoena@gmail.com', phone: '072 555 0199' });
    expect(candidate.positions.map((p) => p.title)).toEqual(['Collections Agent']);
    expect(candidate.undatedPositions).toEqual([]);
    // A resume giving none of its own still shows the referee's, as found, rather than nothing.
    expect(contact(text('')).phone).toBe('011 555 1212');
  });

  it.each([
    ['Carlos Mendoza\nMonterrey, Nuevo León, Mexico · carlos@example.com', 'Monterrey, Nuevo León, Mexico', 'MX'],
    ['Ana Reyes\nMakati City | +63 917 555 0101', 'Makati City', 'PH'],
    ['Arun Kumar\nChennai · 9840123456', 'Chennai', 'IN'],
    ['Ravi Teja\nH.No 4-56, Madhapur, Hyderabad – 500081', 'Madhapur, Hyderabad', 'IN'],
    ['Camila Rocha\nMedellín, Antioquia, Colombia\nWhatsApp: +57 310 555 0199', 'Medellín, Antioquia, Colombia', 'CO'],
    ['Jhon Cárdenas\nCúcuta, Norte de Santander\nCel. 317 222 3344', 'Cúcuta, Norte de Santander', 'CO'],
    ['Gabriela Lima\nCuritiba, Paraná, Brasil', 'Curitiba, Paraná, Brasil', 'BR'],
    ['Lucía Gómez\nHermosillo, Sonora · lucia@example.com', 'Hermosillo, Sonora', 'MX'],
  ])('reads the city BPO centres are in as a place, with the region after it: %j', (text, location, country) => {
    expect(contact(text)).toMatchObject({ location, country });
  });

  it("reads the values of a Word contact table's cells, without their labels", () => {
    expect(contact('Name\tPooja Ramesh Patil\nLocation\tNagpur, Maharashtra\nEmail\tpooja@example.com')).toMatchObject({
      name: 'Pooja Ramesh Patil',
      location: 'Nagpur, Maharashtra',
      email: 'pooja@example.com',
    });
  });

  it("takes no state's code that runs on into a word for a place, and reads the place on the line below", () => {
    const text = 'Maria Reyes\nMedical Billing Specialist | AR Follow-Up | Denials Management\nMakati City, Philippines | (+63) 917-633-1120';
    expect(contact(text)).toMatchObject({ location: 'Makati City, Philippines', country: 'PH' });
    expect(contact('John Doe\nLittle Rock, AR 72201 | john@example.com')).toMatchObject({ location: 'Little Rock, AR', country: 'US' });
  });

  it('reads no location from a line that names no place', () => {
    expect(contact('Jane Doe\nAvailable immediately').location).toBeNull();
  });

  it.each([
    ['Maria Santos\nLahug, Cebu\n0917 555 0142', 'PH'],
    ['Tanya Brooks\nPhoenix, AZ 85016 • +1-555-014-7781', 'US'],
    ['Sipho Dlamini\nSandton, Gauteng', 'ZA'],
    ['Ana Cruz\nDubai, UAE | +63 917 555 0142', 'AE'], // the place says more than the phone
    ['Ana Cruz\nMobile: +63 917 555 0142', 'PH'],
    ['Ana Cruz\nMobile: (+91) 98100 12345', 'IN'],
    ['Ana Cruz\nMobile: 0044 7700 900123', 'GB'],
    ['Jane Doe\nNoida, NCR', 'IN'], // NCR is a region of India and of the Philippines; Noida is in India
  ])('places %j in %s, by the location and else by the calling code', (text, country) => {
    expect(contact(text).country).toBe(country);
  });

  it.each([
    'Jane Doe\n+1 (512) 555-0100', // +1 is shared by the United States, Canada and the Caribbean
    'Jane Doe\n(512) 555-0100', // no calling code
    'Jane Doe\nSector 62, NCR', // NCR is a region of India and of the Philippines
    'Jane Doe\nAvailable immediately',
  ])('places %j in no country', (text) => {
    expect(contact(text).country).toBeNull();
  });
});

describe('names as recruiters receive them', () => {
  it.each([
    ['Rhea Mae Soriano | Davao City, Philippines | 0917 321 7788 | rheamae.soriano@gmail.com', 'Rhea Mae Soriano'],
    ['Juan Dela Cruz - Customer Service Representative', 'Juan Dela Cruz'],
    ['Juan M. dela Cruz\nQuezon City, Metro Manila', 'Juan M. dela Cruz'],
    ['DELA CRUZ, JUAN M.\nQuezon City, Metro Manila', 'DELA CRUZ, JUAN M.'],
    ['Priya Raman, CPA\nChennai, Tamil Nadu', 'Priya Raman'],
    ['OBJECTIVE\nTo work as a customer service representative.\n\nName: Kristine Joy Villanueva\nAge: 24', 'Kristine Joy Villanueva'],
  ])('reads the name in %j', (text, name) => {
    expect(contact(text).name).toBe(name);
  });
});

describe('UK addresses', () => {
  it.each([
    ['Jane Doe\nManchester, M1 4BT, United Kingdom', 'Manchester, M1 4BT, United Kingdom'],
    ['Gemma Clarke\nSunderland, Tyne and Wear, SR1 3XX', 'Sunderland, Tyne and Wear'],
    ['Callum Reid\n14 Elm Street, Leeds LS6 2AB, West Yorkshire', 'Leeds LS6 2AB, West Yorkshire'],
  ])('reads the city, not a piece of the postcode, in %j, and places it in the UK', (text, location) => {
    expect(contact(text)).toMatchObject({ location, country: 'GB' });
  });
});
