import { inject } from 'vitest';

/** The Redis URL found by the global setup; throws its explanation when there is none, so the test fails loudly. */
export function redisUrlForTests(): string {
  const url = inject('redisUrl');
  if (url === null) throw new Error(inject('redisProblem') ?? 'No Redis for the queue tests.');
  return url;
}

/** A queue name no other test or run uses, so tests never see each other's jobs. */
export function uniqueQueueName(label: string): string {
  return `rolefit-test-${label}-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
