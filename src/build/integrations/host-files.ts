import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeaders, mergeCsp, robotsTxt, sitemapXml } from '../host/host-files.ts';
import type { Redirect } from '../redirects.ts';
import { htmlFiles, pagePath } from '../site-files.ts';

/** The headers every response carries on a static host (docs/quality.md). */
const SECURITY_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/iu;

/**
 * Writes sitemap.xml (every page but the 404 page and the redirect stubs), robots.txt and _headers (the
 * pages' CSP as a header, with frame-ancestors, which a <meta> policy cannot set, and the other security
 * headers) into the built site.
 */
export function hostFiles(redirects: Redirect[]): AstroIntegration {
  let site = '';
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs: set `site` (SITE_URL) — canonical links and the sitemap need it');
        site = config.site;
      },
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const moved = new Set(redirects.map((r) => r.from.replace(/\/?$/u, '/')));
        const policies = new Set<string>();
        const paths: string[] = [];
        for (const file of htmlFiles(dist)) {
          const html = readFileSync(file, 'utf8');
          const csp = CSP_META.exec(html)?.[1];
          if (csp) policies.add(csp.replace(/&#39;/gu, "'").replace(/&quot;/gu, '"'));
          const path = pagePath(dist, file);
          if (path !== '/404.html' && !moved.has(path)) paths.push(path);
        }
        if (policies.size === 0) throw new Error('host-files: no page has a Content-Security-Policy — is security.csp set in astro.config.mjs?');
        writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(site, paths));
        writeFileSync(join(dist, 'robots.txt'), robotsTxt(site));
        const csp = mergeCsp([...policies], ["frame-ancestors 'none'"]);
        writeFileSync(join(dist, '_headers'), formatHeaders([
          { pattern: '/*', headers: [['Content-Security-Policy', csp], ...SECURITY_HEADERS] },
          { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
        ]));
      },
    },
  };
}
