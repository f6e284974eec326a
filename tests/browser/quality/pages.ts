/** The pages the quality gates visit: every page of the sitemap, and one of each template with its interactive states. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, requireSiteUrlBuild } from '../../site/dist.ts';
import { TEMPLATE_PAGES } from '../reading/templates.ts';

/** Every page the sitemap lists, as site paths, plus the 404 page (which it leaves out). */
export function sitemapPaths(): string[] {
  requireSiteUrlBuild();
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname);
  if (paths.length === 0) throw new Error('dist/sitemap.xml lists no pages: build the site first (npm test does)');
  return [...paths, '/404.html'];
}

/**
 * One page of each template (tests/browser/reading/templates.ts), the search and finder pages also with a query or
 * answers so that results are shown, the list whose items its source lacks, and the 404 page.
 */
export const TEMPLATES = [
  ...TEMPLATE_PAGES,
  '/search/?q=高龄津贴',
  '/finder/#r=daye&age=82&hukou=local&home=urban&econ=低收入',
  '/lists/baoshan-jiben-yanglao-qingdan/',
  '/404.html',
];
