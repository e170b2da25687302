/** Trust and safety resumes as vendors' moderators write them: their titles, their queues, their policies, their training. */
import { describe, expect, it } from 'vitest';
import { buildJobProfile } from '../../src/build-job-profile/build-job-profile.js';
import { rolesServedBy } from '../../src/extract-candidate/sum-experience.js';
import { extractText } from '../support/extract-text.js';
import { builtInTaxonomy } from '../support/taxonomy.js';

const taxonomy = await builtInTaxonomy();
const job = (header: string, duty = 'Worked the assigned queue.') => extractText(`Ana Ruiz\nEXPERIENCE\n${header}\n- ${duty}`, taxonomy);
const titleRoles = (header: string): string[][] => job(header).positions.map((p) => p.titleRoles);
/** The roles the job's months count for: its titles' roles and relevant titles. */
const servedBy = (header: string): string[] => job(header).positions.flatMap((p) => [...rolesServedBy(p, taxonomy)]);
/** The skills a duty line shows, and the evidence of one of them. */
const skillsOf = (duty: string, header = 'Content Moderator — TaskUs, Manila    Jan 2023 – Present'): string[] => job(header, duty).skills.map((s) => s.id);
const evidenceOf = (duty: string, skill: string): string[] =>
  job('Content Moderator — TaskUs, Manila    Jan 2023 – Present', duty).skills.find((s) => s.id === skill)?.evidence.map((e) => e.text) ?? [];
const held = (line: string): string[] => extractText(`Ana Ruiz\nana@example.com\nCERTIFICATIONS\n${line}`, taxonomy).certifications.map((c) => c.id);
const dated = (title: string): string => `${title} — Accenture, Manila    January 2023 – Present`;

describe('trust and safety titles', () => {
  it("reads platform vendors' moderation titles as the content moderator's", () => {
    for (const title of ['Community Operations Analyst', 'Integrity Analyst', 'Ads Review Specialist', 'Ad Reviewer', 'Moderation Specialist']) {
      expect(titleRoles(dated(title)), title).toEqual([['content-moderator']]);
    }
  });

  it("leaves titles of other integrity work, and titles too ambiguous to tell, to no moderator's role", () => {
    for (const title of ['Data Integrity Analyst', 'Revenue Integrity Analyst', 'Content Analyst', 'Safety Specialist']) {
      expect(titleRoles(dated(title))[0], title).not.toContain('content-moderator');
      expect(servedBy(dated(title)), title).not.toContain('content-moderator');
    }
  });

  it('reads an annotator\'s and a labeller\'s title before the employer as a title, whose months count for the moderator', () => {
    for (const title of ['Data Annotator', 'Data Labeler']) {
      const job = extractText(`EXPERIENCE\n${dated(title)}\n- Labelled images for AI training data`, taxonomy).positions[0];
      expect([job?.title, job?.employer], title).toEqual([title, 'Accenture']);
      expect(servedBy(dated(title)), title).toContain('content-moderator');
    }
  });

  it("counts a moderation queue's quality analyst and team lead for their own role and the moderator's", () => {
    expect(titleRoles(dated('Trust & Safety Quality Analyst'))).toEqual([['quality-assurance-analyst']]);
    expect(servedBy(dated('Trust & Safety Quality Analyst'))).toEqual(expect.arrayContaining(['quality-assurance-analyst', 'content-moderator']));
    expect(titleRoles(dated('Content Moderation Team Lead'))).toEqual([['team-leader']]);
    expect(servedBy(dated('Content Moderation Team Lead'))).toEqual(expect.arrayContaining(['team-leader', 'content-moderator']));
    // A quality analyst of calls is no moderator.
    expect(servedBy(dated('Quality Analyst'))).not.toContain('content-moderator');
  });

  it('reads the line of work in a labelled title or a table cell, as on the title line itself', () => {
    const labelled = (title: string): string[][] =>
      extractText(`Ana Ruiz\nEXPERIENCE\nGenpact India Pvt Ltd, Hyderabad      Aug 2022 - Till Date\nDesignation: ${title}\n* Reviewed posts.`, taxonomy).positions.map((p) => p.titleRoles);
    expect(labelled('Process Associate - Content Review (Integrity Operations)')).toEqual([['content-moderator']]);
    expect(labelled('New Associate - Content Moderation')).toEqual([['content-moderator']]);
    expect(labelled('Process Associate – Content Moderation')).toEqual([['content-moderator']]);
    expect(labelled('Process Associate - Claims Processing')).toEqual([['claims-processor']]);
    // No line of work after the title: no role named.
    expect(labelled('New Associate')).toEqual([[]]);
    const cells = extractText(
      'Ana Ruiz\nWORK EXPERIENCE\nOrganisation\tDesignation\tDuration\nWNS Global Services, Pune\tProcess Associate – Content Moderation\tMar 2023 – Apr 2024\n• Reviewed posts.',
      taxonomy,
    );
    expect(cells.positions.map((p) => p.titleRoles)).toEqual([['content-moderator']]);
  });

  it("reads the Philippines' channel titles as the customer service representative's", () => {
    expect(titleRoles('Chat Support — Upwork (Freelance)\nNov 2024 – Present')).toEqual([['customer-service-representative']]);
    expect(job('Chat Support — Upwork (Freelance)\nNov 2024 – Present').positions[0]?.employer).toBe('Upwork (Freelance)');
    expect(titleRoles('Email Support | Upwork | Nov 2024 – Present')).toEqual([['customer-service-representative']]);
    // Chat support named in a duty is no title.
    expect(job('Sales Associate — SM Store    Jan 2020 – Dec 2022', 'Provided chat support to online shoppers.').positions.map((p) => p.title)).toEqual(['Sales Associate']);
  });
});

describe('trust and safety skills', () => {
  it('reads ad review and advertising policies as moderation work, and a platform\'s "Ads Integrity" as no work ethic', () => {
    const skills = skillsOf('Worked on the Ads Integrity queue: reviewing ad creatives and landing pages against advertising policies.');
    expect(skills).toEqual(expect.arrayContaining(['ad-review', 'content-moderation', 'community-guidelines']));
    expect(skills).not.toContain('work-ethic');
    expect(skillsOf('Did ad review and landing-page review for scam ads.')).toContain('ad-review');
    expect(skillsOf('Demonstrated integrity and honesty at work.', 'Sales Associate — SM Store    Jan 2020 – Dec 2022')).toContain('work-ethic');
  });

  it("leaves a marketer's ads and an administrator's AD review to no moderation", () => {
    const marketer = 'Digital Marketing Executive — Acme    Jan 2020 – Dec 2022';
    expect(skillsOf('Reviewed ad performance and ad creatives with the marketing team.', marketer)).not.toContain('ad-review');
    expect(skillsOf('Quarterly AD review of user access permissions.', 'System Administrator — Acme    Jan 2020 – Dec 2022')).not.toContain('ad-review');
  });

  it('reads live streams, reels and live videos in a queue as video moderation, not in a producer\'s work', () => {
    expect(evidenceOf('Real-time moderation of live streams for a gaming platform.', 'image-and-video-moderation')).toContain('moderation of live streams');
    expect(skillsOf('Reviewed photos, videos and live streams.')).toContain('image-and-video-moderation');
    expect(skillsOf('Moderated reels and live videos.')).toContain('image-and-video-moderation');
    const producer = 'Media Producer — Acme Church    Jan 2020 – Dec 2022';
    expect(skillsOf('Produced weekly live streams for church services using OBS.', producer)).not.toContain('image-and-video-moderation');
    expect(skillsOf('Reviewed photos of vehicle damage with the estimates.', 'Claims Associate — Acme Insurance    Jan 2020 – Dec 2022')).not.toContain(
      'image-and-video-moderation',
    );
  });

  it("reads a moderator's policy clarifications and a platform's integrity policies as content policy, not an insurer's or a school's", () => {
    expect(skillsOf('Sought policy clarification from SMEs on grey areas.')).toContain('community-guidelines');
    expect(skillsOf('Reviewed posts for violations of platform integrity policies.')).toContain('community-guidelines');
    const claims = 'Claims Associate — Acme Insurance    Jan 2020 – Dec 2022';
    expect(skillsOf('Provided policy clarification to policyholders on coverage.', claims)).not.toContain('community-guidelines');
    expect(skillsOf('Enforced the academic integrity policies with students.', 'Teacher — Acme School    Jan 2020 – Dec 2022')).not.toContain('community-guidelines');
    // "Policy interpretation" stays the insurance coverage analyst's, and is not read as it on a moderation queue's line.
    expect(skillsOf('Policy interpretation for claims adjudication.', claims)).toContain('coverage-analysis');
    expect(skillsOf('Policy interpretation and calibration with SMEs.')).not.toContain('coverage-analysis');
  });

  it("reads a moderator's decision on each item as decision making, and no other work's actioned items", () => {
    expect(skillsOf('Actioning each job (ignore, delete, age-restrict, disable account).')).toContain('decision-making');
    expect(skillsOf('Ads were approved, limited or disapproved per policy.')).toContain('decision-making');
    expect(skillsOf('Actioned service requests in ServiceNow.', 'IT Support Analyst — Acme    Jan 2020 – Dec 2022')).not.toContain('decision-making');
  });
});

describe('trust and safety training', () => {
  it("holds the Trust & Safety Professional Association's training, its name in the plural, and not its membership", () => {
    expect(held('TSPA Trust & Safety Fundamentals (2024)')).toEqual(['tspa-trust-and-safety-training']);
    expect(held('TSPA member since 2022')).toEqual([]);
    // A name in the plural is the certification's own; a firm of its holders still names none.
    expect(held('CompTIA IT Fundamentals (2021)')).toEqual(['comptia-itf']);
    expect(held('Patil & Associates (Chartered Accountants)')).toEqual([]);
  });
});

describe('an ad review posting', () => {
  it("maps to the content moderator, asking for ad review and advertising policy, not work ethic", () => {
    const text = [
      'Job Title: Process Associate – Content Review (Ads Integrity)',
      'Roles and Responsibilities',
      '- Review ads (text, image, video) and landing pages for compliance with advertising policies.',
      '- Exposure to content moderation or ad review is preferred',
    ].join('\n');
    const profile = buildJobProfile({ text, name: 'posting.txt' }, taxonomy);
    expect(profile.closestRole).toBe('content-moderator');
    const skills = profile.role.skills.map((s) => s.skill);
    expect(skills).toEqual(expect.arrayContaining(['ad-review', 'community-guidelines']));
    expect(skills).not.toContain('work-ethic');
  });
});
