/**
 * New content goes live in one build (docs/content-model.md, docs/urls.md). One `astro build` of a copy of
 * the content that adds
 * - a document and its list made by the real ingestion from a seed's text under new slugs, with their source
 *   marked `review: "pending"` and no tags, commitments, eligibility rules or plain words, and
 * - two redirects, one of them to an anchor,
 * then checks that the content check passes, the pending document and list are published and named as
 * 尚待整理 on the comparison pages, the downloads and the finder, and the old URLs forward.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestText } from '../../scripts/ingest/index.ts';
import { cacheDirFor } from '../../src/build/cache-dir.ts';
import { checkContent } from '../../src/build/checks/index.ts';
import { diffManifest, parseManifest } from '../../src/build/manifest.ts';
import { readRedirects } from '../../src/build/redirects.ts';
import { toYaml } from '../../scripts/ingest/emit.ts';
import type { SourceEntry } from '../../src/model/site-data.ts';
import { builtPages, download, isRedirectPage, page } from '../site/dist.ts';
import { publishedUrls } from '../../scripts/lib/published-urls.ts';

const DOCUMENT = 'daye-pending-test';
const LIST = 'daye-pending-qingdan';
const entry: SourceEntry = {
  file: '001_602c48758aff2cce.txt',
  region: 'daye',
  document: DOCUMENT,
  lists: [{ appendix: '附件2', slug: LIST }],
  review: 'pending',
  added: '2026-11-23',
  checked: '2026-11-23',
};
const REDIRECTS = [
  { from: '/documents/daye-old-slug/', to: `/documents/${DOCUMENT}/`, reason: 'renamed (test)' },
  { from: '/lists/daye-old-qingdan/', to: '/documents/baoshan-jiben-yanglao-2023/#task-7', reason: 'moved (test)' },
];

let dir = '';
let content = '';
let dist = '';
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'new-content-'));
  content = join(dir, 'content');
  dist = join(dir, 'dist');
  cpSync('content', content, { recursive: true });
  const { files, problems } = ingestText(entry, readFileSync(join(content, 'sources', entry.file)));
  expect(problems).toEqual([]);
  for (const [path, text] of files) writeFileSync(join(content, path), text);
  appendFileSync(join(content, 'sources', 'sources.yaml'), toYaml([entry]));
  writeFileSync(join(content, 'redirects.yaml'), toYaml(REDIRECTS));
  build = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
    timeout: 500_000,
  });
}, 600_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  // The build kept its own Astro data store for this folder (src/build/cache-dir.ts): it is of no further use.
  rmSync(cacheDirFor(content), { recursive: true, force: true });
});

const html = (path: string) => page(path, dist).html;
const pendingSection = (path: string) => page(path, dist).root.querySelector('[data-pending]');

describe('a document published before its review', () => {
  it('passes the content check without tags, commitments, eligibility or plain words', () => {
    for (const folder of ['compare/document-tags', 'compare/commitments', 'compare/list-tags', 'eligibility', 'plain'])
      expect(
        existsSync(join(content, folder, `${DOCUMENT}.yaml`)) || existsSync(join(content, folder, `${LIST}.yaml`)),
      ).toBe(false);
    expect(checkContent(content, 'content').errors).toEqual([]);
  });

  it('builds, with its page, its list and their anchors', () => {
    expect(build.status, `${build.stdout}${build.stderr}`.slice(-3000)).toBe(0);
    expect(html(`/documents/${DOCUMENT}/`)).toContain('id="task-1"');
    expect(pendingSection(`/documents/${DOCUMENT}/`)?.textContent).toContain('尚待整理');
    expect(pendingSection(`/lists/${LIST}/`)?.textContent).toContain('尚待整理');
    expect(builtPages(dist).some((p) => p.path === `/lists/${LIST}/item-27/`)).toBe(true);
    expect(html('/regions/daye/')).toContain('尚待整理');
  });

  it('is named as 尚待整理, with links, on the comparison pages, not compared', () => {
    for (const path of ['/compare/', '/compare/commitments/', '/compare/basis/', '/compare/services/']) {
      const links = pendingSection(path)
        ?.querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
      expect(links, path).toContain(`/documents/${DOCUMENT}/`);
    }
    expect(pendingSection('/compare/')!.textContent).toContain('尚待整理');
    expect(
      pendingSection('/compare/services/')!
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href')),
    ).toContain(`/lists/${LIST}/`);
    const quoted = page('/compare/commitments/', dist)
      .root.querySelectorAll('blockquote[data-commitment]')
      .map((q) => q.getAttribute('data-commitment'));
    expect(quoted.filter((q) => q?.startsWith(`${DOCUMENT}#`))).toEqual([]);
    expect(quoted.length).toBeGreaterThan(50);
  });

  it('is listed in the pending download and left out of the others', () => {
    const rows = JSON.parse(download('/data/pending.json', dist)) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.kind, r.document, r.list, r.url])).toEqual([
      ['document', DOCUMENT, '', `/documents/${DOCUMENT}/`],
      ['list', DOCUMENT, LIST, `/lists/${LIST}/`],
    ]);
    expect(download('/data/pending.csv', dist)).toContain(`/lists/${LIST}/`);
    for (const stem of ['commitments', 'items', 'topics']) {
      const others = JSON.parse(download(`/data/${stem}.json`, dist)) as Array<Record<string, string>>;
      expect(others.length, stem).toBeGreaterThan(0);
      expect(others.filter((r) => r.document === DOCUMENT)).toEqual([]);
    }
    expect(pendingSection('/data/')?.textContent).toContain('尚待整理');
  });

  it('is named on the finder, where its list cannot be answered yet', () => {
    const links = pendingSection('/finder/')!
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain(`/lists/${LIST}/`);
    expect(
      pendingSection('/finder/daye/')!
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href')),
    ).toEqual([`/documents/${DOCUMENT}/`, `/lists/${LIST}/`]);
    // The reviewed 大冶 list still answers: its items and only its items.
    expect(JSON.parse(readFileSync(join(dist, 'finder', 'daye.json'), 'utf8')).listUrl).toBe(
      '/lists/daye-jiben-yanglao-qingdan/',
    );
  });

  it('is shown on valid HTML pages', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const naming = builtPages(dist).filter((p) => p.root.querySelector('[data-pending]'));
    expect(naming.length).toBeGreaterThanOrEqual(11);
    const errors: string[] = [];
    for (const p of naming) {
      const report = await validator.validateString(p.html, `dist${p.path}`);
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${p.path}:${m.line} [${m.ruleId}] ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});

describe('redirects', () => {
  it('write a forwarding page with a meta refresh and a canonical link to the target', () => {
    for (const r of REDIRECTS) {
      const stub = page(r.from, dist);
      expect(isRedirectPage(stub), r.from).toBe(true);
      const refresh = stub.root.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content');
      expect(refresh, r.from).toBe(`0;url=${r.to}`);
      // Built without SITE_URL, the canonical link is the path alone (the site names no address of its own).
      const canonical = new URL(
        stub.root.querySelector('link[rel="canonical"]')!.getAttribute('href')!,
        'https://x.invalid',
      );
      expect(canonical.pathname + canonical.hash, r.from).toBe(r.to);
    }
  });

  it('are written to _redirects for static hosts, permanent', () => {
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toBe(
      REDIRECTS.map((r) => `${r.from} ${r.to} 301\n`).join(''),
    );
  });

  it('cover an old URL and its anchors in the manifest, which would otherwise count as removed', () => {
    const old = ['/documents/daye-old-slug/', '/documents/daye-old-slug/#task-1', '/lists/daye-old-qingdan/'];
    const manifest = [...parseManifest(readFileSync('content/url-manifest.txt', 'utf8')), ...old];
    const built = publishedUrls(dist);
    expect(diffManifest(manifest, built, readRedirects(content)).removed).toEqual([]);
    expect(diffManifest(manifest, built, []).removed).toEqual(old);
    expect(diffManifest(manifest, built, readRedirects(content)).danglingRedirects).toEqual([]);
  });
});
