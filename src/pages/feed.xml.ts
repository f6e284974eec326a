/**
 * /feed.xml: the whole site's change log as RSS 2.0 (docs/feeds.md). A feed needs absolute links: a build
 * without SITE_URL names no address of its own (docs/quality.md), so it writes no feed — an empty body is
 * Astro's way of writing no file for an endpoint.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { changes } from '../data/changes.ts';
import { feedOptions, SITE_FEED_ITEMS } from '../lib/changes/feed.ts';
import { feedUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) return new Response(null);
  const { events } = await changes();
  return rss(
    await feedOptions({
      title: '养老政策通 更新记录',
      description: '养老政策通新收录的政策文件、文件的新版本和状态变化（施行、失效、废止），日期取自内容本身。',
      site,
      pagePath: '/',
      feedPath: feedUrl(),
      events: events.slice(0, SITE_FEED_ITEMS),
    }),
  );
};
