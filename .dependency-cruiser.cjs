// Which code may import which: `npm run lint:deps` (dependency-cruiser), part of `npm run check` and `npm test`.
//
//   from                                      may import (besides itself)
//   src/model                                 nothing (npm: astro/zod, yaml; node:*)
//   src/lib                                   src/model                          (no node:*: it runs in the browser too)
//   src/build                                 src/lib, src/model
//   src/client                                src/lib, src/model/vocab.ts        (types from any src/model file; no node:*)
//   src/data                                  src/lib, src/model
//   src/components, layouts, user-components  src/data, src/lib, src/model, src/client, each other (not src/pages)
//   src/pages                                 the same, and components and layouts
//   src/content.config.ts                     src/model, src/build/content-loader.ts
//   astro.config.mjs                          src/build, src/model
//   scripts                                   src/model, src/lib, src/build
//   tests                                     anything
//
// Nothing outside tests/ imports tests/; nothing in src/ imports scripts/; no import cycles (type-only
// imports included); every relative import resolves to a file.
//
// dependency-cruiser reads the .ts/.js/.mjs side only. The same directions for .astro files (frontmatter
// imports and <script> blocks) are enforced by no-restricted-imports in eslint.config.js: keep the two in step.

/** Folders of src/ that render pages (Astro components and routes). */
const UI = '^src/(components|layouts|user-components|pages)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // ── src/model: the bottom layer ────────────────────────────────────────────────────────────────
    {
      name: 'model-imports-only-model',
      comment:
        'src/model is the bottom layer: it may import only itself (plus astro/zod, yaml and node:*). ' +
        'Move the shared code down into src/model, or the caller up.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'model-npm-only-zod-yaml',
      comment: 'src/model may use only the packages astro (for astro/zod) and yaml from node_modules.',
      severity: 'error',
      from: { path: '^src/model/', pathNot: '\\.test\\.ts$' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '^node_modules/(astro|yaml)/',
      },
    },

    // ── src/lib: pure logic, also bundled for the browser ──────────────────────────────────────────
    {
      name: 'lib-imports-only-model',
      comment:
        'src/lib is pure logic shared by pages and the browser: it may import only itself and src/model ' +
        '(never src/build, src/data, src/client, components or pages).',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: '^src/(lib|model)/' },
    },
    {
      name: 'lib-no-node-builtins',
      comment: 'src/lib also runs in the browser: no node:* modules (file and process work belongs in src/build).',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },

    // ── src/build: build-only code ─────────────────────────────────────────────────────────────────
    {
      name: 'build-imports-only-lib-model',
      comment: 'src/build (build-only code) may import only itself, src/lib and src/model.',
      severity: 'error',
      from: { path: '^src/build/' },
      to: { path: '^src/', pathNot: '^src/(build|lib|model)/' },
    },

    // ── src/client: browser code ───────────────────────────────────────────────────────────────────
    {
      name: 'client-imports-only-lib-vocab',
      comment:
        'src/client (browser code) may import itself, src/lib and src/model/vocab.ts (plain constants); ' +
        'never src/build, src/data, components or pages.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: {
        path: '^src/',
        pathNot: '^src/(client|lib)/|^src/model/vocab\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'client-type-imports-only-lib-model',
      comment:
        'src/client may take types (import type) from any src/model file, but values only from src/model/vocab.ts: ' +
        'the schema files pull zod and node:* into the bundle.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: {
        path: '^src/',
        pathNot: '^src/(client|lib|model)/',
        dependencyTypes: ['type-only'],
      },
    },
    {
      name: 'client-no-node-builtins',
      comment: 'src/client runs in the browser: no node:* modules.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { dependencyTypes: ['core'] },
    },

    // ── src/data: collection queries for pages ─────────────────────────────────────────────────────
    {
      name: 'data-imports-only-lib-model',
      comment: 'src/data (cached collection queries) may import only itself, src/lib and src/model.',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: '^src/', pathNot: '^src/(data|lib|model)/' },
    },

    // ── pages and components ───────────────────────────────────────────────────────────────────────
    {
      name: 'ui-not-build',
      comment:
        'Components, layouts and pages may import src/data, src/lib, src/model, src/client and each other; ' +
        'never src/build (build-only code) or src/content.config.ts.',
      severity: 'error',
      from: { path: UI },
      to: { path: '^src/build/|^src/content\\.config\\.ts$' },
    },
    {
      name: 'components-not-pages',
      comment: 'Components and layouts are used by pages; they must not import a page.',
      severity: 'error',
      from: { path: '^src/(components|layouts|user-components)/' },
      to: { path: '^src/pages/' },
    },

    // ── the two config files ───────────────────────────────────────────────────────────────────────
    {
      name: 'content-config-imports-model-loader',
      comment: 'src/content.config.ts may import src/model and src/build/content-loader.ts only.',
      severity: 'error',
      from: { path: '^src/content\\.config\\.ts$' },
      to: { path: '^src/', pathNot: '^src/model/|^src/build/content-loader\\.ts$' },
    },
    {
      name: 'astro-config-imports-build-model',
      comment: 'astro.config.mjs may import src/build and src/model only.',
      severity: 'error',
      from: { path: '^astro\\.config\\.mjs$' },
      to: { path: '^src/', pathNot: '^src/(build|model)/' },
    },

    // ── scripts and tests ──────────────────────────────────────────────────────────────────────────
    {
      name: 'src-not-scripts',
      comment: 'Nothing in src/ (or astro.config.mjs) may import scripts/: the CLIs sit on top of the site code.',
      severity: 'error',
      from: { path: '^src/|^astro\\.config\\.mjs$' },
      to: { path: '^scripts/' },
    },
    {
      name: 'scripts-imports-only-model-lib-build',
      comment:
        'scripts/ may import itself, src/model, src/lib and src/build (never pages, components, data or client).',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^src/', pathNot: '^src/(model|lib|build)/' },
    },
    {
      name: 'nothing-imports-tests',
      comment:
        'Only tests/ may import tests/ (unit tests beside the code included). ' +
        'A helper a script needs belongs in scripts/lib/ or src/build/.',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },

    // ── general ───────────────────────────────────────────────────────────────────────────────────
    {
      name: 'no-circular',
      comment: 'No import cycles: split the shared part out into a module both sides import.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to no file on disk (a typo, a moved file, a package not installed).',
      severity: 'error',
      from: {},
      // astro:content and friends are virtual modules that Astro provides at build time.
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['^dist/', '^\\.astro/', '^content/', '^\\.corpus/', '^\\.bench/'] },
    // See `import type` as dependencies too (so type-only cycles and type imports into the browser are seen).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
