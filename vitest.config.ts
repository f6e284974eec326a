import { defineConfig } from 'vitest/config';

// Tests by environment (docs/architecture.md): unit tests beside the code, then content/, build/, site/ and browser/.
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        // Pure logic and the content files: no build needed (npm run test:unit).
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        // Tests that run `astro build` themselves, on a copy of the content.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'] },
      },
      {
        // Checks of the built site in dist/ (npm test builds it first).
        test: { name: 'site', include: ['tests/site/**/*.test.ts'] },
      },
      {
        // The built site in Debian's Chromium (installed by the set-up when missing).
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
