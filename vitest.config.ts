import { defineConfig } from 'vitest/config';

// Unit tests (rules, parsing, host logic) and integration tests (real SQLite files through the
// real migrations, the web host and the command line in-process). End-to-end tests are Playwright's.
export default defineConfig({
  test: {
    root: '.',
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 20_000,
  },
});
