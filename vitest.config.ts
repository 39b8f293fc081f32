import { defineConfig } from 'vitest/config';

// Unit and property tests: pure logic and jsdom. Real-browser tests live in tests/e2e with their own config.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  define: { __DEV__: 'true', __BROWSER__: '"chrome"' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'build/**/*.test.{ts,mjs}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    setupFiles: ['tests/setup/globals.ts'],
    testTimeout: 60_000, // property tests over 1,000 jsdom pages take ~10 s on 2 busy cores; none of these asserts time
  },
});
