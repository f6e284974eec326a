/** Reading the built site (dist/) for the site checks. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { htmlFiles, pagePath } from '../../src/build/site-files.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export interface BuiltPage {
  /** The URL path, e.g. /documents/x/ (404.html stays /404.html). */
  path: string;
  html: string;
  root: HTMLElement;
}

const files = new Map<string, BuiltPage[]>();

/** Every HTML file of `dist` (the site's dist/ unless a test built another), forwarding pages included. */
function htmlPages(dist: string): BuiltPage[] {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: the site checks need a build first (npm test builds it)`);
  if (!files.has(dist))
    files.set(
      dist,
      htmlFiles(dist)
        .sort()
        .map((file) => {
          const path = pagePath(dist, file);
          const html = readFileSync(file, 'utf8');
          return { path, html, root: parse(html) };
        }),
    );
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

/** Is this page a redirect stub (Astro writes a meta refresh page for each redirect)? */
export function isRedirectPage(p: BuiltPage): boolean {
  return /<meta http-equiv="refresh"/iu.test(p.html);
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

/** Stable anchors of a page: elements marked as anchored sections, tasks and attachments. */
export function stableAnchors(p: BuiltPage): string[] {
  return p.root.querySelectorAll('.anchored[id]').map((el) => el.id);
}

/** The downloads the build publishes (dist/data/ files other than pages), as URL paths: /data/items.csv … */
export function downloadPaths(dist: string = DIST): string[] {
  const dir = join(dist, 'data');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => !n.endsWith('.html') && !statSync(join(dir, n)).isDirectory())
    .sort()
    .map((n) => `/data/${n}`);
}

/** A download's bytes as text (the BOM kept). */
export function download(path: string, dist: string = DIST): string {
  return readFileSync(join(dist, path), 'utf8');
}
