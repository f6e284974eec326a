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
    ],
  },
});
