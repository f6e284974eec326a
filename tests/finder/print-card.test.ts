/**
 * Printed cards in Chromium: an item page prints as one large-type A5 card whose QR code encodes the
 * item's URL; a finder result prints with a QR code of its URL, answers included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { qrSvg } from '../../src/lib/print/qr.ts';
import { DIST } from '../site/dist.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The QR code's drawing (the path data), which the library derives from the encoded text alone. */
const pathsOf = (svg: string) => [...svg.matchAll(/\sd="([^"]+)"/gu)].map((m) => m[1]);

async function printed(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForSelector('[data-qr] svg', { state: 'attached' });
  return page.locator('[data-qr]').first().innerHTML();
}

describe('printed cards', () => {
  it('an item prints as an A5 card in large type, with a QR code of its URL', async () => {
    const page = await browser.newPage();
    const url = `${server.origin}/lists/daye-jiben-yanglao-qingdan/item-17/`;
    // A query or fragment in the address does not go into the card: it leads to the canonical URL.
    await page.goto(`${url}?from=list#plain`);
    expect(await page.locator('.print-card').isVisible()).toBe(false);
    const svg = await printed(page);
    expect(pathsOf(svg)).toEqual(pathsOf(await qrSvg(url)));
    expect(await page.locator('.print-card').isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await page.locator('.print-card').textContent()).toContain('每人每月不少于100元');
    const size = await page.locator('.print-card dd').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(24); // ≥ 18 pt
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/u.exec(pdf);
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([420, 595]); // A5 in points
    expect(pdf.match(/\/Type\s*\/Page[^s]/gu)?.length).toBe(1);
  });

  it('every 大冶 item fits on one A5 card', async () => {
    const page = await browser.newPage();
    const over: number[] = [];
    for (let n = 1; n <= 27; n++) {
      await page.goto(`${server.origin}/lists/daye-jiben-yanglao-qingdan/item-${n}/`);
      await printed(page);
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      if (pdf.match(/\/Type\s*\/Page[^s]/gu)?.length !== 1) over.push(n);
    }
    expect(over).toEqual([]);
  });

  it('a finder result prints with a QR code of its URL, answers included', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/finder/#r=daye&age=82&hukou=local&home=urban&econ=%E4%BD%8E%E6%94%B6%E5%85%A5`);
    await page.waitForSelector('entitlement-finder[data-state="done"]');
    const svg = await printed(page);
    expect(pathsOf(svg)).toEqual(pathsOf(await qrSvg(page.url())));
    expect(await page.locator('.finder-qr').isVisible()).toBe(true);
    expect(await page.locator('[data-qr-url-text]').first().textContent()).toBe(page.url());
  });
});
