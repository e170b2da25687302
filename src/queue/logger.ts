/** Structured JSON logs for queue processes (pino): one object a line, ready for any log collector. */
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'rolefit' } });
}
