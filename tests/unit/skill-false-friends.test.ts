/**
 * Words that look like a skill's alias but name something else, beside the real use: guarded by vocabulary.yaml's
 * skillFalseFriends, or left out of the aliases because they mostly mean something else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledTaxonomy } from '../../src/taxonomy/compile-taxonomy.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

let taxonomy: CompiledTaxonomy;
beforeAll(async () => {
  taxonomy = await builtInTaxonomy();
});

const skills = (text: string): string[] =>
  extractText(text, taxonomy).skills.map((s) => s.id);

describe('skills and their lookalikes', () => {
  it.each([
    ['indian-regional-languages', 'Languages: English, Tamil, Hindi', 'Address: Anna Nagar, Chennai, Tamil Nadu'],
    ['hipaa', 'Handled PHI under HIPAA and HITECH rules', 'Address: Plot 12, Hitech City, Hyderabad'],
    ['dependability', 'Known for accountability and punctuality', 'Held full P&L accountability for the region'],
    ['debt-collection', 'Handled collections of overdue accounts', 'Used the Java collections framework and generics'],
    ['statutory-payroll-compliance', 'Processed PF and ESI deductions for 300 employees', 'Triage of incoming patients using ESI'],
    ['new-hire-training', 'Conducted OJT and nesting for new hires', 'IT Helpdesk OJT (486 hours)'],
    ['new-hire-training', 'Conducted OJT for new trainees on the billing process', 'OJT Trainee – Administrative Department, Cebu Pacific Air'],
    ['paychex-and-others', 'Ran semi-monthly payroll in Gusto for 40 staff', 'Gusto ko po mag-apply bilang collections agent.'],
    ['information-security-awareness', 'Completed phishing awareness and security awareness training', 'Ship Security Awareness, 2019'],
    ['technical-troubleshooting', 'Diagnosed network faults on customer routers', 'Diagnosed with depression in 2022, now fully managed.'],
    ['social-media-customer-care', 'Answered customers on Twitter and Facebook: social media support for a telco', 'HND in Health and Social Care, Bolton College, 2015'],
    ['technical-troubleshooting', 'Diagnosed and fixed printer jams', 'I was diagnosed in 2019 with ADHD and dyslexia.'],
    ['billing-and-invoicing', 'Handled billing and invoicing for 200 clients in QuickBooks', 'Resolved billing and account concerns on inbound calls'],
    ['meta-ads', 'Ran Facebook Ads campaigns in Ads Manager', 'Scheduled page posts in Meta Business Suite'],
    ['debt-collection', 'Made collection calls on past-due accounts', 'Merchandised the seasonal collections for launch'],
    ['debt-collection', 'Managed collections for a credit card portfolio', 'Trained in specimen collection and labelling'],
    ['collection-software', 'Posted payments in the collection system', 'Inspected storm water collection systems'],
    ['debt-collection', 'Worked collections on past-due credit card balances', "Designed the men's collection of pants and shorts"],
    ['debt-collection', 'Handled collections and customer payment plans', 'Collection and preparation of lab samples'],
    ['mobile-device-support', 'Troubleshot Android phones for field staff', 'Built Android apps and iOS apps in Kotlin and Swift'],
    ['microsoft-teams', 'Ran daily huddles on MS Teams', 'Held weekly team meetings; used MS Team Foundation Server'],
    ['teamwork', 'Known for collaboration across shifts', 'Earned a Collaborative Degree in cooperation with two schools'],
    ['creativity', 'Brings creativity to every campaign', 'Worked for Partners for Innovation'],
    ['adaptability', 'Adaptable to rotating shifts', 'Valued the deployment flexibility of the product'],
    ['sla-management', 'Met SLA targets for 12 months running', 'Configured IP SLA probes on Cisco routers'],
    ['translation-and-interpretation', 'Translation of legal documents from Spanish', 'Set up network address translation on the firewall'],
    ['microsoft-excel', 'Built Excel pivot tables for weekly reports', 'I strive to excel in every task I take on'],
    ['microsoft-excel', 'Kept an Excel tracker of escalations', 'Excels at calming upset callers'],
    ['ticketing-systems', 'Resolved 40 tickets a day in ServiceNow', 'Booked airline tickets and hotels for executives'],
    ['accuracy-rate', 'E/M and surgery coding (ICD-10-CM, CPT) with 96% accuracy', 'Improved the accuracy of sales forecasts'],
    ['inbound-call-handling', 'Handled 80+ calls per day on a billing queue', 'OUTBOUND DIALER (PREDICTIVE) 150+ CALLS PER DAY'],
    ['payroll-processing', 'Processed bi-weekly payroll for 300 employees', 'Cut payroll costs by 12% through scheduling'],
    ['legal-due-diligence', 'Performed legal due diligence on 40 acquisitions', 'Ran vendor due diligence for the investment team'],
    ['initiative', 'Took ownership of escalations end to end', 'Transferred copyright ownership of the source code'],
    ['initiative', 'Showed initiative in fixing the tracker', 'Took proactive measures against fraud'],
    ['teamwork', 'Strong collaboration with the night shift', 'Built the engine in collaboration with Daimler Benz'],
    ['online-reputation-management', 'Handled ORM for three hotel brands', 'Mapped entities with the Hibernate ORM framework'],
    ['team-leadership', 'Leadership of a 12-agent team', 'Spoke at the Regional Leadership Conference'],
    ['quality-assurance', 'Performed QA on 50 calls a week', 'Deployed builds to the QA environment'],
    ['email-marketing', 'Ran email newsletters for 20,000 subscribers', 'Edited the printed staff newsletters'],
    ['translation-and-interpretation', 'Provided document translation from French', 'Led the localization of the mobile app'],
    ['recruitment', 'Ran end-to-end recruitment for 40 agents', 'Coordinated college fairs for the recruitment of new students'],
    ['recruitment', 'Handled recruiting for the night shift', 'Increased volunteer recruitment by 20%'],
    ['time-management', 'Strong prioritization under tight deadlines', 'Joined sprint planning and backlog prioritization'],
    ['presentation-skills', 'Gave a presentation to 200 new hires', 'Saved the extract on the presentation server'],
    ['team-leadership', 'Showed leadership of a night-shift team', 'Reported weekly to client leadership'],
    ['quality-assurance', 'Performed QA on 50 calls a week', 'Released builds to Dev, SIT, QA and Prod'],
    ['work-ethic', 'Known for integrity and punctuality', 'Wrote scripts to check data integrity after loads'],
    ['dependability', 'Reliable and punctual at every shift', 'Improved carrier grade reliability of the firmware'],
    ['payroll-processing', 'Processed bi-weekly payroll for 300 employees', 'Worked at Cisco on the payroll of GoldStone Technologies'],
    ['ticketing-systems', 'Resolved and closed trouble tickets within SLA', 'Ordered tickets and booked the venue for a charity match'],
    ['transition-management', 'Led the go-live of the process transition to Manila', 'Provided post go-live incident support'],
    ['accuracy-rate', 'Keyed claim data from scanned forms with 99% accuracy', 'Ensured the accuracy of financial transactions'],
    ['dependability', 'Reliable team member with perfect attendance', 'Kept the electricity grid running in a reliable, safe manner'],
    ['work-ethic', 'Known for honesty and integrity', 'Enhanced system security integrity by patching holes'],
    ['probing-skills', "Ran a needs assessment with each caller before recommending a plan", 'Performed needs assessment and budgeting for 90 classrooms'],
    ['microsoft-office', 'Prepared reports in Microsoft Office', 'Trained in Microsoft Office SharePoint Designer'],
    ['oracle-financials', 'Closed the books monthly in Oracle Financials', 'Built profitability dashboards in Oracle Financial Analytics'],
    ['bigquery', 'Loaded the event tables into Snowflake', 'Designed star and snowflake schema models for the warehouse'],
    ['statistical-analysis', 'Applied statistics to survey results in SPSS', 'Worked as an analyst at the Bureau of Labor Statistics'],
    ['team-motivation', 'Organized team building for the night shift', 'Worked in a team building a demo application'],
    ['account-reconciliation', 'Performed account reconciliation every month end', 'Wrote data reconciliation scripts after each load'],
    ['pci-dss', 'Kept card payments PCI compliant', 'Wrote drivers for USB and PCI devices'],
    ['accounts-payable', 'Processed AP invoices against purchase orders', 'Reported for the AP from its New York bureau'],
    ['accounts-payable', 'Cleared payables for 200 vendors', 'Stamp duty is a tax payable on legal documents'],
    ['hris', 'Kept employee records in the HRMS', 'Oversaw finance, HRM and administration'],
    ['voip', 'Configured SIP trunks for the VoIP phones', 'Drafted the Service Improvement Plan (SIP) for the account'],
    ['grammar-and-punctuation', 'Corrected grammar in client letters', 'Bandon Grammar School, Leaving Certificate'],
    ['accounting-fundamentals', 'Handled accounting for three branches', 'Briefed analysts and large accounting firms'],
    ['time-management', 'Strong prioritization under tight deadlines', 'Set up message prioritization in SAP PI'],
    ['client-relationship-management', 'Led customer relationship management for key accounts', 'Logged donors in a customer relationship management database'],
    ['customer-service', 'Provided customer service to walk-in clients', 'To join a team of customer service professionals'],
    ['project-management', 'Ran daily Scrum meetings for two teams', 'Attended daily Scrum calls to report status'],
    ['escalation-handling', 'Resolved escalated issues from the floor', 'Closed tickets and escalated issues to tier 2'],
    ['microsoft-excel', 'Built Excel pivot tables for weekly reports', 'Hoping to excel within and grow with the institute'],
    ['quality-assurance', 'Performed QA on 50 calls a week', 'Investigated QA, UAT & Production issues for business users'],
    ['accounting-fundamentals', 'Handled accounting for three branches', 'Developed, with a group, the General Accounting System'],
    ['accounting-fundamentals', 'Handled accounting for three branches', 'Maintained the accounting system for the firm'],
    ['training-delivery', 'Conducted weekly training sessions for new agents', 'Coordinated training sessions and reviewed annual appraisals'],
    ['training-delivery', 'Ran training sessions on the new CRM', 'Attended training sessions on the new CRM'],
    ['knowledge-base-tools', 'Wrote technical articles for the knowledge base', 'Workshops enhancing the skills and knowledge base of teachers'],
    ['knowledge-base-tools', 'Answered callers using an online knowledge base', 'Brings a strong knowledge base in Java'],
    ['data-privacy', 'Handled customer records with strict confidentiality', 'Drafted confidentiality & noncompetition agreements'],
    ['data-privacy', 'Trained in data protection and confidentiality', 'Assisted with the completion of Confidentiality Agreements'],
    ['statutory-payroll-compliance', 'Prepared and filed W-2 forms for 150 staff', 'Helios & Matheson was the W-2 employer for the contract'],
    ['graphic-design-tools', 'Designed social posts in Canva', 'Lead engineer on the Twitter Cards canvas team'],
    ['dns-dhcp', 'Managed DHCP scopes and DNS zones', 'Tested DHCP snooping on the access switches'],
    ['people-management', 'Leading 12 machine operators on the night shift', "Etisalat is the Middle East's leading telecommunications operator"],
    ['customer-retention', 'Improved client retention by 3 points', 'Raised employee retention to 91%'],
    ['customer-retention', 'Handled retention calls for cancelling subscribers', 'Planned lessons on reading comprehension and retention'],
    ['decision-making', 'Sound decision-making under pressure', 'Gave management an important decision-making tool'],
    ['candidate-screening', 'Ran phone screening for 40 applicants a week', 'Checked candidates who passed phone screening'],
    ['service-level', 'Kept service level at 80/20 on the inbound queue', 'Negotiated service level agreements with outside vendors'],
    ['risk-management', 'Ran operational risk assessments for the back office', 'Completed a Trading and Risk Management (TRM) training'],
    ['eeo-compliance', 'Kept hiring records for EEO reporting', 'EEO categories: Not applicable'],
    ['persuasion', 'Strong influencing skills with senior stakeholders', 'Weighed the factors influencing the project implementation'],
    ['budgeting', 'Handled budgeting for the branch', 'Managed my personal budgeting in a spreadsheet'],
    ['excel-pivot-tables', 'Summarised claims with pivot tables', 'Built Power Pivot reports for the sales team'],
    ['data-analysis', 'Analyzed survey results for the client', 'Executed test cases and analyzed test results'],
    ['coaching', 'Mentored new agents on call handling', 'Took part in the Freshman Mentoring Program'],
    ['coaching', 'Coached agents after every audit', 'Was mentored by a senior solicitor'],
    ['learning-agility', 'A quick learner who believes in continuous learning', 'Taught computer skills through the Continuous Learning Program'],
    ['project-management', 'Led project management for the CRM rollout', 'Worked with designers and project management staff'],
    ['right-party-contact', 'Raised the RPC rate on the collections queue', 'Configured RPC over HTTP for Outlook Anywhere'],
    ['sem', 'Ran SEM campaigns on Google Ads', 'There are three kinds of users for SEM'],
    ['mis-reporting', 'Prepared the daily MIS for the operations team', 'Doctor of Philosophy (Business Administration - MIS), 1999'],
    ['productivity-metrics', 'Raised team throughput to 60 claims per hour', 'The port handles an annual throughput of 27 million tonnes'],
  ])('%s: found in "%s", not in "%s"', (skill, real, lookalike) => {
    expect(skills(`SUMMARY\n${real}`)).toContain(skill);
    expect(skills(`SUMMARY\n${lookalike}`)).not.toContain(skill);
  });

  it('reads a customer relationship management database as the CRM tool', () => {
    expect(skills('SUMMARY\nLogged donors in a customer relationship management database')).toContain('crm-software');
  });

  it('leaves vendor master data to master data management: keeping a vendor record reconciles no statement', () => {
    expect(skills('SUMMARY\nReconciled vendor statements every month end')).toContain('vendor-reconciliation');
    expect(skills('SUMMARY\nUploaded vendor master data with LSMW')).not.toContain('vendor-reconciliation');
    expect(skills('SUMMARY\nUploaded vendor master data with LSMW')).toContain('master-data-management');
  });

  it('takes an ambiguous alias alone in a skills list, where it can mean nothing but the skill', () => {
    expect(skills('SKILLS\nCollections\nEXPERIENCE\nCollections')).toContain('debt-collection');
    expect(skills('EXPERIENCE\nCollections')).not.toContain('debt-collection');
  });
});
