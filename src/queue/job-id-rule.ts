/**
 * Which caller-chosen job ids (Idempotency-Key) BullMQ can hold. A job lives at `<prefix>:<queue>:<id>`, beside the
 * queue's own keys (`…:meta`, `…:stalled`, `…:wait`): an id named like one of them would read or write that key
 * instead (a job "meta" is the queue's settings). BullMQ itself refuses ids that are integers (its own ids).
 */
import { QueueKeys } from 'bullmq';

/** Letters, digits, "-", "_" and ".": no ":" (BullMQ's separator), nothing a header or a URL path must escape. */
const jobIdPattern = /^[\w.-]{1,128}$/;
const reserved: ReadonlySet<string> = new Set(Object.keys(new QueueKeys().getKeys('')).filter((name) => name !== ''));

export const jobIdRule = `1 to 128 letters, digits, "-", "_" or ".", neither a whole number nor one of ${[...reserved].sort().join(', ')}`;

export function isValidJobId(id: string): boolean {
  return jobIdPattern.test(id) && String(Number.parseInt(id, 10)) !== id && !reserved.has(id);
}

/**
 * Whether an id may name a job to look up: one added under any id BullMQ takes (its own whole numbers, a client's
 * "ATS 10294" or "ats@10294" sent straight to the queue), never one of the queue's own keys or across BullMQ's ":".
 */
export function mayNameJob(id: string): boolean {
  return id.length > 0 && !id.includes(':') && !reserved.has(id);
}
