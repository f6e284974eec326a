/**
 * The search index in parts (docs/search.md, "One index or one per province"). One `astro build` of a copy of the
 * real content with SEARCH_INDEX=provinces: one index of the pages of no province in /pagefind/ and one per
 * province in /pagefind/p/<province>/, listed in site-shards.json; then, in Chromium, a region-scoped query merges
 * only its province's index and a query across the country merges every province's, each finding the page the
 * one index finds, with Pagefind's WebAssembly fetched once.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { readCards } from '../../scripts/lib/run-queries.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { cacheDirFor } from '../../src/build/cache-dir.ts';
import type { ShardManifest } from '../../src/lib/search/shards.ts';

let dir = '';
let content = '';
let dist = '';
let build: SpawnSyncReturns<string>;
let server: StaticServer | undefined;
let browser: Browser | undefined;
/** The paths the server answered since the last search. */
let served: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-shards-'));
  content = join(dir, 'content');
  dist = join(dir, 'dist');
  cpSync('content', content, { recursive: true });
  build = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content, SITE_TODAY: '2026-12-01', SEARCH_INDEX: 'provinces' },
    encoding: 'utf8',
    timeout: 500_000,
  });
  if (build.status !== 0) return;
  server = await serveStatic(dist, 0, { onResponse: (path) => served.push(path) });
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDirFor(content), { recursive: true, force: true });
});

/** Searches on a fresh page (cold cache) and returns the result cards' links and the paths it fetched. */
async function search(query: string): Promise<{ cards: string[][]; fetched: string[] }> {
  const context = await browser!.newContext();
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${query}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${query}: ${e.message}`));
  served = [];
  await page.goto(`${server!.origin}/search/?${query}`);
  await page.waitForSelector('site-search[data-state="done"]');
  const cards = await readCards(page);
  const fetched = [...served];
  await context.close();
  return { cards, fetched };
}
const provincesFetched = (fetched: string[]) =>
  [...new Set(fetched.map((p) => /^\/pagefind\/p\/([^/]+)\//u.exec(p)?.[1]).filter(Boolean))].sort();

describe('a build with SEARCH_INDEX=provinces', () => {
  it('builds without a warning and says how it split the index', () => {
    expect(build.stderr).not.toMatch(/warn/iu);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toMatch(
      /46 pages indexed, 27 list items folded .*the pages of no province and 5 indexes, one per province/u,
    );
  });

  it('writes one index per province, listed for the search page, without the scripts and WebAssembly it never fetches', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'pagefind', 'site-shards.json'), 'utf8')) as ShardManifest;
    expect(manifest.parts.map((p) => p.path).sort()).toEqual(
      ['gansu', 'hubei', 'jiangsu', 'ningxia', 'yunnan'].map((s) => `/pagefind/p/${s}/`),
    );
    expect(manifest.parts.find((p) => p.path === '/pagefind/p/hubei/')?.provinces).toEqual(['湖北省']);
    const hubei = readdirSync(join(dist, 'pagefind', 'p', 'hubei'));
    expect(hubei.filter((f) => /\.(js|css|pagefind)$/u.test(f))).toEqual([]);
    expect(hubei).toContain('pagefind-entry.json');
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('merges only the province of a region filter, and finds the same item', async () => {
    const { cards, fetched } = await search('q=尊老金&region=大冶市');
    expect(cards[0]).toContain('/lists/daye-jiben-yanglao-qingdan/item-3/');
    expect(provincesFetched(fetched)).toEqual(['hubei']);
    expect(fetched.filter((p) => p.endsWith('.pagefind'))).toHaveLength(1);
  });

  it('merges only the province of a place the query names', async () => {
    const { cards, fetched } = await search(`q=${encodeURIComponent('保山 彩票公益金')}`);
    expect(cards.flat()).toContain('/documents/baoshan-jiben-yanglao-2023/#task-5');
    expect(provincesFetched(fetched)).toEqual(['yunnan']);
  });

  it('merges every province for a query across the country, with one WebAssembly', async () => {
    const { cards, fetched } = await search('q=尊老金');
    expect(cards.slice(0, 5).flat()).toContain('/lists/daye-jiben-yanglao-qingdan/item-3/');
    expect(provincesFetched(fetched)).toEqual(['gansu', 'hubei', 'jiangsu', 'ningxia', 'yunnan']);
    expect(fetched.filter((p) => p.endsWith('.pagefind'))).toEqual(['/pagefind/wasm.unknown.pagefind']);
  });

  it('logs no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
