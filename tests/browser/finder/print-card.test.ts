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

  // One test per item, each with its own time limit: 27 PDFs in one test outlast it on a busy machine.
  it.each(Array.from({ length: 27 }, (_, i) => i + 1))('大冶 item %i fits on one A5 card', async (n) => {
    const page = await open(`/lists/daye-jiben-yanglao-qingdan/item-${n}/`);
    await printed(page);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/gu)?.length).toBe(1);
    await page.context().close();
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
    expect(await page.locator('.finder-qr').textContent()).toContain('扫码打开这份结果');
    expect(await page.locator('.finder-print').isVisible()).toBe(false);
  });

  it('when the answers are too long for a QR code, prints one of the region’s page without them, and says so', async () => {
    // ~3 kB after the answers (a crafted or mangled link): more than any QR code holds.
    const page = await open(`/finder/#r=daye&age=82&hukou=local&x=${'x'.repeat(3000)}`);
    await page.waitForSelector('entitlement-finder[data-state="done"]');
    // The browser's own print dialog is replaced by a mark that printing was asked for.
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-test-printed', '');
    });
    await page.getByRole('button', { name: /打印结果/u }).click();
    await page.waitForSelector('html[data-test-printed]', { state: 'attached' });
    const regionPage = `${site.origin}/finder/daye/`;
    expect(await page.textContent('[data-qr-url-text]')).toBe(regionPage);
    expect(await scanQr(page)).toBe(regionPage);
    await printed(page);
    const caption = await page.locator('.finder-qr').textContent();
    expect(caption).toContain('回答太长，二维码装不下');
    expect(caption).toContain('大冶市');
    expect(caption).not.toContain('扫码打开这份结果');
  });
});
