/** What a candidate seeks in an objective is not a skill of theirs; what they say they have still is. */
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();
const skills = (text: string): string[] => extractText(text, taxonomy).skills.map((s) => s.id);

describe('skills the candidate seeks', () => {
  it.each([
    ['customer-service', 'OBJECTIVE\nSeeking a customer service role in a BPO.'],
    ['customer-service', 'OBJECTIVE\nFresher seeking an entry-level customer service or technical support position.'],
    ['help-desk-support', 'OBJECTIVE\nFresher seeking an entry-level customer service or technical support position.'],
    ['chat-support', 'CAREER OBJECTIVE\nLooking for a chat support process in a reputed company.'],
    ['medical-coding', 'SUMMARY\nLooking to transition into healthcare BPO (clinical review, health insurance support or medical coding).'],
    ['accounts-receivable', 'SUMMARY\nB.Com graduate. Seeking Finance & Accounting role (AP/AR/GL) in a reputed MNC.'],
    // A job sought described by what it does, and what the candidate hopes to learn there.
    ['inbound-call-handling', 'CAREER OBJECTIVE\nTo obtain a Customer Service Representative position handling inbound calls, chat support and email support.'],
    ['complaint-handling', 'CAREER OBJECTIVE\nTo join a BPO where I can learn complaint handling, de-escalation and upselling, and grow into a Team Leader.'],
    ['upselling', 'CAREER OBJECTIVE\nTo join a BPO where I can learn complaint handling, de-escalation and upselling, and grow into a Team Leader.'],
    // Where the candidate wants to move, and a course they are still taking.
    ['medical-coding', 'SUMMARY\nRegistered Nurse who wants to move into medical coding.'],
    ['icd-10-cm', 'SUMMARY\nRegistered Nurse. Currently taking an ICD-10-CM coding course (in progress).'],
    ['chat-support', 'PROFILE\nTeacher with 7 years of teaching. I want to shift to non-voice chat and email support because I write clearly.'],
    ['workforce-management', 'SUMMARY\nTeam Leader with 8 years in BPO who wants to move into Workforce Management as a Real-Time Analyst.'],
    // "My first job" is the job sought, and "as …" or "preferably …" after the job word goes on to name it.
    ['chat-support', 'OBJECTIVE\nSenior High School graduate looking for my first job as a call center agent or chat support.'],
    ['help-desk-support', 'CAREER OBJECTIVE\nFormer seafarer looking for a land-based job in a BPO, preferably technical support or back-office.'],
    // A line labelled as the job sought, anywhere; and a second job word run on from the first, with its note.
    ['help-desk-support', 'RAMON P. DELA CRUZ\nPOSITION DESIRED: Technical Support / Customer Service (Night shift OK)'],
    ['customer-service', 'EXPERIENCE\nPosition applied for: Customer Service Representative'],
    ['inbound-call-handling', 'OBJECTIVE\nSeeking a Team Leader role in a BPO (voice process).'],
    // "Where …" after the job word says what the job sought is.
    ['coaching', 'OBJECTIVE\nChat support professional seeking a Team Leader role where I can lead and coach a team of agents.'],
    // Learning under way, in any section, and a skill named by a certification still under way.
    ['icd-10-cm', 'TRAINING\nCurrently learning ICD-10-CM, CPT and HCPCS coding in a CPC preparation course.'],
    ['cpt-coding', 'TRAINING\nCurrently learning ICD-10-CM, CPT and HCPCS coding in a CPC preparation course.'],
    ['power-bi', 'EXPERIENCE\nData Entry Operator, Acme, 2021 - 2024\n- Planning to take a Power BI and SQL course next year.'],
    ['tally', 'TRAINING (ONGOING)\nPursuing a course in Tally Prime and GST, expected completion March 2027'],
    ['six-sigma', 'CERTIFICATIONS\nSix Sigma Yellow Belt – in progress'],
    ['cpt-coding', 'CERTIFICATIONS\nAAPC CPB — in progress (learning ICD-10-CM, CPT and claims submission)'],
    // A part whose heading says it is under way.
    ['icd-10-cm', 'TRAINING (ONGOING)\nCPC (Certified Professional Coder) preparation course – learning ICD-10-CM, CPT and HCPCS coding'],
  ])('%s is not claimed by %j', (skill, text) => {
    expect(skills(text)).not.toContain(skill);
  });

  it.each([
    // What they will bring to the job they seek is theirs.
    ['communication-skills', 'OBJECTIVE\nSeeking a customer service role where I can use my communication skills.'],
    // The skill comes after the job sought.
    ['sap-fico', 'SUMMARY\nConsultant seeking a position in SAP FI that will use my experience.'],
    // No job is named soon after the opener.
    ['sap-fico', 'SUMMARY\nSeeking to use my SAP FI experience and knowledge of month-end close in a larger team.'],
    // Others seeking help are no wish of the candidate's, and the experience section states no wishes.
    ['customer-service', 'EXPERIENCE\nAssisted callers seeking refunds through the customer service process.'],
    ['zendesk', 'SUMMARY\nSupport agent with 5 years in Zendesk, seeking a team leader role.'],
    // What follows "my" is the candidate's own, even before the job word.
    ['zendesk', 'SUMMARY\nLooking to use my Zendesk experience in a team leader role.'],
    // What is to be learnt ends with its sentence, or where a lost line break leaves a heading.
    ['upselling', 'SUMMARY\nQuick learner, able to learn new tools. Five years of upselling broadband plans.'],
    ['html-css-basics', 'SUMMARY Quick learner and ability to learn new concepts    Technical Skills: Extensive knowledge of HTML/CSS'],
    // A move or a job sought ends at "my": what follows is the candidate's own.
    ['zendesk', 'SUMMARY\nLooking to move into a team leader role using my Zendesk experience.'],
    ['zendesk', 'OBJECTIVE\nSeeking a job as a team leader where I can use my Zendesk experience.'],
    // Learning done, and a certification held, still show their skills.
    ['icd-10-cm', 'TRAINING\nCompleted a CPC preparation course covering ICD-10-CM and CPT, 2024'],
    ['six-sigma', 'CERTIFICATIONS\nSix Sigma Yellow Belt, 2023'],
    // Another item of the line than the certification under way is held.
    ['zendesk', 'CERTIFICATIONS\nCompTIA A+ (in progress) | Excel, Zendesk'],
    ['icd-10-cm', 'TRAINING\nCPC preparation course covering ICD-10-CM and CPT, completed 2024'],
    // A label of something else than the job sought, and the line after a labelled one.
    ['customer-service', 'EXPERIENCE\nKey duties: customer service for a US telco'],
    ['zendesk', 'RAMON CRUZ\nPosition desired: Team Leader\nSkills: Zendesk, Excel'],
    // A night shift is no move.
    ['technical-troubleshooting', 'SUMMARY\nAvailable for night shift to support US customers with technical troubleshooting.'],
  ])('%s is still claimed by %j', (skill, text) => {
    expect(skills(text)).toContain(skill);
  });
});

describe('a line labelled as the job sought', () => {
  it('names no job held, in the header or under a heading, and a headline without the label still does', () => {
    const jobs = (text: string): string[] => extractText(text, taxonomy).undatedPositions.map((job) => job.title);
    expect(jobs('JUAN CRUZ\nPosition applied for: Customer Service Representative\nEDUCATION\nBSBA, 2020')).toEqual([]);
    expect(jobs('EXPERIENCE\nDesired position: Collections Agent')).toEqual([]);
    expect(jobs('JUAN CRUZ\nCustomer Service Representative\nEDUCATION\nBSBA, 2020')).toEqual(['Customer Service Representative']);
  });
});
