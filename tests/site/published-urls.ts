import { builtPages, DIST, downloadPaths, isRedirectPage, stableAnchors } from './dist.ts';

/** Every page path, every stable anchor (path#anchor) and every download the build publishes. */
export function publishedUrls(dist: string = DIST): Set<string> {
  const urls = new Set<string>();
  for (const p of builtPages(dist)) {
    if (isRedirectPage(p) || p.path === '/404.html') continue;
    urls.add(p.path);
    for (const anchor of stableAnchors(p)) urls.add(`${p.path}#${anchor}`);
  }
  for (const path of downloadPaths(dist)) urls.add(path);
  return urls;
}
