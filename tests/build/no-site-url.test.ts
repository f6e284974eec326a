/**
 * A build without SITE_URL names no address of its own (docs/quality.md): no canonical links, no sitemap.xml,
 * no Sitemap line in robots.txt, no url in the JSON-LD, no feeds and no links to them (a feed needs absolute
 * links: docs/feeds.md), no local address anywhere; it says so in one log line and prints no warning. Runs `astro build` once, on a copy of the content, into a folder of its own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { feedPaths, htmlFiles } from '../../src/build/site-files.ts';

/** Every file under `dir` whose content is text a host serves as is (Pagefind's compressed index aside). */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(html|xml|txt|json|csv|js|css)$|^_(headers|redirects)$/u.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every key at any depth of a JSON value. */
const keys = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap(keys)
    : v && typeof v === 'object'
      ? Object.entries(v).flatMap(([k, x]) => [k, ...keys(x)])
      : [];

it('without SITE_URL, the built site names no address of its own, and the log says so once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'no-site-url-'));
  try {
    cpSync('content', join(dir, 'content'), { recursive: true });
    const out = join(dir, 'dist');
    const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: join(dir, 'content') };
    delete env.SITE_URL;
    const run = spawnSync('npx', ['astro', 'build', '--outDir', out], { env, encoding: 'utf8', timeout: 240_000 });
    const log = `${run.stdout}${run.stderr}`;
    expect(run.status, log).toBe(0);
    expect(log.match(/SITE_URL is not set/gu)).toHaveLength(1);
    expect(log).not.toMatch(/\[WARN\]|warning/iu);

    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false);
    expect(feedPaths(out)).toEqual([]);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');

    const pages = htmlFiles(out).map((file) => ({ file, root: parse(readFileSync(file, 'utf8')) }));
    expect(pages.length).toBeGreaterThan(70);
    expect(pages.filter((p) => p.root.querySelector('link[rel="canonical"]')).map((p) => p.file)).toEqual([]);
    expect(pages.filter((p) => p.root.querySelector('link[rel="alternate"]')).map((p) => p.file)).toEqual([]);
    // The change log is there all the same, without a subscription link.
    const changes = pages.find((p) => p.file === join(out, 'changes', 'index.html'))!;
    expect(changes.root.querySelectorAll('main section[aria-labelledby^="month-"] li a').length).toBe(5);
    expect(changes.root.querySelector('a[href$="feed.xml"]')).toBeNull();
    const ld = pages.flatMap((p) =>
      p.root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as unknown),
    );
    // The structured data is all still there (5 documents, 27 items), only without its addresses.
    expect(ld).toHaveLength(32);
    expect(ld.every((d) => typeof (d as { name?: unknown }).name === 'string')).toBe(true);
    expect(keys(ld).filter((k) => k === 'url' || k === '@id')).toEqual([]);

    const local = textFiles(out).filter((f) => /127\.0\.0\.1|localhost/u.test(readFileSync(f, 'utf8')));
    expect(local).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
