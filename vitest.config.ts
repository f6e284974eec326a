import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { browserTestTimeout, builtPageCount, siteTestTimeout } from './tests/time-limits.ts';

// The limits of the tests over the built site grow with its page count (tests/time-limits.ts).
const pages = builtPageCount(join(import.meta.dirname, 'dist'));

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
          testTimeout: 30_000,
        },
      },
      {
        // Tests that run `astro build` themselves, on a copy of the content: minutes on a loaded machine.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 600_000 },
      },
      {
        // Checks of the built site in dist/ (npm test builds it first).
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: siteTestTimeout(pages),
          hookTimeout: siteTestTimeout(pages),
        },
      },
      {
        // The built site in Debian's Chromium (installed by the set-up when missing).
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/setup.ts'],
          testTimeout: browserTestTimeout(pages),
          hookTimeout: browserTestTimeout(pages),
        },
      },
    ],
  },
});
