/**
 * The feeds and the change log of the built site (docs/feeds.md): /feed.xml and every region's feed, read by a
 * real feed parser, hold one item per change the content records, dated by the content, linking to built pages
 * at absolute addresses, with ids that depend on the content alone; /changes/ lists the same; pages announce
 * the feeds; document and region pages show each source's 收录日期 and 最后核对.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { SITE_FEED_ITEMS } from '../../src/lib/changes/feed.ts';
import { eventId } from '../../src/lib/changes/id.ts';
import { displayDate } from '../../src/lib/labels.ts';
import { documentUrl, feedUrl, regionFeedUrl, regionUrl } from '../../src/lib/urls.ts';
import { readContent } from '../../src/model/read.ts';
import { builtPages, DIST, page, requireSiteUrlBuild, TEST_SITE_URL } from './dist.ts';

requireSiteUrlBuild();
const abs = (path: string) => new URL(path, TEST_SITE_URL).href;
/** A feed as the parser reads it. */
type Feed = ReturnType<typeof parseFeed>;
const feed = (path: string): Feed => parseFeed(readFileSync(join(DIST, path), 'utf8'));
const content = readContent('content');
const sources = content.sources.rows!;
const documents = content.documents.entries.map((e) => ({
  slug: e.file.id,
  ...(e.data as { title: string; region: string }),
}));
const regions = content.regions.files.map((f) => f.id);
const day = (d: Date | null) => d?.toISOString().slice(0, 10);

describe('the site’s feed', () => {
  const whole = feed(feedUrl());

  it('is RSS with its own address, the home page and the language', () => {
    expect(whole.meta.type).toBe('rss');
    expect(whole.self).toBe(abs(feedUrl()));
    expect(whole.url).toBe(abs('/'));
    expect(whole.language).toBe('zh-CN');
  });

  it('has one item per document, on the day its source was added, linking to its page at an absolute address', async () => {
    expect(whole.items).toHaveLength(Math.min(documents.length, SITE_FEED_ITEMS));
    for (const source of sources) {
      const item = whole.items.find((i) => i.url === abs(documentUrl(source.document)));
      expect(item, source.document).toBeDefined();
      expect(day(item!.published), source.document).toBe(source.added);
      expect(item!.id).toBe(await eventId(`documents/${source.document}/added`));
      expect(item!.title).toContain(documents.find((d) => d.slug === source.document)!.title);
    }
    expect(new Set(whole.items.map((i) => i.id)).size).toBe(whole.items.length);
  });

  it('lists newest first and links only to built pages', () => {
    const days = whole.items.map((i) => day(i.published)!);
    expect(days).toEqual([...days].sort().reverse());
    const built = new Set(builtPages().map((p) => abs(p.path)));
    expect(whole.items.filter((i) => !built.has(i.url!)).map((i) => i.url)).toEqual([]);
  });
});

describe('a feed per region', () => {
  it('exists for every region and holds exactly its own documents’ items', () => {
    for (const region of regions) {
      const f = feed(regionFeedUrl(region));
      expect(f.self, region).toBe(abs(regionFeedUrl(region)));
      expect(f.url, region).toBe(abs(regionUrl(region)));
      const own = documents.filter((d) => d.region === region).map((d) => abs(documentUrl(d.slug)));
      expect(f.items.map((i) => i.url).sort(), region).toEqual(own.sort());
    }
    expect(feed(regionFeedUrl('daye')).items).toHaveLength(1);
    expect(feed(regionFeedUrl('hubei')).items).toEqual([]);
  });

  it('gives an item the same id as in the site’s feed', () => {
    const ids = new Map(feed(feedUrl()).items.map((i) => [i.url, i.id]));
    for (const region of regions)
      for (const item of feed(regionFeedUrl(region)).items) expect(item.id).toBe(ids.get(item.url));
  });
});

describe('pages', () => {
  const alternates = (path: string) =>
    page(path)
      .root.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
      .map((l) => l.getAttribute('href'));

  it('announce the feeds: home and /changes/ the site’s, a region page its own first', () => {
    expect(alternates('/')).toEqual([feedUrl()]);
    expect(alternates('/changes/')).toEqual([feedUrl()]);
    for (const region of regions) expect(alternates(regionUrl(region))).toEqual([regionFeedUrl(region), feedUrl()]);
    for (const href of [feedUrl(), ...regions.map(regionFeedUrl)])
      expect(existsSync(join(DIST, href)), href).toBe(true);
  });

  it('/changes/ lists the feed’s items in its order, by month, with their days, readable without JavaScript', () => {
    const changes = page('/changes/');
    // The months' events; the rows by province after them link to each province's 更新记录.
    const items = changes.root.querySelectorAll('main section[aria-labelledby^="month-"] li');
    expect(items.map((li) => abs(li.querySelector('a')!.getAttribute('href')!))).toEqual(
      feed(feedUrl()).items.map((i) => i.url),
    );
    expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(
      feed(feedUrl()).items.map((i) => day(i.published)),
    );
    expect(changes.root.querySelectorAll('main h2[id^="month-"]').map((h) => h.textContent)).toEqual(['2026年11月']);
    expect(page('/').root.querySelector('footer a[href="/changes/"]')?.textContent).toBe('更新记录');
  });

  it('show each source’s 收录日期 and 最后核对: the document page in its facts, the region page per document', () => {
    for (const s of sources) {
      const facts = page(documentUrl(s.document))
        .root.querySelectorAll('.meta > dt, .meta > dd')
        .map((e) => e.textContent);
      expect(facts[facts.indexOf('收录日期') + 1], s.document).toBe(displayDate(s.added));
      expect(facts[facts.indexOf('最后核对') + 1], s.document).toContain(displayDate(s.checked));
      expect(page(regionUrl(s.region)).root.textContent).toContain(
        `收录日期：${displayDate(s.added)}；最后核对：${displayDate(s.checked)}`,
      );
    }
  });
});
