/** The pages the quality gates visit: every page of the sitemap, and one of each template with its interactive states. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../site/dist.ts';

/** Every page the sitemap lists, as site paths, plus the 404 page (which it leaves out). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname);
  if (paths.length === 0) throw new Error('dist/sitemap.xml lists no pages: build the site first (npm test does)');
  return [...paths, '/404.html'];
}

/** One page of each template; the search and finder pages also with a query or answers, so results are shown. */
export const TEMPLATES = [
  '/',
  '/regions/',
  '/regions/daye/',
  '/documents/nantong-jiben-yanglao-zhengqiuyijian/',
  '/lists/daye-jiben-yanglao-qingdan/',
  '/lists/daye-jiben-yanglao-qingdan/item-2/',
  '/lists/baoshan-jiben-yanglao-qingdan/',
  '/search/',
  '/search/?q=高龄津贴',
  '/finder/',
  '/finder/#r=daye&age=82&hukou=local&home=urban&econ=低收入',
  '/glossary/',
  '/compare/',
  '/compare/topics/jingfei-baozhang/',
  '/compare/commitments/',
  '/compare/services/',
  '/compare/basis/',
  '/data/',
  '/404.html',
] as const;
