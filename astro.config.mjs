// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { cacheDirFor } from './src/build/cache-dir.ts';
import { siteUrl } from './src/build/host/site-url.ts';
import { readingPrefs } from './src/build/integrations/reading-prefs.ts';
import { siteBuild } from './src/build/integrations/site-build.ts';
import { contentDir } from './src/model/layout.ts';

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
    // Policy text is verbatim: no curly quotes, dashes or ellipses may be substituted.
    processor: satteri({ features: { smartPunctuation: false } }),
    syntaxHighlight: false,
  },
  // The content check, the redirects, the page count, and one pass over the built pages (glossary links,
  // search index, host files): src/build/integrations/site-build.ts.
  integrations: [siteBuild(), mdx(), readingPrefs()],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's MDX modules carry a "use astro:head-inject" directive that only Astro reads; the bundler
          // warns once per document that it drops it when bundling (thousands of lines at scale). Harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
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
});
