/** One way to connect to Redis for BullMQ, from a URL. */
import { Redis } from 'ioredis';

export function connectRedis(url: string): Redis {
  // BullMQ workers block on Redis; they need requests that wait for reconnection instead of failing after retries.
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}
