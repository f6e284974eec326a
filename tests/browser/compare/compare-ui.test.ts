/**
 * The comparison pages in Chromium: usable on a 360 px phone without the page scrolling sideways (tables
 * restack or scroll inside a keyboard-reachable region), and printable on A4 without cut-off columns.
 */
import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../built-site.ts';
import type { Page } from 'playwright-core';
import { builtPages } from '../../site/dist.ts';

const site = builtSiteInChromium();

const COMPARE_PAGES = builtPages()
  .map((p) => p.path)
  .filter((p) => p.startsWith('/compare/') || p === '/data/');

async function open(path: string, width: number): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${site.origin}${path}`);
  return page;
}

describe('on a 360 px phone', () => {
  it.each(COMPARE_PAGES)('%s does not scroll sideways', async (path) => {
    const page = await open(path, 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // A table wider than the screen scrolls inside its own region, which the keyboard can reach; only such
    // regions are tab stops.
    const wide = await page.$$eval('.table-wrap', (els) =>
      els.map((e) => ({ overflows: e.scrollWidth > e.clientWidth, tabStop: e.getAttribute('tabindex') === '0' })),
    );
    expect(wide.filter((w) => w.overflows && !w.tabStop)).toEqual([]);
    await page.close();
  });

  it('shows each commitment row as a block with labelled values', async () => {
    const page = await open('/compare/commitments/', 360);
    const cell = page.locator('#lottery-fund-share ~ .table-wrap td[data-label="数值"]').first();
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"数值："');
    expect(
      await page.locator('#lottery-fund-share ~ .table-wrap').evaluate((e) => e.scrollWidth <= e.clientWidth),
    ).toBe(true);
    await page.close();
  });

  it('lets the keyboard reach and scroll the services matrix', async () => {
    const page = await open('/compare/services/', 360);
    const region = page.locator('.matrix-wrap');
    expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Keyboard scrolling is animated: wait for it rather than read it at once.
    await page.waitForFunction(() => document.querySelector('.matrix-wrap')!.scrollLeft > 0, null, { timeout: 30_000 });
    expect(await region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });
});

// A4 is 794 CSS px wide; Chromium's default print margins (0.4 in each side) leave 718 px for the page.
const A4_PRINTABLE = 718;

describe('printed on A4', () => {
  it.each(['/compare/commitments/', '/compare/services/', '/compare/topics/jingfei-baozhang/', '/data/'])(
    '%s fits the page width',
    async (path) => {
      const page = await open(path, A4_PRINTABLE);
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_PRINTABLE);
      const clipped = await page.$$eval(
        '.table-wrap',
        (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length,
      );
      expect(clipped).toBe(0);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      await page.close();
    },
  );
});
