/**
 * Documents live and end (docs/lifecycle.md). Four synthetic texts (tests/fixtures/lifecycle/, never published) go
 * into a copy of the content through the real ingest CLI — an expiring 试行 plan, measures that end within a year
 * and repeal older ones, those older ones, and rules not in effect yet — and the copy is built for two fixed build
 * dates (SITE_TODAY), never the wall clock: the statuses, banners, JSON-LD, 有效期一览, search filter and downloads
 * follow the date; a SITE_TODAY that is no date stops the build in one line.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/build/cache-dir.ts';
import { dataFileUrl, documentUrl, regionUrl, validityUrl } from '../../src/lib/urls.ts';
import { download, page } from '../site/dist.ts';

const FIXTURES = 'tests/fixtures/lifecycle';
const EXPIRED = 'huangshi-zhucan-shixing';
const EXPIRING = 'huangshi-butie-banfa';
const REPEALED = 'huangshi-butie-jiu';
const FUTURE = 'huangshi-jiating-chuangwei';
const SOURCES = [
  ['expired-plan.txt', EXPIRED],
  ['expiring-measures.txt', EXPIRING],
  ['repealed-measures.txt', REPEALED],
  ['future-rules.txt', FUTURE],
] as const;
/** The build dates: the one `npm test` builds the site for, and one two and a half years before. */
const NOW = '2026-12-01';
const BEFORE = '2024-06-01';

let dir = '';
let content = '';
const dist = (today: string) => join(dir, `dist-${today}`);
const builds = new Map<string, ReturnType<typeof spawnSync>>();

function build(today: string, outDir: string) {
  return spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: content, SITE_TODAY: today },
    encoding: 'utf8',
    timeout: 500_000,
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lifecycle-'));
  content = join(dir, 'content');
  cpSync('content', content, { recursive: true });
  // What an editor runs: one command per received text.
  for (const [file, slug] of SOURCES) {
    const run = spawnSync(
      process.execPath,
      [
        'scripts/ingest.ts',
        '--content',
        content,
        '--file',
        join(FIXTURES, file),
        '--region',
        'huangshi',
        '--document',
        slug,
      ],
      { encoding: 'utf8' },
    );
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  }
  for (const today of [NOW, BEFORE]) builds.set(today, build(today, dist(today)));
}, 1_200_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDirFor(content), { recursive: true, force: true });
});

const at = (today: string, path: string) => page(path, dist(today)).root;
const text = (s: string | undefined) => (s ?? '').replace(/\s+/gu, ' ').trim();
const statusOn = (today: string, slug: string) => ({
  badge: text(at(today, documentUrl(slug)).querySelector('main header .badge')?.textContent),
  since: at(today, documentUrl(slug)).querySelector('[data-status]')?.getAttribute('data-status-since'),
  banner: at(today, documentUrl(slug)).querySelector('[data-status-banner]')?.getAttribute('data-status-banner'),
});
const jsonLd = (today: string, slug: string) =>
  JSON.parse(at(today, documentUrl(slug)).querySelector('script[type="application/ld+json"]')!.textContent) as Record<
    string,
    unknown
  >;

describe('the builds', () => {
  it('succeed quietly, each as of its own date', () => {
    for (const [today, run] of builds) {
      const log = `${String(run.stdout)}${String(run.stderr)}`;
      expect(run.status, log.slice(-3000)).toBe(0);
      expect(log).toContain(`statuses and validity as of ${today}`);
      expect(log).not.toMatch(/\[WARN\]|warning/iu);
    }
  });
});

describe(`on ${NOW}`, () => {
  it('a plan past its end (有效期5年 from 2020-01-01) is 已失效, with a banner in plain words', () => {
    expect(statusOn(NOW, EXPIRED)).toEqual({ badge: '已失效', since: '2025-01-01', banner: '已失效' });
    const root = at(NOW, documentUrl(EXPIRED));
    const banner = text(root.querySelector('[data-status-banner]')?.textContent);
    expect(banner).toContain('这份文件已经失效（2025年1月1日起）。它的有效期到2024年12月31日为止。');
    expect(banner).toContain('可能已经不再适用');
    expect(banner).toContain('民政部门');
    const rows = root
      .querySelectorAll('.meta > dt')
      .map((dt) => [text(dt.textContent), text(dt.nextElementSibling?.textContent)]);
    expect(rows).toContainEqual(['生效日期', '2020年1月1日（原文：“本方案自2020年1月1日起试行，有效期5年。”）']);
    expect(rows).toContainEqual([
      '有效期至',
      '2024年12月31日（按“有效期5年”从生效日期起算）（原文：“本方案自2020年1月1日起试行，有效期5年。”）',
    ]);
    expect(jsonLd(NOW, EXPIRED)).toMatchObject({
      legislationLegalForce: 'https://schema.org/NotInForce',
      legislationDateVersion: NOW,
      legislationDateOfApplicability: '2020-01-01',
      expires: '2024-12-31',
      creativeWorkStatus: '已失效',
    });
  });

  it('a repealed text is 已废止 from the day the repealing one took effect, with a link to it', () => {
    expect(statusOn(NOW, REPEALED)).toEqual({ badge: '已废止', since: '2022-03-01', banner: '已废止' });
    const banner = at(NOW, documentUrl(REPEALED)).querySelector('[data-status-banner]')!;
    expect(banner.querySelector(`a[href="${documentUrl(EXPIRING)}"]`)).not.toBeNull();
    expect(jsonLd(NOW, REPEALED)).toMatchObject({ legislationLegalForce: 'https://schema.org/NotInForce' });
  });

  it('the repealing text is in force, to the end of its validity; rules not in effect yet are 尚未施行', () => {
    expect(statusOn(NOW, EXPIRING)).toEqual({ badge: '现行有效', since: '2022-03-01', banner: undefined });
    expect(jsonLd(NOW, EXPIRING)).toMatchObject({
      legislationLegalForce: 'https://schema.org/InForce',
      expires: '2027-02-28',
    });
    expect(statusOn(NOW, FUTURE)).toMatchObject({ badge: '尚未施行', banner: '尚未施行' });
    expect(text(at(NOW, documentUrl(FUTURE)).querySelector('[data-status-banner]')?.textContent)).toContain(
      '它将于2027年1月1日起施行。',
    );
  });

  it('有效期一览 lists the expired plan and the measures ending within twelve months', () => {
    const root = at(NOW, validityUrl());
    const group = (id: string) =>
      root.querySelectorAll(`[data-validity-group="${id}"] li > a`).map((a) => a.getAttribute('href'));
    expect(group('expired')).toEqual([documentUrl(EXPIRED)]);
    expect(group('expiring')).toEqual([documentUrl(EXPIRING)]);
    expect(group('unstated')).toEqual(expect.arrayContaining([documentUrl(REPEALED), documentUrl(FUTURE)]));
    const expired = root.querySelector('[data-validity-group="expired"] li')!;
    expect(text(expired.querySelector('[data-validity]')?.textContent)).toBe(
      '生效日期：2020年1月1日；有效期至：2024年12月31日（按“有效期5年”从生效日期起算）（原文：“本方案自2020年1月1日起试行，有效期5年。”）',
    );
  });

  it('the region page, the search filter and the downloads carry the same statuses', () => {
    const badges = at(NOW, regionUrl('huangshi'))
      .querySelectorAll('#documents ~ ul li, #documents + ul li')
      .map((li) => [li.querySelector('a')?.getAttribute('href'), text(li.querySelector('.badge')?.textContent)]);
    expect(badges).toEqual(
      expect.arrayContaining([
        [documentUrl(EXPIRED), '已失效'],
        [documentUrl(EXPIRING), '现行有效'],
        [documentUrl(REPEALED), '已废止'],
        [documentUrl(FUTURE), '尚未施行'],
      ]),
    );
    const options = at(NOW, '/search/')
      .querySelectorAll('#search-status option')
      .map((o) => o.getAttribute('value'))
      .filter(Boolean);
    expect(options).toEqual(['现行有效', '尚未施行', '征求意见稿', '送审稿', '已废止', '已失效']);
    const pending = JSON.parse(download(dataFileUrl('pending', 'json'), dist(NOW))) as Array<Record<string, string>>;
    const byDocument = Object.fromEntries(pending.map((r) => [r.document, [r.status, r.statusSince]]));
    expect(byDocument).toEqual({
      [EXPIRED]: ['已失效', '2025-01-01'],
      [EXPIRING]: ['现行有效', '2022-03-01'],
      [REPEALED]: ['已废止', '2022-03-01'],
      [FUTURE]: ['尚未施行', '未注明'],
    });
  });
});

describe(`on ${BEFORE}`, () => {
  it('the same plan is still 试行 and ends within twelve months; the rest as on its day', () => {
    expect(statusOn(BEFORE, EXPIRED)).toEqual({ badge: '试行', since: '2020-01-01', banner: undefined });
    expect(jsonLd(BEFORE, EXPIRED)).toMatchObject({ legislationLegalForce: 'https://schema.org/InForce' });
    expect(statusOn(BEFORE, REPEALED)).toMatchObject({ badge: '已废止', since: '2022-03-01' });
    expect(statusOn(BEFORE, FUTURE).badge).toBe('尚未施行');
    const root = at(BEFORE, validityUrl());
    const group = (id: string) =>
      root.querySelectorAll(`[data-validity-group="${id}"] li > a`).map((a) => a.getAttribute('href'));
    expect(group('expired')).toEqual([]);
    expect(group('expiring')).toEqual([documentUrl(EXPIRED)]);
    expect(group('later')).toEqual([documentUrl(EXPIRING)]);
  });
});

it('a SITE_TODAY that is no calendar day stops the build in one line', () => {
  const run = build('2026-02-30', join(dir, 'dist-bad'));
  const output = `${String(run.stdout)}${String(run.stderr)}`;
  expect(run.status).not.toBe(0);
  expect(output).toContain(
    'SITE_TODAY: "2026-02-30" is not a calendar day — write it as YYYY-MM-DD (e.g. SITE_TODAY=2026-12-01), or leave it unset for the day of the build',
  );
  expect(output).not.toMatch(/^\s+at /mu);
});
