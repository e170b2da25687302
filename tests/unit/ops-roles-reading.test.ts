/**
 * Resumes and postings for the roles that run a contact centre (team leaders, QA, WFM, operations managers), as
 * Philippine BPOs write them: open job ends, titles, team sizes, metrics, unfinished degrees and a WFM posting's
 * wording, each beside what must not change.
 */
import { describe, expect, it } from 'vitest';
import { buildJobProfile } from '../../src/build-job-profile/build-job-profile.js';
import type { Candidate } from '../../src/extract-candidate/candidate-types.js';
import { builtInTaxonomy } from '../support/taxonomy.js';
import { extractText } from '../support/extract-text.js';

const taxonomy = await builtInTaxonomy();

/** A resume of the jobs given, each a title, an employer, its dates and its bullets. */
function resume(...jobs: { title: string; dates: string; bullets?: string[] }[]): string {
  const lines = jobs.flatMap((job) => [job.title, 'Teleperformance, Cebu', job.dates, ...(job.bullets ?? []).map((b) => `- ${b}`), '']);
  return ['MARIA CLARA SANTOS', '', 'WORK EXPERIENCE', '', ...lines].join('\n');
}

/** "Team Leader 2021-6..now [team-leader]": each dated job, with the roles its title names. */
function jobs(candidate: Candidate): string[] {
  return candidate.positions.map((p) => `${p.title} ${p.start.year}-${p.start.month}..${p.ongoing ? 'now' : `${p.end.year}-${p.end.month}`} [${p.titleRoles.join(',')}]`);
}

const earlier = { title: 'Customer Service Representative', dates: 'January 2019 - May 2021' };

describe('a job left open the Philippine way', () => {
  it.each(['June 2021 - up to present', 'June 2021 - Presently employed', 'June 2021 - Presently', 'June 2021 – up to the present'])(
    'keeps the current job of %j',
    (dates) => {
      const candidate = extractText(resume({ title: 'Team Leader', dates }, earlier), taxonomy);
      expect(jobs(candidate)).toEqual(['Team Leader 2021-6..now [team-leader]', 'Customer Service Representative 2019-1..2021-5 [customer-service-representative]']);
    },
  );

  it('still ends a closed range where it is written', () => {
    const candidate = extractText(resume({ title: 'Team Leader', dates: 'June 2021 - May 2023' }, earlier), taxonomy);
    expect(jobs(candidate)[0]).toBe('Team Leader 2021-6..2023-5 [team-leader]');
  });
});

describe('titles that name a contact-centre role only by its channel or acronym', () => {
  const titled = (title: string): Candidate => extractText(resume({ title, dates: 'June 2021 - Present' }), taxonomy);

  it('reads a supervisor of an inbound voice team as a team leader, and counts the months for the role', () => {
    const candidate = titled('Supervisor – Inbound Voice');
    expect(candidate.positions[0]?.titleRoles).toEqual(['team-leader']);
    expect(candidate.experience.relevantMonths['team-leader']).toBe(candidate.positions[0]?.months);
  });

  it('counts a bare supervisor of any industry as relevant experience only, never as the role', () => {
    for (const title of ['Supervisor', 'Warehouse Supervisor']) {
      const candidate = titled(title);
      expect(candidate.positions[0]?.titleRoles).toEqual([]);
      expect(candidate.experience.relevantMonths['team-leader']).toBe(candidate.positions[0]?.months);
    }
  });

  it.each(['RTA', 'Real-Time Analyst', 'Real Time Analyst', 'Senior RTA'])('reads %j as a WFM analyst', (title) => {
    expect(titled(title).positions[0]?.titleRoles).toContain('workforce-management-analyst');
  });

  it('reads "QA Lead" as the QA analyst role, and "Qa Lead" (no acronym in capitals) as no role', () => {
    expect(titled('QA Lead').positions[0]?.titleRoles).toEqual(['quality-assurance-analyst']);
    expect(titled('Qa Lead').positions[0]?.titleRoles ?? []).not.toContain('quality-assurance-analyst');
  });
});

describe('team sizes an operations manager and a team leader write', () => {
  const team = (line: string): number | null => extractText(`EXPERIENCE\nOperations Manager\nTTEC Philippines\nMarch 2022 - Present\n• ${line}`, taxonomy).screening.teamLeadership?.largestTeam ?? null;

  it('counts the people listed after what the verb leads', () => {
    expect(team('Manage 2 LOBs (claims voice and member services chat), 160 FTEs, 9 team leaders')).toBe(169);
    expect(team('Currently manages 2 LOBs and 160 FTEs for a healthcare client')).toBe(160);
    expect(team('Managed multiple LOBs with up to 350 FTEs across voice, chat and back office')).toBe(350);
  });

  it('counts a headcount written with the team leaders over it, and no headcount alone', () => {
    expect(team('Own P&L for a US fintech client: 3 LOBs (voice, chat, email), 220 FTEs, 12 team leaders, 2 QA')).toBe(232);
    expect(team('Site of 3 LOBs and 220 FTEs')).toBeNull();
    expect(team('Long-range capacity plans and hiring plans for 5 LOBs (900 FTEs)')).toBeNull();
  });

  it('reads present-tense verbs and the support staff of a contact centre', () => {
    expect(team('Leads 15 collectors on a US auto-loan early-stage collections account')).toBe(15);
    expect(team('Lead 6 QA analysts covering 3 LOBs (banking, cards, collections); 450 FTE in scope')).toBe(6);
    expect(team('Managed 8 team leaders, 4 QA analysts and 2 WFM analysts')).toBe(14);
  });

  it('counts no people the verb did not lead', () => {
    expect(team('Managed payroll for 300 employees')).toBeNull();
    expect(team('Worked in a team of 15 agents')).toBeNull();
    expect(team('Managed the schedules of 300 agents across two sites')).toBeNull();
  });
});

describe('metrics as contact-centre resumes write them', () => {
  const metrics = (line: string): string[] =>
    extractText(`EXPERIENCE\nTeam Leader\nAlorica\n2021 - Present\n- ${line}`, taxonomy).screening.metrics.map((m) => `${m.id}=${m.value}`);

  it('reads a QA score written without its % sign, and no bare figure that goes on to a unit or a scale', () => {
    expect(metrics('Consistent top performer: AHT 320s vs 360s target, CSAT 92%, QA 98.5')).toContain('qa-score=98.5');
    expect(metrics('AHT 7:05 (goal 7:30), CSAT 90%, QA 95, schedule adherence 92%')).toContain('qa-score=95');
    expect(metrics('QA 95.5 average for the year')).toEqual([]);
    expect(metrics('QA 3 LOBs; CSAT 4.7/5')).toEqual([]);
  });

  it('reads the figure a change reached, not what comes after it', () => {
    expect(metrics('Drove team NPS from +22 to +38 in 6 months')).toEqual(['nps=38']);
    expect(metrics('AHT from 7:30 to 6:10')).toEqual(['aht=370']);
    expect(metrics('CSAT 88%')).toEqual(['csat=88']);
  });

  it('reads no QA score in a variance between scorers', () => {
    expect(metrics('Calibration governance: weekly internal, bi-weekly with client; QA-to-client variance < 3%')).toEqual([]);
    expect(metrics('QA 96%, calibration variance under 5%')).toEqual(['qa-score=96']);
  });

});

describe('a degree written "(undergrad)"', () => {
  const entries = (line: string): [string | null, boolean][] =>
    extractText(`EDUCATION\n${line}`, taxonomy).education.entries.map((e) => [e.level, e.completed]);

  it('is not finished after a degree, as Philippine resumes write it', () => {
    expect(entries('Bachelor of Science in Accountancy (undergrad) – University of Cebu')).toEqual([['bachelor', false]]);
    expect(extractText('EDUCATION\nBachelor of Science in Accountancy (undergrad) – University of Cebu', taxonomy).education.highestLevel).toBe('higher-secondary');
  });

  it('is a finished bachelor\'s as a label with its year past, and "Undergraduate degree" names one', () => {
    expect(entries('Undergrad: BS Psychology, 2018')).toEqual([['bachelor', true]]);
    expect(entries('Undergraduate degree in Psychology, University of Cebu')).toEqual([['bachelor', true]]);
    expect(entries('BS Nursing (Undergraduate)')).toEqual([['bachelor', false]]);
  });
});

describe('a WFM analyst posting', () => {
  const posting = [
    'WFM Analyst (Forecasting & Scheduling)',
    'Makati City, hybrid (3 days onsite)',
    '',
    "What you'll do",
    '* Forecast interval-level volume and AHT for multiple LOBs',
    '* Create and publish schedules in NICE IEX',
    '',
    'Must-have',
    '* 2+ years of WFM experience (forecasting or scheduling) in a contact center',
    '* Advanced Excel skills (VLOOKUP, pivot tables, macros)',
    '',
    'Good to have',
    '* Real-time analyst experience',
  ].join('\n');

  it('asks for volume forecasting, workforce scheduling and real-time monitoring in its own words', () => {
    const skills = buildJobProfile({ text: posting, name: 'wfm.txt' }, taxonomy).role.skills.map((s) => s.skill);
    expect(skills).toEqual(expect.arrayContaining(['volume-forecasting', 'workforce-scheduling', 'real-time-monitoring']));
  });

  it('reads no volume forecasting in sales forecasting, and no scheduling in appointments', () => {
    const skills = (line: string): string[] => extractText(`EXPERIENCE\nSales Executive\nAcme Corp\n2020 - 2022\n- ${line}`, taxonomy).skills.map((s) => s.id);
    expect(skills('Prepared monthly sales forecasting reports')).not.toContain('volume-forecasting');
    expect(skills('Scheduling client appointments and meetings')).not.toContain('workforce-scheduling');
  });
});

describe('KPIs reported', () => {
  it('shows KPI tracking by figures reached in three metrics or more, and reads attrition as the figure reached', () => {
    const skills = (lines: string) => extractText(`Ricardo Mendoza\nEXPERIENCE\nOperations Manager, Concentrix, 2018 - Present\n${lines}`, taxonomy).skills.map((s) => s.id);
    expect(skills('- Led a team of 16 agents\n- Delivered CSAT 88%, attrition 3.2%, AHT 5:40')).toContain('kpi-management');
    expect(skills('- Led a team of 16 agents\n- Kept CSAT at 92% and AHT at 6:10')).not.toContain('kpi-management');
    // An agent's own figures are the metrics' skills, no team's KPIs tracked.
    expect(skills('- Handled inbound calls: CSAT 92%, AHT 6:10, QA score 96%')).not.toContain('kpi-management');
    const metrics = extractText('Jon Cruz\nEXPERIENCE\nTeam Leader, TTEC, 2019 - Present\n- attrition down from 7% to 3.5%', taxonomy).screening.metrics;
    expect(metrics.map((m) => [m.id, m.value])).toEqual([['attrition', 3.5]]);
  });
});

