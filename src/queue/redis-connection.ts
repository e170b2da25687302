/** One way to connect to Redis for BullMQ, from a URL, and a quick check for commands a person waits on. */
import { Redis } from 'ioredis';

export function connectRedis(url: string): Redis {
  // BullMQ workers block on Redis; they need requests that wait for reconnection instead of failing after retries.
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

/** Redis did not answer: the environment's fault, not the documents'. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

/** How long a command waits for Redis to answer before saying it cannot reach it. */
const reachTimeoutMs = 3000;

/** The URL without its password, for messages. */
function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'the configured Redis URL';
  }
}

/**
 * Fails at once with a clear message when Redis does not answer. The connections BullMQ uses wait for Redis forever,
 * which suits a worker in a container but leaves a person at `rolefit enqueue` with retry noise and no answer.
 */
export async function assertRedisReachable(url: string, timeoutMs = reachTimeoutMs): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // The socket's error says why ("connect ECONNREFUSED …"); connect() itself only says the connection closed.
  const seen: { socketError: Error | null } = { socketError: null };
  probe.on('error', (error: Error) => {
    seen.socketError = error;
  });
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    const reason = seen.socketError?.message ?? (error instanceof Error ? error.message : String(error));
    throw new RedisUnavailableError(`Cannot reach Redis at ${withoutCredentials(url)} (${reason}). Start Redis, or set REDIS_URL to one that runs.`);
  } finally {
    probe.disconnect();
  }
}
