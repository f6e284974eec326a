/**
 * Every page reads without JavaScript (docs/quality.md): the title, every verbatim text and nearly all
 * of the main text are there and visible with scripts off, at the large default text size. Only the
 * search results and the finder's grouping need scripts; their pages show a form and the full list.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../built-site.ts';
import { TEMPLATES } from './pages.ts';

const site = builtSiteInChromium();

async function read(browser: Browser, url: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const result = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const visible = (el: Element) =>
      (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    return {
      text: main.innerText,
      h1: visible(document.querySelector('h1')!),
      verbatim: [...main.querySelectorAll('[data-verbatim]')]
        .map((e) => (e as HTMLElement).innerText.trim())
        .filter(Boolean),
      bodySize: parseFloat(getComputedStyle(document.body).fontSize),
      smallestText: Math.min(
        ...[...main.querySelectorAll('p, li, td, th, dd, dt, blockquote')].map((e) =>
          parseFloat(getComputedStyle(e).fontSize),
        ),
      ),
    };
  });
  await context.close();
  return result;
}

describe('without JavaScript', () => {
  const paths = TEMPLATES.filter((p) => !p.includes('?') && !p.includes('#'));
  it.each(paths)('%s shows its title, text and verbatim source, 20 px base text and none under 18 px', async (path) => {
    const url = `${site.origin}${path}`;
    const on = await read(site.browser, url, true);
    const off = await read(site.browser, url, false);
    expect(off.h1).toBe(true);
    expect(off.bodySize).toBeGreaterThanOrEqual(20);
    expect(off.smallestText, 'no paragraph, list or table text under 18 px').toBeGreaterThanOrEqual(18);
    for (const text of on.verbatim) expect(off.text, 'a verbatim text hidden without JavaScript').toContain(text);
    // The search page's results and the finder's questions and results are the only text scripts add; without
    // scripts the finder links to a page per region with every item and its conditions (a template of its own here).
    const share = path === '/search/' || path === '/finder/' ? 0.5 : 0.9;
    expect(off.text.length, 'main text with scripts off, against on').toBeGreaterThanOrEqual(share * on.text.length);
  });
});
