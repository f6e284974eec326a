/**
 * The finder in Chromium, end to end for three realistic profiles: answer the questions, read the three
 * groups with their reasons, reload the shared URL, print. The region chosen by province, then region. And the page
 * without JavaScript, through the province's page.
 */
import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../built-site.ts';
import type { Page } from 'playwright-core';

const site = builtSiteInChromium();
const requests: string[] = [];
/** Any request that is not a plain GET without a body. */
const bodies: string[] = [];

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 400, height: 900 } });
  const page = await context.newPage();
  page.on('request', (r) => {
    requests.push(r.url());
    if (r.method() !== 'GET' || r.postData() !== null) bodies.push(`${r.method()} ${r.url()}`);
  });
  await page.goto(`${site.origin}${path}`);
  return page;
}

interface Answers {
  age?: string;
  radios: string[];
  family?: string[];
}

async function answer(page: Page, a: Answers): Promise<void> {
  // 湖北省 is the only province with a region to answer: it is chosen, and its regions are in the second list.
  await page.getByRole('combobox', { name: '地区', exact: true }).selectOption({ label: '大冶市' });
  if (a.age) await page.getByRole('spinbutton', { name: /今年多少岁/u }).fill(a.age);
  for (const label of a.radios) await page.getByRole('radio', { name: label, exact: true }).check();
  for (const f of a.family ?? []) await page.getByRole('checkbox', { name: f, exact: true }).check();
  await page.getByRole('button', { name: '查看结果' }).click();
  await page.waitForSelector('entitlement-finder[data-state="done"]');
}

const group = (page: Page, id: string) => page.locator(`section[aria-labelledby="group-${id}"] .finder-item`);
const names = async (page: Page, id: string) => group(page, id).locator('h3').allTextContents();

const PROFILES: Array<{
  name: string;
  answers: Answers;
  met: string[];
  unknown: string[];
  unmet: string[];
  reason: [string, string];
}> = [
  {
    name: '82 岁，本市户籍，常住城区，城镇低收入家庭',
    answers: { age: '82', radios: ['本市户籍', '住在城区的自己家里', '低收入家庭'] },
    met: ['高龄津贴', '养老服务补贴', '老年人意外伤害险'],
    unknown: ['互联网+养老平台服务'],
    unmet: ['分散特困供养'],
    reason: ['高龄津贴', '✓ 符合：年龄：需80周岁及以上；您82岁'],
  },
  {
    name: '62 岁，什么都没选',
    answers: { age: '62', radios: [] },
    met: ['老年教育服务'],
    unknown: ['职工基本养老保险'],
    unmet: ['乘坐城市公共交通工具', '高龄津贴'],
    reason: ['乘坐城市公共交通工具', '✗ 不符合：年龄：需65周岁及以上；您62岁，还差3年'],
  },
  {
    name: '85 岁，农村低保，失能，一级残疾，独居',
    answers: {
      age: '85',
      radios: ['本市户籍', '住在农村的自己家里', '低保家庭', '失能（生活不能自理）', '一级残疾', '都不是'],
      family: ['独居'],
    },
    met: ['养老护理补贴', '困难残疾人生活补贴', '居家探访关爱服务', '家庭适老化改造'],
    unknown: ['重度残疾人护理补贴'],
    unmet: ['老年人意外伤害险'],
    reason: ['重度残疾人护理补贴', '? 待确认：需要问清楚：是否“需要长期照护”，请问市民政局或市残联'],
  },
];

describe.each(PROFILES)('profile: $name', (profile) => {
  it('answers, groups with reasons, the shared URL and the printed page', async () => {
    const page = await open('/finder/');
    await answer(page, profile.answers);
    expect(await names(page, 'met')).toEqual(expect.arrayContaining(profile.met));
    expect(await names(page, 'unknown')).toEqual(expect.arrayContaining(profile.unknown));
    expect(await names(page, 'unmet')).toEqual(expect.arrayContaining(profile.unmet));
    const card = page.locator('.finder-item', { has: page.locator('h3', { hasText: profile.reason[0] }) }).first();
    expect(await card.locator('.finder-reasons li').allTextContents()).toContain(profile.reason[1]);
    expect(await page.textContent('[role="status"]')).toMatch(
      /^大冶市：很可能可以享受 \d+ 项，需要咨询 \d+ 项，可能不符合条件 \d+ 项。$/u,
    );

    // The answers are in the fragment only: the same URL in a new tab shows the same result.
    const url = page.url();
    expect(new URL(url).search).toBe('');
    const status = await page.textContent('[role="status"]');
    const shared = await open(url.replace(site.origin, ''));
    await shared.waitForSelector('entitlement-finder[data-state="done"]');
    expect(await shared.textContent('[role="status"]')).toBe(status);
    expect(await names(shared, 'met')).toEqual(await names(page, 'met'));

    // Printed: the questions and the full list drop out; the results stay in large type.
    await shared.emulateMedia({ media: 'print' });
    expect(await shared.locator('[data-finder-form]').isVisible()).toBe(false);
    expect(await shared.locator('.finder-regions').isVisible()).toBe(false);
    const size = await group(shared, 'met')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(24); // 18pt
  });
});

describe('the finder', () => {
  it('sends the answers nowhere: no request carries them', () => {
    expect(requests.filter((u) => /age=|econ=|%E4%BD%8E/u.test(u))).toEqual([]);
    expect(bodies).toEqual([]);
    expect(requests.filter((u) => u.includes('/finder/daye.json')).length).toBeGreaterThan(0);
  });

  it('names whom to ask department by department (the list prints item 10’s as 市民政局市卫健局)', async () => {
    const page = await open('/finder/#r=daye&age=70');
    await page.waitForSelector('entitlement-finder[data-state="done"]');
    const card = page.locator('.finder-item', { has: page.locator('h3', { hasText: '老年人能力综合评估' }) });
    expect(await card.locator('p').allTextContents()).toContain('找谁：市民政局、市卫健局');
  });

  it('chooses the region by province, then region: the second list comes from the province’s file', async () => {
    const page = await open('/finder/#r=daye');
    await page.waitForSelector('entitlement-finder[data-state="done"]');
    const province = page.getByRole('combobox', { name: '省份', exact: true });
    const region = page.getByRole('combobox', { name: '地区', exact: true });
    expect(await province.inputValue()).toBe('hubei');
    expect(await region.inputValue()).toBe('daye');
    await province.selectOption('');
    await page.waitForFunction(() => document.querySelectorAll('select[name="r"] option').length === 1);
    await province.selectOption({ label: '湖北省' });
    await page.waitForFunction(() => document.querySelector('select[name="r"] option[value="daye"]') !== null);
    expect(await region.locator('optgroup').getAttribute('label')).toBe('黄石市');
    expect(requests.some((u) => u.endsWith('/finder/provinces/hubei.json'))).toBe(true);
  });

  it('without JavaScript leads through the province to a page per region', async () => {
    const page = await open('/finder/', false);
    await page.click('.finder-regions h3 a:has-text("湖北省")');
    await page.waitForURL(/\/finder\/provinces\/hubei\/$/u);
    await page.click('.finder-regions a:has-text("大冶市")');
    await page.waitForURL(/\/finder\/daye\/$/u);
    expect(await page.locator('.finder-all .finder-item').count()).toBe(27);
  });

  it('without JavaScript leads to a page per region that lists every item with its conditions', async () => {
    const page = await open('/finder/', false);
    expect(await page.locator('[data-finder-form]').isVisible()).toBe(false);
    expect(await page.locator('.finder-all').count()).toBe(0);
    await page.click('.finder-regions a:has-text("大冶市")');
    await page.waitForURL(/\/finder\/daye\/$/u);
    expect(await page.locator('.finder-all .finder-item').count()).toBe(27);
    expect(await page.locator('.finder-all').textContent()).toContain('条件：本市户籍；并且80周岁及以上');
    expect(await page.getAttribute('a[href^="/finder/#r="]', 'href')).toBe('/finder/#r=daye');
  });
});
