/**
 * What the built site publishes: every page path, every stable anchor (path#anchor), every download and feed.
 * `npm run urls` compares it with content/url-manifest.txt, and so does the site check
 * (tests/site/manifest.test.ts), which reads the built pages with the same helpers (tests/site/dist.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { feedPaths, htmlFiles, pagePath } from '../../src/build/site-files.ts';

export interface SitePage {
  /** The URL path, e.g. /documents/x/ (404.html stays /404.html). */
  path: string;
  html: string;
  root: HTMLElement;
}

/** Every page built into `dist`, parsed, in file order. */
export function readPages(dist: string): SitePage[] {
  return htmlFiles(dist)
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { path: pagePath(dist, file), html, root: parse(html) };
    });
}

/** Is this page a redirect stub (Astro writes a meta refresh page for each redirect)? */
export function isRedirectPage(p: Pick<SitePage, 'html'>): boolean {
  return /<meta http-equiv="refresh"/iu.test(p.html);
}

/** Stable anchors of a page: elements marked as anchored sections, tasks and attachments. */
function stableAnchors(p: Pick<SitePage, 'root'>): string[] {
  return p.root.querySelectorAll('.anchored[id]').map((el) => el.id);
}

/**
 * The downloads the build publishes (dist/data/ files other than pages, a province's folder included), as URL
 * paths: /data/items.csv, /data/items.csv.gz, /data/hubei/items.csv …
 */
export function downloadPaths(dist: string): string[] {
  const files = (dir: string, prefix: string): string[] =>
    readdirSync(dir).flatMap((n) =>
      statSync(join(dir, n)).isDirectory()
        ? files(join(dir, n), `${prefix}${n}/`)
        : n.endsWith('.html')
          ? []
          : [`${prefix}${n}`],
    );
  const dir = join(dist, 'data');
  return existsSync(dir) ? files(dir, '/data/').sort() : [];
}

/** Every page path, every stable anchor (path#anchor), every download and every feed the build in `dist` publishes. */
export function publishedUrls(dist: string, pages: readonly SitePage[] = readPages(dist)): Set<string> {
  const urls = new Set<string>();
  for (const p of pages) {
    if (isRedirectPage(p) || p.path === '/404.html') continue;
    urls.add(p.path);
    for (const anchor of stableAnchors(p)) urls.add(`${p.path}#${anchor}`);
  }
  for (const path of downloadPaths(dist)) urls.add(path);
  for (const path of feedPaths(dist)) urls.add(path);
  return urls;
}
