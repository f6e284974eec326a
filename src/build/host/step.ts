/**
 * The host-files step of the page pass: sitemap.xml (every page but the 404 page and the redirect stubs; only
 * with a site address, SITE_URL), robots.txt and _headers (the pages' CSP as a header, with frame-ancestors,
 * which a <meta> policy cannot set, and the other security headers), written into the built site
 * (docs/quality.md).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageStep } from '../page-pass.ts';
import { formatHeaders, mergeCsp, robotsTxt, sitemapXml } from './host-files.ts';

/** The headers every response carries on a static host (docs/quality.md). */
const SECURITY_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/iu;

export function hostFilesStep(dist: string, site: string | undefined, movedPaths: readonly string[]): PageStep {
  const moved = new Set(movedPaths.map((p) => p.replace(/\/?$/u, '/')));
  const policies = new Set<string>();
  const paths: string[] = [];
  return {
    page({ path, html }) {
      const csp = CSP_META.exec(html)?.[1];
      if (csp) policies.add(csp.replace(/&#39;/gu, "'").replace(/&quot;/gu, '"'));
      if (path !== '/404.html' && !moved.has(path)) paths.push(path);
    },
    finish() {
      if (policies.size === 0)
        throw new Error('host-files: no page has a Content-Security-Policy — is security.csp set in astro.config.mjs?');
      // A sitemap lists absolute URLs: without a site address there is none (not even a stale one).
      if (site) writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(site, paths));
      else rmSync(join(dist, 'sitemap.xml'), { force: true });
      writeFileSync(join(dist, 'robots.txt'), robotsTxt(site));
      const csp = mergeCsp([...policies], ["frame-ancestors 'none'"]);
      writeFileSync(
        join(dist, '_headers'),
        formatHeaders([
          { pattern: '/*', headers: [['Content-Security-Policy', csp], ...SECURITY_HEADERS] },
          { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
          // The compressed downloads are files to save as they are: never sent with Content-Encoding: gzip.
          { pattern: '/data/*.gz', headers: [['Content-Type', 'application/gzip']] },
        ]),
      );
    },
  };
}
