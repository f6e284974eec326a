import { getRssString } from '@astrojs/rss';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { changeLog } from './events.ts';
import { eventMoment, feedOptions } from './feed.ts';
import { eventId } from './id.ts';

const events = changeLog({
  documents: [
    { slug: 'daye-a', title: '大冶市某方案', region: 'daye', regionName: '大冶市', added: '2026-11-23' },
    { slug: 'daye-b', title: '大冶市“某”清单 & 说明', region: 'daye', regionName: '大冶市', added: '2026-11-20' },
  ],
  versions: [{ documentSlug: 'daye-a', versionKey: 'final', date: '2026-11-25', title: '正式稿' }],
  asOf: '2026-12-01',
});

const render = async (site: string) =>
  getRssString(
    await feedOptions({
      title: '大冶市 更新记录',
      description: '大冶市的文件',
      site,
      pagePath: '/regions/daye/',
      feedPath: '/regions/daye/feed.xml',
      events,
    }),
  );

describe('a feed of the change log', () => {
  it('is RSS 2.0 a feed parser reads: absolute links, the content’s days, one stable guid per item', async () => {
    const xml = await render('https://yanglao.test/');
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('大冶市 更新记录');
    expect(feed.url).toBe('https://yanglao.test/regions/daye/');
    expect(feed.self).toBe('https://yanglao.test/regions/daye/feed.xml');
    expect(feed.language).toBe('zh-CN');
    expect(feed.items.map((i) => [i.title, i.url, i.published?.toISOString()])).toEqual([
      [
        '新版本：正式稿：大冶市《大冶市某方案》',
        'https://yanglao.test/documents/daye-a/versions/final/',
        '2026-11-25T12:00:00.000Z',
      ],
      ['新收录：大冶市《大冶市某方案》', 'https://yanglao.test/documents/daye-a/', '2026-11-23T12:00:00.000Z'],
      ['新收录：大冶市《大冶市“某”清单 & 说明》', 'https://yanglao.test/documents/daye-b/', '2026-11-20T12:00:00.000Z'],
    ]);
    expect(feed.items.map((i) => i.id)).toEqual(await Promise.all(events.map((e) => eventId(e.key))));
    expect(xml.match(/<guid/gu)).toHaveLength(3);
    expect(xml).not.toContain('isPermaLink="true"');
    expect(feed.items[1]!.categories.map((c) => c.term)).toEqual(['新收录', '大冶市']);
  });

  it('is the same for the same content, and its ids do not depend on the address', async () => {
    expect(await render('https://yanglao.test/')).toBe(await render('https://yanglao.test/'));
    const ids = (xml: string) => parseFeed(xml).items.map((i) => i.id);
    expect(ids(await render('https://mirror.example/'))).toEqual(ids(await render('https://yanglao.test/')));
  });

  it('dates an event at noon UTC: the same calendar day in China and in Europe and America', () => {
    const moment = eventMoment('2026-11-23');
    for (const timeZone of ['Asia/Shanghai', 'UTC', 'Europe/Berlin', 'America/New_York'])
      expect(new Intl.DateTimeFormat('en-CA', { timeZone }).format(moment), timeZone).toBe('2026-11-23');
  });
});
