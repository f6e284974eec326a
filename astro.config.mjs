// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { cacheDirFor } from './src/build/cache-dir.ts';
import { siteUrl } from './src/build/host/site-url.ts';
import { memoryLog } from './src/build/integrations/memory-log.ts';
import { readingPrefs } from './src/build/integrations/reading-prefs.ts';
import { siteBuild } from './src/build/integrations/site-build.ts';
import { contentDir } from './src/model/layout.ts';
import { MARKDOWN_FEATURES } from './src/model/markdown.ts';

export default defineConfig({
  // Canonical links, sitemap.xml, robots.txt's Sitemap line and the structured data's urls use it; without SITE_URL it is
  // undefined and the build writes none of them (docs/quality.md). Set SITE_URL when building for a host.
  site: siteUrl(),
  // A build of another content folder (CONTENT_DIR) keeps its own data store: src/build/cache-dir.ts.
  cacheDir: cacheDirFor(contentDir),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Policy text is verbatim: no curly quotes, dashes or ellipses may be substituted. Policy texts themselves render
    // with the same features, one at a time (src/data/policy-text.ts).
    processor: satteri({ features: MARKDOWN_FEATURES }),
    syntaxHighlight: false,
  },
  // The content check, the redirects, the page count, and one pass over the built pages (glossary links,
  // search index, host files): src/build/integrations/site-build.ts.
  // With BUILD_MEMORY_LOG=FILE (npm run bench sets it), what Node holds, once a second (memory-log.ts).
  integrations: [memoryLog(), siteBuild(), mdx(), readingPrefs()],
  security: {
    // A <meta> CSP with hashes of Astro's own scripts and styles; nothing from other origins.
    // Pagefind compiles its WebAssembly ('wasm-unsafe-eval') and searches in a worker of its own.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // astro dev watches the project; the generated corpora and benchmark builds (git-ignored, ~100,000s of files at
    // scale) would exhaust the system's file watchers (ENOSPC).
    server: { watch: { ignored: (path) => /[\\/]\.(corpus|bench)([\\/]|$)/u.test(path) } },
  },
});
