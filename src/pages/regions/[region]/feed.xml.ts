/**
 * /regions/<region>/feed.xml: one region's change log as RSS 2.0 — its own documents (docs/feeds.md). Written
 * for every region, with or without events, and only when the build has SITE_URL (a feed needs absolute links).
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog, type Region } from '../../../data/catalog.ts';
import { changes } from '../../../data/changes.ts';
import { feedOptions } from '../../../lib/changes/feed.ts';
import { regionFeedUrl, regionUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.SITE) return [];
  const { regions } = await catalog();
  return regions.map((region) => ({ params: { region: region.id }, props: { region } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { region } = props as { region: Region };
  const { byRegion } = await changes();
  return rss(
    await feedOptions({
      title: `养老政策通 · ${region.data.name} 更新记录`,
      description: `${region.data.name}的政策文件在养老政策通的更新：新收录的文件、新版本和状态变化，日期取自内容本身。`,
      site: site!,
      pagePath: regionUrl(region.id),
      feedPath: regionFeedUrl(region.id),
      events: byRegion.get(region.id) ?? [],
    }),
  );
};
