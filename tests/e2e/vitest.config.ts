import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (2 cores), generous timeouts for launches.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
