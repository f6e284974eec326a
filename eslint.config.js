// ESLint (npm run lint). Prettier owns formatting, so no stylistic rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The import directions of .dependency-cruiser.cjs for .astro files, which dependency-cruiser cannot read.
 * A relative import whose path goes up into one of `dirs` (a folder of src/, or scripts/ and tests/ at the
 * top; no other folder has these names but src/pages/data, which an .astro file may not import either) is
 * refused with `message`.
 */
const forbidUp = (dirs, message) => ({
  regex: `^(\\./)?(\\.\\./)+(${dirs.join('|')})(/|$)`,
  message,
});

const NOT_BUILD_SCRIPTS_TESTS = forbidUp(
  ['build', 'scripts', 'tests'],
  'Components, layouts and pages may import src/data, src/lib, src/model, src/client and each other; never src/build (build-only), scripts/ or tests/ (.dependency-cruiser.cjs: ui-not-build, src-not-scripts, nothing-imports-tests).',
);
const NOT_PAGES = forbidUp(
  ['pages'],
  'Components and layouts must not import a page (.dependency-cruiser.cjs: components-not-pages).',
);
// <script> blocks of .astro files are browser code, bundled like src/client.
const BROWSER_ONLY = {
  regex: '^(\\./)?(\\.\\./)+(build|data|components|layouts|user-components|pages|scripts|tests|model/(?!vocab\\.ts$))',
  message:
    'A <script> in an .astro file is browser code: it may import src/client, src/lib and src/model/vocab.ts only (.dependency-cruiser.cjs: client-imports-only-lib-vocab).',
};

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'content/', '.corpus/', '.bench/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,

  // Where the code runs. (For .ts files TypeScript itself checks names, so no-undef is off there.)
  { files: ['**/*.{js,mjs,cjs,ts}'], languageOptions: { globals: globals.node } },
  { files: ['src/lib/**'], languageOptions: { globals: globals['shared-node-browser'] } },
  { files: ['src/client/**'], languageOptions: { globals: globals.browser } },
  // Code passed to page.evaluate() / $$eval() runs in Chromium.
  {
    files: ['tests/browser/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },

  {
    rules: {
      // `const { order: _order, ...row } = x` drops a field by destructuring: the named sibling is not "unused".
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Chinese documents pad labels with the ideographic space U+3000 (文　　号：) and the parser matches it: in
      // strings, regular expressions, templates and comments it is the text, not stray white space in the code.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true },
      ],
    },
  },

  // The dependency directions for .astro files (the .ts side is checked by dependency-cruiser).
  {
    files: ['src/components/**/*.astro', 'src/layouts/**/*.astro', 'src/user-components/**/*.astro'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_BUILD_SCRIPTS_TESTS, NOT_PAGES] }] },
  },
  {
    files: ['src/pages/**/*.astro'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_BUILD_SCRIPTS_TESTS] }] },
  },
  {
    files: ['src/**/*.astro/*.ts', 'src/**/*.astro/*.js'],
    rules: { 'no-restricted-imports': ['error', { patterns: [BROWSER_ONLY] }] },
  },
);
