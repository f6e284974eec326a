// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/build/integrations/content-guard.ts';
import { glossaryLinks } from './src/build/integrations/glossary-links.ts';
import { hostFiles } from './src/build/integrations/host-files.ts';
import { readingPrefs } from './src/build/integrations/reading-prefs.ts';
import { searchIndex } from './src/build/integrations/search-index.ts';
import { contentDir } from './src/model/layout.ts';
import { siteUrl } from './src/build/host/site-url.ts';
import { astroRedirects, readRedirects } from './src/build/redirects.ts';

const redirects = readRedirects(contentDir);
const guard = contentGuard(redirects);

export default defineConfig({
  // Canonical links, sitemap.xml, robots.txt and structured data use it; set SITE_URL for a real host (docs/quality.md).
  site: siteUrl(),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Policy text is verbatim: no curly quotes, dashes or ellipses may be substituted.
  markdown: { smartypants: false, syntaxHighlight: false },
  redirects: astroRedirects(redirects),
  // The index is built after the page check, from the pages as written (docs/search.md).
  // Order matters: glossary links go into the pages before the search index reads them.
  integrations: [guard, mdx(), readingPrefs(), glossaryLinks(), searchIndex(() => guard.summary().searchablePages), hostFiles(redirects)],
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
