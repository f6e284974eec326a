/**
 * Reading comfort in Chromium (docs/accessibility.md): 字号 and 高对比度 apply at once, persist and are applied
 * before the first paint on the next page; touch targets and line spacing on every template at each size;
 * contrast in both modes; no console errors or CSP violations; without JavaScript no dead controls.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../../src/lib/reading/prefs.ts';
import { builtSiteInChromium } from '../built-site.ts';
import { DOCUMENT_PAGE, ITEM_PAGE, TEMPLATE_PAGES } from './templates.ts';

const site = builtSiteInChromium();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions and Content-Security-Policy violations, as they happen. */
  problems: string[];
}

/** A fresh browser profile at `path`; `prefs` are stored before the page's first script runs. */
async function open(path: string, options: BrowserContextOptions & { prefs?: object } = {}): Promise<Opened> {
  const { prefs, ...contextOptions } = options;
  const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  if (contextOptions.javaScriptEnabled !== false) {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP ${e.violatedDirective} blocked ${e.blockedURI}`),
      );
    });
  }
  if (prefs) {
    // Only on the first load: later navigations must find what the page itself stored.
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY, JSON.stringify(prefs)],
    );
  }
  await page.goto(`${site.origin}${path}`);
  return { page, problems };
}

const px = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => parseFloat(getComputedStyle(el).getPropertyValue(p)), property);
const pressed = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('aria-pressed')));
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORAGE_KEY);

/** WCAG contrast ratio of two computed colours (rgb()/rgba() strings, opaque). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/gu)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Colours of body text, of a link in the main text, and of the page background. */
const colours = (page: Page) =>
  page.evaluate(() => {
    const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
    return { text: style('main p').color, link: style('main a').color, bg: style('body').backgroundColor };
  });

describe('字号 (text size)', () => {
  it('has four steps, each larger, the largest at least 30 px, changing at once without a reload', async () => {
    const { page, problems } = await open('/');
    const buttons = page.locator('[data-text-size-choice]');
    await expect.poll(() => buttons.first().isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await buttons.allTextContents()).toEqual(['标准', '大', '特大', '超大']);
    expect(await page.getByRole('group', { name: '字号' }).count()).toBe(1);
    expect(await pressed(page, '[data-text-size-choice]')).toEqual(['true', 'false', 'false', 'false']);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    const sizes = [await px(page, 'body', 'font-size')];
    for (let step = 0; step < 4; step++) {
      await buttons.nth(step).click();
      sizes.push(await px(page, 'body', 'font-size'));
      expect(await pressed(page, '[data-text-size-choice]')).toEqual([0, 1, 2, 3].map((i) => String(i === step)));
    }
    expect(sizes[0]).toBe(20);
    expect(sizes[1]).toBe(20); // 标准 again
    for (let i = 2; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]!);
    expect(sizes.at(-1)).toBeGreaterThanOrEqual(30);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(await stored(page)).toEqual({ size: 'xx-large' });
    expect(problems).toEqual([]);
  });

  it('is applied on the next page before its body is parsed, with no layout shift', async () => {
    const { page, problems } = await open('/', { prefs: { size: 'xx-large' } });
    await page.addInitScript(() => {
      const seen: Record<string, unknown> = { shift: 0 };
      Object.assign(window, { seen });
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        seen.readyState = document.readyState;
        seen.size = document.documentElement.getAttribute('data-text-size');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>)
          seen.shift = (seen.shift as number) + entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.origin}${DOCUMENT_PAGE}`);
    await page.waitForLoadState('load');
    const seen = await page.evaluate(() => (window as unknown as { seen: { shift: number } }).seen);
    expect(seen).toMatchObject({ readyState: 'loading', size: 'xx-large' });
    // A size applied after the body reflows the whole page (a shift far above 0.1, the threshold of a good page);
    // on a busy machine a small element may still land a frame late (0.001 was seen), which is not that.
    expect(seen.shift).toBeLessThan(0.01);
    expect(await px(page, 'body', 'font-size')).toBeGreaterThanOrEqual(30);
    expect(await px(page, 'main p', 'font-size')).toBeGreaterThanOrEqual(30);
    expect(await pressed(page, '[data-text-size-choice]')).toEqual(['false', 'false', 'false', 'true']);
    await page.getByRole('button', { name: '标准' }).click();
    expect(await px(page, 'body', 'font-size')).toBe(20);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-text-size'))).toBe(false);
    expect(problems).toEqual([]);
  });
  it('folds the links and the search box behind 菜单 at the largest sizes on a phone, so the title is on the first screen', async () => {
    const { page, problems } = await open(DOCUMENT_PAGE, { prefs: { size: 'xx-large' } });
    const menu = page.getByRole('button', { name: '菜单' });
    const nav = page.getByRole('navigation', { name: '网站导航' });
    const search = page.getByRole('searchbox', { name: '搜索政策和服务' });
    expect(await menu.isVisible()).toBe(true);
    expect(await nav.isVisible()).toBe(false);
    expect(await search.isVisible()).toBe(false);
    expect(await page.locator('h1').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(800);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    expect(await search.isVisible()).toBe(true);
    await menu.click();
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: '标准' }).click();
    expect(await menu.isVisible()).toBe(false);
    expect(await nav.isVisible()).toBe(true);
    expect(problems).toEqual([]);

    const wide = await open(DOCUMENT_PAGE, { prefs: { size: 'xx-large' }, viewport: { width: 1280, height: 800 } });
    expect(await wide.page.getByRole('button', { name: '菜单' }).isVisible()).toBe(false);
    expect(await wide.page.getByRole('navigation', { name: '网站导航' }).isVisible()).toBe(true);
  });
});

describe('高对比度 (high contrast)', () => {
  it('switches at once, persists, and gives at least 7:1 for text and links in both modes', async () => {
    const { page, problems } = await open(DOCUMENT_PAGE);
    const toggle = page.getByRole('button', { name: '高对比度' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const normal = await colours(page);
    expect(contrast(normal.text, normal.bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(normal.link, normal.bg)).toBeGreaterThanOrEqual(7);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const high = await colours(page);
    expect(high.bg).not.toBe(normal.bg);
    expect(contrast(high.text, high.bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(high.link, high.bg)).toBeGreaterThanOrEqual(7);
    expect(await stored(page)).toEqual({ contrast: 'high' });

    await page.goto(`${site.origin}${ITEM_PAGE}`);
    expect((await colours(page)).bg).toBe(high.bg);
    const again = page.getByRole('button', { name: '高对比度' });
    expect(await again.getAttribute('aria-pressed')).toBe('true');
    await again.click();
    expect((await colours(page)).bg).toBe(normal.bg);
    expect(await stored(page)).toEqual({});
    expect(problems).toEqual([]);
  });

  it("follows the system's “more contrast” without JavaScript; with it, the switch can turn it off", async () => {
    const noScript = await open('/', { javaScriptEnabled: false, contrast: 'more' });
    const forced = await colours(noScript.page);
    expect(forced.bg).toBe('rgb(0, 0, 0)');
    expect(contrast(forced.text, forced.bg)).toBeGreaterThanOrEqual(7);

    const { page, problems } = await open('/', { contrast: 'more' });
    const toggle = page.getByRole('button', { name: '高对比度' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect((await colours(page)).bg).toBe('rgb(255, 255, 255)');
    expect(await stored(page)).toEqual({ contrast: 'normal' });
    await page.reload();
    expect((await colours(page)).bg).toBe('rgb(255, 255, 255)');
    expect(problems).toEqual([]);
  });
});

/** Sizes and modes measured on every template; “large mode” is the two largest text sizes. */
const MODES = [
  { name: '标准', prefs: {}, target: 44, axeRules: ['color-contrast'] },
  {
    name: '特大 + 高对比度',
    prefs: { size: 'x-large', contrast: 'high' },
    target: 60,
    axeRules: ['color-contrast-enhanced'],
  },
  { name: '超大', prefs: { size: 'xx-large' }, target: 60, axeRules: ['color-contrast'] },
  {
    name: '超大 + 高对比度',
    prefs: { size: 'xx-large', contrast: 'high' },
    target: 60,
    axeRules: ['color-contrast-enhanced'],
  },
];

describe.each(MODES)('at $name on a 360 px phone', ({ prefs, target, axeRules }) => {
  it.each(TEMPLATE_PAGES)('%s: targets, line spacing, width, contrast, no errors', async (path) => {
    const { page, problems } = await open(path, { prefs });
    const found = await page.evaluate(() => {
      const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true });
      const blockOf = (el: Element) => {
        let block = el.parentElement!;
        while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
        return block;
      };
      const squeeze = (s: string | null) => (s ?? '').replace(/\s+/gu, '');
      const targets: Array<{ what: string; width: number; height: number }> = [];
      for (const el of document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]',
      )) {
        if (!visible(el)) continue;
        // A link inside running text is exempt (WCAG 2.5.8): its block holds more text than the link.
        if (
          el.matches('a') &&
          getComputedStyle(el).display === 'inline' &&
          squeeze(blockOf(el).textContent) !== squeeze(el.textContent)
        )
          continue;
        // A radio button or checkbox is tapped through its label.
        const box = (
          (el.matches('input[type="radio"], input[type="checkbox"]') && el.closest('label')) ||
          el
        ).getBoundingClientRect();
        targets.push({
          what: `${el.tagName.toLowerCase()} “${squeeze(el.textContent).slice(0, 20)}”`,
          width: box.width,
          height: box.height,
        });
      }
      const cramped: string[] = [];
      for (const el of document.body.querySelectorAll('*')) {
        if (el.closest('svg, select') || !visible(el)) continue;
        if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
        const style = getComputedStyle(el);
        const ratio = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
        if (!(ratio >= 1.499))
          cramped.push(
            `${el.tagName.toLowerCase()} “${squeeze(el.textContent).slice(0, 20)}”: line-height ${style.lineHeight} at ${style.fontSize}`,
          );
      }
      return { targets, cramped, scrollWidth: document.documentElement.scrollWidth };
    });
    expect(found.targets.length).toBeGreaterThan(10);
    // Half a pixel for sub-pixel layout.
    expect(found.targets.filter((t) => Math.min(t.width, t.height) < target - 0.5)).toEqual([]);
    expect(found.cramped).toEqual([]);
    expect(found.scrollWidth).toBeLessThanOrEqual(360);

    await page.evaluate(AXE);
    const violations = await page.evaluate(async (rules) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              o: object,
            ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'rule', values: rules } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, axeRules);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it.each(['/', DOCUMENT_PAGE, ITEM_PAGE])(
    '%s shows no controls that could not work, and reads at 20 px or more',
    async (path) => {
      const { page, problems } = await open(path, { javaScriptEnabled: false });
      expect(
        await page.locator('[data-reading-controls]').evaluateAll((els) => els.map((e) => e.checkVisibility())),
      ).toEqual([false, false]);
      expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: /字号|标准|超大|高对比度|朗读/u }).count()).toBe(0);
      expect(await px(page, 'body', 'font-size')).toBeGreaterThanOrEqual(20);
      expect(await px(page, 'main p', 'font-size')).toBeGreaterThanOrEqual(20);
      expect(
        (await px(page, 'main p', 'line-height')) / (await px(page, 'main p', 'font-size')),
      ).toBeGreaterThanOrEqual(1.5);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});
