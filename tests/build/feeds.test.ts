/**
 * The feeds of a second build (docs/feeds.md). One `astro build` of a copy of the content with two more
 * documents made by the real ingestion from test fixtures (never published: tests/fixtures/ingest/) — one that
 * took effect and whose validity has ended, one whose validity ends after the build date — at another address
 * (SITE_URL) and with a fixed build date (SITE_TODAY). Against the site's own build (dist/, npm run build:test):
 * the same documents have items with the same ids and days, only their links move to the other address; the new
 * documents' changes carry the days of their content, and a change dated after the build date is left out.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toYaml } from '../../scripts/ingest/emit.ts';
import { ingestText } from '../../scripts/ingest/index.ts';
import { publishedUrls } from '../../scripts/lib/published-urls.ts';
import { cacheDirFor } from '../../src/build/cache-dir.ts';
import { diffManifest, parseManifest } from '../../src/build/manifest.ts';
import { readRedirects } from '../../src/build/redirects.ts';
import { eventId } from '../../src/lib/changes/id.ts';
import { documentUrl, feedUrl, regionFeedUrl } from '../../src/lib/urls.ts';
import type { SourceEntry } from '../../src/model/site-data.ts';
import { DIST, page, requireSiteUrlBuild, TEST_SITE_URL } from '../site/dist.ts';

const MIRROR = 'https://mirror.test/';
const SITE_TODAY = '2026-12-01';
/** Two fixtures of the parser's tests, as 大冶 documents: their front matter states effect and validity. */
const FIXTURES = [
  // 自2024年1月1日起施行, 有效期至2025年12月31日: 现行有效 on 2024-01-01, 已失效 on 2026-01-01.
  { fixture: 'joint-notice-rules', document: 'daye-feeds-changhu', added: '2026-11-25', checked: '2026-11-30' },
  // 有效期至2026年12月31日, no date of effect: 已失效 on 2027-01-01, after the build date.
  { fixture: 'consultation-notice', document: 'daye-feeds-shilaohua', added: '2026-11-28', checked: '2026-11-28' },
];

let dir = '';
let content = '';
let dist = '';
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  requireSiteUrlBuild();
  dir = mkdtempSync(join(tmpdir(), 'feeds-'));
  content = join(dir, 'content');
  dist = join(dir, 'dist');
  cpSync('content', content, { recursive: true });
  for (const f of FIXTURES) {
    const file = `${f.fixture}.txt`;
    const raw = readFileSync(join('tests', 'fixtures', 'ingest', f.fixture, 'source.txt'));
    writeFileSync(join(content, 'sources', file), raw);
    const entry: SourceEntry = {
      file,
      region: 'daye',
      document: f.document,
      review: 'pending',
      added: f.added,
      checked: f.checked,
    };
    const { files, problems } = ingestText(entry, raw);
    expect(problems).toEqual([]);
    for (const [path, text] of files) writeFileSync(join(content, path), text);
    appendFileSync(join(content, 'sources', 'sources.yaml'), toYaml([entry]));
  }
  build = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content, SITE_URL: MIRROR, SITE_TODAY },
    encoding: 'utf8',
    timeout: 500_000,
  });
}, 600_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDirFor(content), { recursive: true, force: true });
});

/** A feed as the parser reads it. */
type Feed = ReturnType<typeof parseFeed>;
const feed = (root: string, path: string): Feed => parseFeed(readFileSync(join(root, path), 'utf8'));
const day = (d: Date | null) => d?.toISOString().slice(0, 10);
const pathOf = (url: string | null) => new URL(url!).pathname;

describe('a second build, at another address and on another day', () => {
  it('builds without a warning', () => {
    const log = `${build.stdout}${build.stderr}`;
    expect(build.status, log.slice(-3000)).toBe(0);
    expect(log).not.toMatch(/\[WARN\]|warning/iu);
  });

  it('gives the same documents the same ids, days and titles; only the address of the links changes', () => {
    const first = feed(DIST, feedUrl()).items;
    const second = new Map(feed(dist, feedUrl()).items.map((i) => [pathOf(i.url), i]));
    expect(first.length).toBe(5);
    for (const item of first) {
      expect(item.url!.startsWith(TEST_SITE_URL)).toBe(true);
      const again = second.get(pathOf(item.url))!;
      expect(again.url).toBe(new URL(pathOf(item.url), MIRROR).href);
      expect([again.id, day(again.published), again.title]).toEqual([item.id, day(item.published), item.title]);
    }
  });

  it('dates the new documents’ changes by their content and leaves out what comes after the build date', async () => {
    const items = feed(dist, feedUrl()).items.map((i) => [day(i.published), pathOf(i.url), i.title!.split('：')[0]]);
    const [changhu, shilaohua] = FIXTURES.map((f) => documentUrl(f.document));
    expect(items.filter(([, path]) => path === changhu || path === shilaohua)).toEqual([
      ['2026-11-28', shilaohua, '新收录'],
      ['2026-11-25', changhu, '新收录'],
      ['2026-01-01', changhu, '有效期届满，已失效'],
      ['2024-01-01', changhu, '开始试行'],
    ]);
    // Newest first across the whole feed; the seeds' day (2026-11-23) between the new documents' and the older changes.
    const days = items.map(([d]) => d!);
    expect(days).toEqual([...days].sort().reverse());
    const ids = feed(dist, feedUrl()).items.map((i) => i.id);
    expect(ids).toContain(await eventId('documents/daye-feeds-changhu/status/已失效/2026-01-01'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts the region’s own changes in its feed, and lists every change on /changes/ by month', () => {
    const daye = feed(dist, regionFeedUrl('daye')).items.map((i) => pathOf(i.url));
    expect(daye).toEqual([
      documentUrl('daye-feeds-shilaohua'),
      documentUrl('daye-feeds-changhu'),
      documentUrl('daye-jiben-yanglao-songshengao'),
      documentUrl('daye-feeds-changhu'),
      documentUrl('daye-feeds-changhu'),
    ]);
    expect(feed(dist, regionFeedUrl('huangshi')).items).toEqual([]);
    const changes = page('/changes/', dist).root;
    // The months' events; the rows by province after them link to each province's 更新记录.
    expect(changes.querySelectorAll('main h2[id^="month-"]').map((h) => h.textContent)).toEqual([
      '2026年11月',
      '2026年1月',
      '2024年1月',
    ]);
    expect(changes.querySelectorAll('main section[aria-labelledby^="month-"] li').length).toBe(
      feed(dist, feedUrl()).items.length,
    );
  });

  it('shows the new source’s 收录日期 and 最后核对 on its page', () => {
    const facts = page(documentUrl('daye-feeds-changhu'), dist)
      .root.querySelectorAll('.meta > dt, .meta > dd')
      .map((e) => e.textContent);
    expect(facts[facts.indexOf('收录日期') + 1]).toBe('2026年11月25日');
    expect(facts[facts.indexOf('最后核对') + 1]).toContain('2026年11月30日');
  });

  it('publishes every feed the URL manifest lists', () => {
    const manifest = parseManifest(readFileSync('content/url-manifest.txt', 'utf8'));
    expect(manifest).toContain(feedUrl());
    expect(diffManifest(manifest, publishedUrls(dist), readRedirects(content)).removed).toEqual([]);
  });
});
