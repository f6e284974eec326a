/**
 * The accessibility gate (docs/quality.md): axe-core in Chromium on every page of the sitemap, at a
 * phone's width and at a desktop's, for WCAG 2.0, 2.1 and 2.2 levels A and AA — zero violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../../src/lib/reading/prefs.ts';
import { builtSiteInChromium } from '../built-site.ts';
import { sitemapPaths, TEMPLATES } from './pages.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const site = builtSiteInChromium();

/** axe's violations on the page as it is now, one line per rule with the first elements it names. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no inline scripts) does not apply to it.
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: Document,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join(' | ')}${v.nodes.length > 4 ? ` … ${v.nodes.length} in all` : ''}`,
    );
  }, WCAG);
}

/** axe on `path` at `width`, with reading preferences stored first (docs/accessibility.md). */
async function audit(path: string, width: number, prefs?: object): Promise<string[]> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  if (prefs)
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [STORAGE_KEY, JSON.stringify(prefs)],
    );
  try {
    await page.goto(`${site.origin}${path}`);
    // Let the search and finder pages show their results first.
    if (path.includes('?q=')) await page.waitForSelector('.search-result');
    if (path.includes('#r=')) await page.waitForSelector('entitlement-finder[data-state="done"]');
    // At the largest sizes on a phone the links fold behind 菜单: audit them unfolded.
    const menu = page.locator('[data-menu-toggle]');
    if (await menu.isVisible()) await menu.click();
    return await violations(page);
  } finally {
    await context.close();
  }
}

describe('axe-core, WCAG 2.0/2.1/2.2 A and AA, on a phone (390 px)', () => {
  it.each(sitemapPaths())('%s', async (path) => {
    expect(await audit(path, 390)).toEqual([]);
  });
});

describe('axe-core on each template on a desktop (1280 px), results shown', () => {
  it.each(TEMPLATES)('%s', async (path) => {
    expect(await audit(path, 1280)).toEqual([]);
  });
});

describe('axe-core on each template at 超大 with 高对比度, and with 菜单 open', () => {
  it.each(TEMPLATES)('%s', async (path) => {
    expect(await audit(path, 390, { size: 'xx-large', contrast: 'high' })).toEqual([]);
  });
});

describe('the gate itself', () => {
  it('reports what it should: a planted image without alt text and pale text', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<img src="data:," width="10" height="10"><p class="planted">浅色文字</p>');
      (main.querySelector('.planted') as HTMLElement).style.color = '#bbb';
    });
    const found = await violations(page);
    await context.close();
    expect(found.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  });
});
