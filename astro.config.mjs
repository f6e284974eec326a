// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { astroRedirects, readRedirects } from './src/lib/redirects.ts';

const redirects = readRedirects(contentDir);

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Policy text is verbatim: no curly quotes, dashes or ellipses may be substituted.
  markdown: { smartypants: false },
  redirects: astroRedirects(redirects),
  integrations: [contentGuard(redirects), mdx()],
  devToolbar: { enabled: false },
});
