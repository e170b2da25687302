/**
 * Whether two shortlist rows are the same person: recruiters get the same resume as a PDF and as a Word file, or the
 * same applicant twice, and a batch must not rank them as two. A resume gives keys that another person's would not:
 * its email, its phone number, its dated work history (two jobs or more, with their titles), which stays the same
 * across formats and survives blind screening, where contact details are gone, and its name with a month a job of
 * it started in, which an applicant's copies share when phone and email change.
 */
import type { SuccessResult } from '../contracts/result-schema.js';

/** A phone number's last digits: "+63 917 555 0101" and "0917 555 0101" are one number. */
const phoneDigitsCompared = 10;
/** One dated job is too common a history to tell people apart ("Jan 2024 – Present, Customer Service Representative"). */
const minJobsForHistoryKey = 2;

/** The kinds of key, in the words a shortlist note uses. */
export type SameCandidateKind = 'email' | 'phone' | 'work history' | 'name and job start';

export interface SameCandidateKey {
  readonly kind: SameCandidateKind;
  readonly value: string;
}

function lettersAndDigits(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function sameCandidateKeys(result: SuccessResult): SameCandidateKey[] {
  const { contact, positions } = result.candidate;
  const keys: SameCandidateKey[] = [];
  if (contact.email !== null) keys.push({ kind: 'email', value: contact.email.trim().toLowerCase() });
  const digits = contact.phone?.replace(/\D/g, '') ?? '';
  if (digits.length >= phoneDigitsCompared) keys.push({ kind: 'phone', value: digits.slice(-phoneDigitsCompared) });
  if (positions.length >= minJobsForHistoryKey) {
    const jobs = positions.map((p) => `${p.start.year}-${p.start.month}/${p.end.year}-${p.end.month}/${lettersAndDigits(p.title ?? '')}`);
    keys.push({ kind: 'work history', value: jobs.sort().join('|') });
  }
  // A new phone and email on a walk-in copy: the same name starting a job in the same month is still one person.
  const name = contact.name === null ? '' : lettersAndDigits(contact.name);
  if (name.length > 0) {
    for (const start of new Set(positions.map((p) => `${p.start.year}-${p.start.month}`))) keys.push({ kind: 'name and job start', value: `${name}|${start}` });
  }
  return keys;
}

export interface SameCandidateMatch {
  readonly kind: SameCandidateKind;
  /** The other rows' sources, in the order the rows came. */
  readonly sources: readonly string[];
}

/**
 * For each row, the other rows sharing one of its keys, grouped by the first kind of key each shares with it, in the
 * order of `SameCandidateKind`'s listing (email before phone before work history): a copy with another phone is said
 * to share the email it does share, not the phone. Empty when the row shares none.
 */
export function findSameCandidates(rows: readonly { readonly source: string; readonly keys: readonly SameCandidateKey[] }[]): SameCandidateMatch[][] {
  const holders = new Map<string, number[]>();
  rows.forEach((row, index) => {
    for (const key of row.keys) {
      const id = `${key.kind}\u0000${key.value}`;
      holders.set(id, [...(holders.get(id) ?? []), index]);
    }
  });
  return rows.map((row, index) => {
    const kindOf = new Map<number, SameCandidateKind>();
    for (const key of row.keys) {
      for (const other of holders.get(`${key.kind}\u0000${key.value}`) ?? []) if (other !== index && !kindOf.has(other)) kindOf.set(other, key.kind);
    }
    const byKind = new Map<SameCandidateKind, number[]>();
    for (const [other, kind] of [...kindOf].sort((a, b) => a[0] - b[0])) byKind.set(kind, [...(byKind.get(kind) ?? []), other]);
    return [...byKind].map(([kind, others]) => ({ kind, sources: others.map((other) => rows[other]?.source ?? '') }));
  });
}

/**
 * For each row, the first row of the person it seems to be: rows sharing a key are one person, and so are rows linked
 * through a third (a PDF sharing an email with a DOCX that shares a phone with a text file).
 */
export function samePersonGroups(rows: readonly { readonly keys: readonly SameCandidateKey[] }[]): number[] {
  const parent = rows.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] ?? at;
    return at;
  };
  const firstHolder = new Map<string, number>();
  rows.forEach((row, index) => {
    for (const key of row.keys) {
      const id = `${key.kind}\u0000${key.value}`;
      const first = firstHolder.get(id);
      if (first === undefined) firstHolder.set(id, index);
      else {
        const [a, b] = [root(first), root(index)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  return rows.map((_, index) => root(index));
}
