// knip (npm run lint:unused): unused files, exports and dependencies. Its Astro and Vitest plugins find the
// pages, content config, Astro config, Vitest config and test files by themselves; the CLIs are added here.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  // The CLIs: those package.json runs are found anyway; tune-search.ts is run by hand (node scripts/tune-search.ts).
  // make-fixtures.ts writes the binary ingest fixtures (docs/ingest-formats.md), also by hand.
  entry: ['scripts/*.ts', 'scripts/ingest/inputs/make-fixtures.ts'],
  project: ['src/**/*.{ts,astro,mdx}', 'scripts/**/*.ts', 'tests/**/*.ts', '*.{js,mjs,cjs,ts}'],
  // A type used in its own file describes an exported function's parameters or result: it stays exported so
  // callers can name it. A value used only in its own file is not exported.
  ignoreExportsUsedInFile: { interface: true, type: true },
  ignoreDependencies: [
    // Injected into Chromium as files, found by path (tests/browser/quality/axe.test.ts,
    // tests/browser/reading/reading-controls.test.ts, tests/browser/finder/print-card.test.ts).
    'axe-core',
    'jsqr',
  ],
};

export default config;
