/** Reading the built site (dist/) for the site checks. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeType, parse, type Node } from 'node-html-parser';
import { siteUrl } from '../../src/build/host/site-url.ts';
import {
  downloadPaths as siteDownloads,
  isRedirectPage,
  readPages,
  type SitePage,
} from '../../scripts/lib/published-urls.ts';

export { isRedirectPage };

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export type BuiltPage = SitePage;

/**
 * The test-only origin `npm test` builds the site at, read from package.json's "build:test" script
 * (SITE_URL=https://yanglao.test astro build): canonical links, the sitemap and the JSON-LD name it.
 */
export const TEST_SITE_URL: string = (() => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const origin = siteUrl(/\bSITE_URL=(\S+)/u.exec(pkg.scripts['build:test'] ?? '')?.[1]);
  if (!origin) throw new Error('package.json: the "build:test" script must set SITE_URL=<origin>');
  return origin;
})();

/**
 * The build date `npm test` builds the site for (SITE_TODAY in package.json's "build:test" script): the statuses
 * and validity the pages and downloads show are worked out for it (docs/lifecycle.md), never for the wall clock.
 */
export const TEST_SITE_TODAY: string = (() => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const today = /\bSITE_TODAY=(\d{4}-\d{2}-\d{2})\b/u.exec(pkg.scripts['build:test'] ?? '')?.[1];
  if (!today) throw new Error('package.json: the "build:test" script must set SITE_TODAY=<YYYY-MM-DD>');
  return today;
})();

/** Throws with a hint when dist/ was built without SITE_URL (it then has no sitemap.xml, docs/quality.md). */
export function requireSiteUrlBuild(): void {
  if (!existsSync(join(DIST, 'sitemap.xml')))
    throw new Error(
      `dist/ was built without SITE_URL (no sitemap.xml): these checks need \`npm run build:test\` (SITE_URL=${TEST_SITE_URL}), as npm test runs it`,
    );
}

const files = new Map<string, BuiltPage[]>();

/** Every HTML file of `dist` (the site's dist/ unless a test built another), forwarding pages included. */
function htmlPages(dist: string): BuiltPage[] {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: the site checks need a build first (npm test builds it)`);
  if (!files.has(dist)) files.set(dist, readPages(dist));
  return files.get(dist)!;
}

/**
 * The site's own built pages; throws with a hint when the site has not been built. The forwarding pages Astro
 * writes for content/redirects.yaml are not the site's pages (forwardingPages).
 */
export function builtPages(dist: string = DIST): BuiltPage[] {
  return htmlPages(dist).filter((p) => !isRedirectPage(p));
}

/** The forwarding pages of the redirects (a meta refresh and a canonical link to the new address). */
export function forwardingPages(dist: string = DIST): BuiltPage[] {
  return htmlPages(dist).filter(isRedirectPage);
}

/** A page by path (a forwarding page too); throws when it was not built. */
export function page(path: string, dist: string = DIST): BuiltPage {
  const found = htmlPages(dist).find((p) => p.path === path);
  if (!found) throw new Error(`no built page ${path}`);
  return found;
}

/**
 * The verbatim policy text a page shows, one entry per text node inside [data-verbatim] elements,
 * leaving out the site's own words ([data-site]). Text nodes keep block boundaries apart, so a
 * sentence check never glues the end of one paragraph to the start of the next.
 */
export function verbatimTexts(p: BuiltPage): string[] {
  const copy = parse(p.root.toString());
  for (const el of copy.querySelectorAll('[data-site]')) el.remove();
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const t = node.textContent.trim();
      if (t) texts.push(t);
    } else node.childNodes.forEach(visit);
  };
  copy
    .querySelectorAll('[data-verbatim]')
    .filter((el) => !el.parentNode?.closest?.('[data-verbatim]'))
    .forEach(visit);
  return texts;
}

/** The downloads the build publishes (dist/data/ files other than pages), as URL paths: /data/items.csv … */
export const downloadPaths = (dist: string = DIST): string[] => siteDownloads(dist);

/** A download's bytes as text (the BOM kept). */
export function download(path: string, dist: string = DIST): string {
  return readFileSync(join(dist, path), 'utf8');
}
