import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        // Checks of the built site in dist/ (npm test builds it first).
        test: { name: 'site', include: ['tests/site/**/*.test.ts'] },
      },
      {
        // The built site in Debian's Chromium (installed by the set-up when missing).
        test: {
          name: 'browser',
          include: ['tests/{search,compare,finder,reading,quality}/**/*.test.ts'],
          globalSetup: ['tests/browser-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
