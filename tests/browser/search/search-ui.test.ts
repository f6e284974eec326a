/**
 * The search interface in Chromium: the header box on every template, the URL as the state (shared
 * links, back button), filters, lazy loading, announcements, large text, and a quiet console.
 */
import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../built-site.ts';
import type { Page } from 'playwright-core';
import { builtPages } from '../../site/dist.ts';
import { readCards } from '../../../scripts/lib/run-queries.ts';

const site = builtSiteInChromium();
const consoleErrors: string[] = [];

async function open(path: string): Promise<{ page: Page; requests: string[] }> {
  const page = await site.browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
  await page.goto(`${site.origin}${path}`);
  return { page, requests };
}

const searchDone = (page: Page) => page.waitForSelector('site-search[data-state="done"]', { timeout: 60_000 });

// One page of each template.
const TEMPLATES = [
  '/',
  '/regions/',
  '/regions/daye/',
  '/documents/baoshan-jiben-yanglao-2023/',
  '/lists/daye-jiben-yanglao-qingdan/',
  '/lists/daye-jiben-yanglao-qingdan/item-3/',
  '/search/',
  '/404.html',
  '/compare/',
  '/compare/topics/jingfei-baozhang/',
  '/compare/commitments/',
  '/compare/services/',
  '/compare/basis/',
  '/data/',
];

describe('the header search box', () => {
  it.each(TEMPLATES)('on %s: reached by keyboard, Enter opens the results', async (path) => {
    const { page } = await open(path);
    // Skip link first, then the site name, 高对比度 and 字号, the navigation, then the search box: Tab until it has focus.
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'header-search-q'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');
    await page.keyboard.type('尊老金');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    await searchDone(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('尊老金');
    expect((await readCards(page))[0]?.[0]).toBe('/lists/daye-jiben-yanglao-qingdan/item-3/');
    expect(await page.textContent('[data-search-status]')).toMatch(/^找到 \d+ 个相关页面/u);
    await page.close();
  });
});

describe('the search page', () => {
  it('loads no search code on content pages, and on the search page only once the visitor reaches for it', async () => {
    const content = await open('/documents/ningxia-yanglao-gaozhiliang-2025/');
    expect(content.requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    const search = await open('/search/');
    expect(search.requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await Promise.all([
      search.page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js')),
      search.page.focus('#search-q'),
    ]);
    await content.page.close();
    await search.page.close();
  });

  it('restores query and filters from a shared URL, and every result obeys the filters', async () => {
    const { page } = await open(
      `/search/?q=${encodeURIComponent('补贴')}&region=${encodeURIComponent('大冶市')}&kind=${encodeURIComponent('清单条目')}`,
    );
    await searchDone(page);
    expect(await page.inputValue('#search-q')).toBe('补贴');
    expect(await page.inputValue('#search-region')).toBe('大冶市');
    const cards = await readCards(page);
    expect(cards.length).toBeGreaterThan(3);
    expect(cards.every((c) => c[0]!.startsWith('/lists/daye-jiben-yanglao-qingdan/item-'))).toBe(true);
    expect(await page.$$eval('.search-amount', (els) => els.length)).toBeGreaterThan(0);
    await page.close();
  });

  it('puts a filter change in the history, so the back button returns to the previous results', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('探访')}`);
    await searchDone(page);
    const before = await readCards(page);
    await page.selectOption('#search-region', '保山市');
    await page.waitForFunction(
      () =>
        new URL(location.href).searchParams.get('region') === '保山市' &&
        document.querySelector<HTMLElement>('site-search')?.dataset.state === 'done',
    );
    const filtered = await readCards(page);
    expect(filtered.every((c) => c[0]!.startsWith('/documents/baoshan-') || c[0]!.includes('/baoshan'))).toBe(true);
    await page.goBack();
    await page.waitForFunction(
      () =>
        !new URL(location.href).searchParams.has('region') &&
        document.querySelector<HTMLElement>('site-search')?.dataset.state === 'done',
    );
    expect(await page.inputValue('#search-region')).toBe('');
    expect(await readCards(page)).toEqual(before);
    await page.close();
  });

  it('offers only filter values the index knows', async () => {
    const { page } = await open('/search/');
    const offered = await page.$$eval('.search-filters select', (selects) =>
      Object.fromEntries(
        selects.map((s) => [
          (s as HTMLSelectElement).name,
          [...(s as HTMLSelectElement).options].map((o) => o.value).filter(Boolean),
        ]),
      ),
    );
    // A string, so that Vitest leaves the browser's own import() alone.
    const known = await page.evaluate<Record<string, Record<string, number>>>(
      `import('/pagefind/pagefind.js').then((pf) => pf.filters())`,
    );
    for (const [name, values] of Object.entries(offered)) {
      expect(values.length, name).toBeGreaterThan(0);
      expect(
        values.filter((v) => !(known[name] && v in known[name]!)),
        name,
      ).toEqual([]);
    }
    await page.close();
  });

  it('says so when nothing is found, and lands a policy-text result on its task', async () => {
    const { page } = await open('/search/?q=zzqxv');
    await searchDone(page);
    expect(await page.textContent('[data-search-status]')).toContain('没有找到');
    // A very long query is echoed only by its first 30 characters (src/lib/search/status.ts).
    await page.goto(`${site.origin}/search/?q=${'zzqxv'.repeat(200)}`);
    await searchDone(page);
    expect(await page.textContent('[data-search-status]')).toBe(
      `没有找到与“${'zzqxv'.repeat(6)}…”相关的内容。可以换个说法、用更短的词，或去掉筛选条件。`,
    );
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('保山 彩票公益金')}`);
    await searchDone(page);
    expect(
      await page.textContent('.search-result h2 a >> nth=0'),
      "the task's heading, without the copy-link label",
    ).toBe('5.强化资金保障。');
    await page.click('.search-result h2 a >> nth=0');
    await page.waitForURL(/#task-5$/u);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('task-5');
    await page.close();
  });

  it('stays within a 360 px phone screen at 30 px text', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('高龄津贴')}`);
    await searchDone(page);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '187.5%';
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('everyday questions (src/lib/search/understand.ts)', () => {
  const note = (page: Page) => page.$$eval('[data-search-note] p', (ps) => ps.map((p) => p.textContent ?? ''));

  it('says which policy term it searched for, and links to the typed words', async () => {
    const { page, requests } = await open(`/search/?q=${encodeURIComponent('老人摔伤了有保险吗')}`);
    await searchDone(page);
    expect((await readCards(page))[0]?.[0]).toBe('/lists/daye-jiben-yanglao-qingdan/item-26/');
    const lines = await note(page);
    expect(lines[0]).toBe('按“意外伤害”为您查找（您写的是“摔伤”）。');
    expect(requests.some((u) => u.endsWith('/pagefind/site-vocabulary.json'))).toBe(true);
    // Simplified characters need no conversion table.
    expect(requests.some((u) => u.endsWith('/pagefind/site-t2s.json'))).toBe(false);
    await page.click('[data-search-note] a');
    await page.waitForURL(/literal=1/u);
    await page.waitForFunction(() =>
      document.querySelector<HTMLElement>('site-search')?.dataset.query?.includes('literal=1'),
    );
    await searchDone(page);
    expect(await page.inputValue('#search-q')).toBe('老人摔伤了有保险吗');
    expect((await note(page)).join('')).not.toContain('意外伤害');
    await page.close();
  });

  it('reads a region and an age: filters to the region, narrows the items to the age', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('我妈今年六十二岁在大冶能领什么补贴')}`);
    await searchDone(page);
    const lines = await note(page);
    expect(lines).toContain('只看大冶市的结果。');
    expect(lines.some((l) => l.startsWith('年龄：62 岁。'))).toBe(true);
    const cards = (await readCards(page)).map((c) => c[0]!);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((u) => u.includes('daye'))).toBe(true);
    // 高龄津贴 and 养老服务补贴 are for 80周岁及以上.
    expect(cards).not.toContain('/lists/daye-jiben-yanglao-qingdan/item-3/');
    expect(cards).not.toContain('/lists/daye-jiben-yanglao-qingdan/item-17/');
    // A prefecture's name finds its counties' pages (大冶市 is administered by 黄石市).
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('黄石 高龄津贴')}`);
    await searchDone(page);
    expect((await readCards(page))[0]?.[0]).toBe('/lists/daye-jiben-yanglao-qingdan/item-3/');
    await page.close();
  });

  it('converts traditional characters with the table it fetches only then', async () => {
    const { page, requests } = await open(`/search/?q=${encodeURIComponent('高齡津貼')}`);
    await searchDone(page);
    expect(requests.some((u) => u.endsWith('/pagefind/site-t2s.json'))).toBe(true);
    expect((await readCards(page))[0]?.[0]).toBe('/lists/daye-jiben-yanglao-qingdan/item-3/');
    expect(await note(page)).toContain('按简体字“高龄津贴”为您查找。');
    await page.close();
  });

  it('answers “what does X mean” with the glossary entry', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('老年痴呆是什么意思')}`);
    await searchDone(page);
    expect((await readCards(page))[0]?.[0]).toBe('/glossary/#shizhi');
    await page.close();
  });

  it('leaves no dead end: the finder of the region named, the nearest items, the region list', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('大冶 老人理发')}`);
    await searchDone(page);
    expect(await page.textContent('[data-search-status]')).toContain('没有找到');
    const offers = await page.$$eval('[data-search-help] a', (as) =>
      as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? '']),
    );
    expect(offers).toContainEqual(['/finder/daye/', '大冶市：我能享受哪些服务']);
    expect(offers.filter(([href]) => /^\/lists\/[^/]+\/item-\d+\/$/u.test(href)).length).toBeGreaterThan(0);
    expect(offers.at(-1)).toEqual(['/regions/', '按地区浏览全部政策和清单']);
    await page.close();
  });

  it('offers the mapped term and its glossary entry when even that finds nothing in the region named', async () => {
    // 平凉's text says nothing of 长期护理保险.
    const { page } = await open(`/search/?q=${encodeURIComponent('平凉 护理险')}`);
    await searchDone(page);
    const offers = await page.$$eval('[data-search-help] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(offers).toContain(`/search/?q=${encodeURIComponent('长期护理保险')}`);
    expect(offers).toContain('/glossary/#changqi-huli-baoxian');
    await page.close();
  });

  it('keeps its notes within a 360 px phone screen at 30 px text', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('我妈八十多岁住在大冶，摔伤了有没有保险')}`);
    await searchDone(page);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '187.5%';
    });
    expect((await page.$$('[data-search-note] p')).length).toBeGreaterThan(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('every page', () => {
  // One test per page, each with its own time limit: all pages in one test outlast it on a busy machine.
  it.each(builtPages().map((p) => p.path))('%s loads with no console errors (CSP included)', async (path) => {
    const { page } = await open(path);
    await page.close();
    expect(consoleErrors.filter((e) => e.startsWith(`${path}: `))).toEqual([]);
  });
  it('and no test above logged a console error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
