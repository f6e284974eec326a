/**
 * A feed of the change log (docs/feeds.md) as @astrojs/rss takes it: RSS 2.0, one item per event, its link the
 * absolute address of the page it concerns, its date the event's day from the content, its guid the event's
 * stable id (not a permalink: src/lib/changes/id.ts). Nothing in it depends on when the site was built.
 */
import type { RSSOptions } from '@astrojs/rss';
import type { ChangeEvent, ChangeKind } from './events.ts';
import { eventId } from './id.ts';

export interface FeedSpec {
  title: string;
  description: string;
  /** The site's address (SITE_URL); a feed needs absolute links, so there is none without it. */
  site: string | URL;
  /** The page the feed is about (the home page, a region page): the channel's link. */
  pagePath: string;
  /** The feed's own path, for its rel="self" link. */
  feedPath: string;
  events: readonly ChangeEvent[];
}

/**
 * The site's feed holds the newest changes only, as feeds do (readers keep what they have seen): at the scale of
 * the whole country (~10,000 documents) a complete one would be megabytes fetched at every poll. The region
 * feeds and /changes/ are complete.
 */
export const SITE_FEED_ITEMS = 100;

const CATEGORY: Record<ChangeKind, string> = { document: '新收录', version: '新版本', status: '状态变化' };

const attribute = (s: string) => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/**
 * An event's day as a moment: noon UTC, which keeps the calendar day in every time zone from UTC−11 to UTC+11
 * (20:00 in China), so no reader shows the day before or after the one the content gives.
 */
export const eventMoment = (date: string): Date => new Date(`${date}T12:00:00Z`);

/** The options of one feed for @astrojs/rss. */
export async function feedOptions(spec: FeedSpec): Promise<RSSOptions> {
  const absolute = (path: string) => new URL(path, spec.site).href;
  return {
    title: spec.title,
    description: spec.description,
    site: absolute(spec.pagePath),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-CN</language><atom:link href="${attribute(absolute(spec.feedPath))}" rel="self" type="application/rss+xml"/>`,
    items: await Promise.all(
      spec.events.map(async (e) => ({
        title: `${e.label}：${e.regionName}《${e.documentTitle}》`,
        link: absolute(e.path),
        pubDate: eventMoment(e.date),
        description: e.sentence,
        categories: [CATEGORY[e.kind], e.regionName],
        customData: `<guid isPermaLink="false">${await eventId(e.key)}</guid>`,
      })),
    ),
  };
}
