import { describe, expect, it } from 'vitest';
import { ConfigurationError, parseConcurrencyOption, readApiToken, readEnv } from '../../src/config.js';

describe('settings from the environment', () => {
  it('holds --concurrency and ROLEFIT_CONCURRENCY to one rule, with one message', () => {
    for (const bad of ['many', '0', '-3', '1000', '2.5', '-3.5']) {
      expect(parseConcurrencyOption(bad)).toEqual({ problem: 'must be a whole number from 1 to 64' });
      expect(() => readEnv({ ROLEFIT_CONCURRENCY: bad })).toThrow(
        new ConfigurationError('Invalid environment: ROLEFIT_CONCURRENCY: must be a whole number from 1 to 64'),
      );
    }
    expect(parseConcurrencyOption('64')).toBe(64);
    expect(readEnv({ ROLEFIT_CONCURRENCY: '4' }).ROLEFIT_CONCURRENCY).toBe(4);
  });

  it('checks ROLEFIT_API_TOKEN only where it is read, by the dashboard', () => {
    expect(() => readEnv({ ROLEFIT_API_TOKEN: 'short' })).not.toThrow();
    expect(() => readApiToken({ ROLEFIT_API_TOKEN: 'short' })).toThrow(
      new ConfigurationError('Invalid environment: ROLEFIT_API_TOKEN: use a token of 16 characters or more'),
    );
    expect(readApiToken({ ROLEFIT_API_TOKEN: '' })).toBeUndefined();
    expect(readApiToken({})).toBeUndefined();
    expect(readApiToken({ ROLEFIT_API_TOKEN: 'a-token-of-sixteen+' })).toBe('a-token-of-sixteen+');
  });
});
