import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { feedPaths } from '../../src/build/site-files.ts';
import { builtPages, DIST, downloadPaths } from './dist.ts';

describe('internal links and anchors of the built site', () => {
  const pages = builtPages();
  const ids = new Map(pages.map((p) => [p.path, new Set(p.root.querySelectorAll('[id]').map((e) => e.id))]));
  // Downloads (/data/*.csv …) are link targets without anchors.
  for (const path of downloadPaths()) ids.set(path, new Set());
  // So are the feeds (/feed.xml, /regions/<region>/feed.xml: docs/feeds.md).
  for (const path of feedPaths(DIST)) ids.set(path, new Set());

  it('resolves every internal link and anchor (0 broken)', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const p of pages) {
      for (const a of p.root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^[a-z]+:/iu.test(href)) continue;
        checked++;
        const [rawPath, anchor] = href.split('#') as [string, string | undefined];
        // A query (/search/?q=…) is the page's state, not another page.
        const path = rawPath === '' ? p.path : rawPath.split('?')[0]!;
        const target = ids.get(path);
        // The finder's fragment is its state (docs/finder.md), not an anchor: its region must have data.
        const finderRegion = path === '/finder/' && anchor?.includes('=') ? new URLSearchParams(anchor).get('r') : null;
        if (finderRegion !== null) {
          if (!existsSync(join(DIST, 'finder', `${finderRegion}.json`)))
            broken.push(`${p.path}: finder link to a region without data ${href}`);
          continue;
        }
        if (!target) broken.push(`${p.path}: link to missing page ${href}`);
        else if (anchor && !target.has(decodeURIComponent(anchor)))
          broken.push(`${p.path}: link to missing anchor ${href}`);
      }
    }
    console.log(`links: ${checked} internal links checked on ${pages.length} pages, ${broken.length} broken`);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length);
  });

  it('requests nothing from other sites (no external scripts, styles, images or frames)', () => {
    const external = pages.flatMap((p) =>
      // A canonical link names the page's own public address; the browser fetches nothing for it.
      p.root
        .querySelectorAll('script[src], link[href]:not([rel="canonical"]), img[src], iframe[src], source[src]')
        .map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '')
        .filter((u) => /^(https?:)?\/\//iu.test(u))
        .map((u) => `${p.path}: ${u}`),
    );
    expect(external).toEqual([]);
  });

  it('marks every page as Chinese and uses unique ids', () => {
    for (const p of pages) {
      expect(p.root.querySelector('html')?.getAttribute('lang'), p.path).toBe('zh-CN');
      const all = p.root.querySelectorAll('[id]').map((e) => e.id);
      expect(
        all.filter((id, i) => all.indexOf(id) !== i),
        `${p.path} repeats ids`,
      ).toEqual([]);
    }
  });
});
