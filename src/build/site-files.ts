/** The built site on disk: its HTML files, its feeds and the URL path each one is served at. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every .html file under `dir`, at any depth. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** The URL path of a built file: dist/index.html → /, dist/a/b/index.html → /a/b/, dist/404.html → /404.html. */
export const pagePath = (dist: string, file: string): string =>
  `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/u, '');

/** The feeds the build wrote (docs/feeds.md), as URL paths: /feed.xml and /regions/<region>/feed.xml. */
export function feedPaths(dist: string): string[] {
  const regions = join(dist, 'regions');
  const regional = existsSync(regions)
    ? readdirSync(regions, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(regions, e.name, 'feed.xml')))
        .map((e) => `/regions/${e.name}/feed.xml`)
    : [];
  return [...(existsSync(join(dist, 'feed.xml')) ? ['/feed.xml'] : []), ...regional.sort()];
}
