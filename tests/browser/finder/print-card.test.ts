/**
 * Printed cards in Chromium: an item page prints as one large-type A5 card whose QR code encodes the
 * item's URL; a finder result prints with a QR code of its URL, answers included.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../built-site.ts';
import type { Page } from 'playwright-core';

// Resolved as Node resolves it (the test moved a folder deeper once and a path counted in ../ broke).
const JSQR = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

const site = builtSiteInChromium();

/** A page whose QR codes can be read back: jsQR is added to it (so the site's CSP is bypassed for the test). */
async function open(path: string): Promise<Page> {
  const context = await site.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  return page;
}

/** Reads the first QR code on the page the way a phone would: draws it, scans the pixels. */
async function scanQr(page: Page): Promise<string | null> {
  await page.addScriptTag({ path: JSQR });
  return page.evaluate(async () => {
    const svg = document.querySelector('[data-qr] svg')!;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 400;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 400, 400);
    context.drawImage(image, 0, 0, 400, 400);
    const pixels = context.getImageData(0, 0, 400, 400);
    const jsQR = (
      window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
    ).jsQR;
    return jsQR(pixels.data, 400, 400)?.data ?? null;
  });
}

/** Made ahead of printing (the browser does not wait for scripts when it prints). */
async function printed(page: Page): Promise<void> {
  await page.waitForSelector('[data-qr] svg', { state: 'attached' });
  await page.emulateMedia({ media: 'print' });
}

describe('printed cards', () => {
  it('an item prints as an A5 card in large type, with a QR code of its URL', async () => {
    const url = `${site.origin}/lists/daye-jiben-yanglao-qingdan/item-17/`;
    // A query or fragment in the address does not go into the card: it leads to the canonical URL.
    const page = await open('/lists/daye-jiben-yanglao-qingdan/item-17/?from=list#plain');
    expect(await page.locator('.print-card').isVisible()).toBe(false);
    await printed(page);
    expect(await scanQr(page)).toBe(url);
    expect(await page.locator('.print-card').isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await page.locator('.print-card').textContent()).toContain('每人每月不少于100元');
    const size = await page
      .locator('.print-card dd')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(24); // ≥ 18 pt
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/u.exec(pdf);
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([420, 595]); // A5 in points
    expect(pdf.match(/\/Type\s*\/Page[^s]/gu)?.length).toBe(1);
  });

  it('every 大冶 item fits on one A5 card', async () => {
    const page = await open('/');
    const over: number[] = [];
    for (let n = 1; n <= 27; n++) {
      await page.goto(`${site.origin}/lists/daye-jiben-yanglao-qingdan/item-${n}/`);
      await printed(page);
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      if (pdf.match(/\/Type\s*\/Page[^s]/gu)?.length !== 1) over.push(n);
    }
    expect(over).toEqual([]);
  });

  it('a finder result prints with a QR code of its URL, answers included, and follows changed answers', async () => {
    const page = await open('/finder/#r=daye&age=82&hukou=local&home=urban&econ=%E4%BD%8E%E6%94%B6%E5%85%A5');
    await page.waitForSelector('entitlement-finder[data-state="done"]');
    await page.waitForFunction(() => document.querySelector('[data-qr-url-text]')?.textContent === location.href);
    expect(await scanQr(page)).toBe(page.url());
    await page.getByRole('spinbutton', { name: /今年多少岁/u }).fill('70');
    await page.getByRole('button', { name: '查看结果' }).click();
    await page.waitForFunction(() => document.querySelector('[data-qr-url-text]')?.textContent === location.href);
    expect(page.url()).toContain('age=70');
    expect(await scanQr(page)).toBe(page.url());
    await printed(page);
    expect(await page.locator('.finder-qr').isVisible()).toBe(true);
    expect(await page.locator('.finder-print').isVisible()).toBe(false);
  });
});
