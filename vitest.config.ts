import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Redis for the queue tests: the one in REDIS_URL, else 127.0.0.1:6379, else a redis-server started on a free port.
    globalSetup: ['tests/support/redis-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
