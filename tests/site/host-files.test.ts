/** The built site's canonical links, sitemap.xml, robots.txt, JSON-LD and _headers (docs/quality.md). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/model/read.ts';
import { headersFor, parseHeaders } from '../../src/build/host/host-files.ts';
import { legislationLd } from '../../src/lib/host/structured-data.ts';
import { lifecycleFacts, lifecyclesOf } from '../../src/lib/lifecycle/lifecycle.ts';
import { documentUrl, itemUrl } from '../../src/lib/urls.ts';
import {
  builtPages,
  DIST,
  isRedirectPage,
  page,
  requireSiteUrlBuild,
  TEST_SITE_TODAY,
  TEST_SITE_URL,
  type BuiltPage,
} from './dist.ts';

// npm test builds at a test-only origin (npm run build:test); a build without SITE_URL names none (tests/build/).
requireSiteUrlBuild();
const site = TEST_SITE_URL;
const abs = (path: string) => new URL(path, site).href;
const indexable = () => builtPages().filter((p) => p.path !== '/404.html' && !isRedirectPage(p));
const jsonLd = (p: BuiltPage): unknown[] =>
  p.root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
const cspOf = (p: BuiltPage) =>
  p.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');

describe('canonical links and the sitemap', () => {
  it('gives every page but the 404 page one absolute canonical link to its own address', () => {
    for (const p of indexable()) {
      const links = p.root.querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute('href'));
      expect(links, p.path).toEqual([abs(p.path)]);
    }
    const notFound = page('/404.html');
    expect(notFound.root.querySelector('link[rel="canonical"]')).toBeNull();
    expect(notFound.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('lists exactly the indexable pages in sitemap.xml', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]);
    expect(locs.sort()).toEqual(
      indexable()
        .map((p) => abs(p.path))
        .sort(),
    );
    expect(locs.length).toBeGreaterThan(70);
  });

  it('names the sitemap in robots.txt and blocks nothing', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${abs('/sitemap.xml')}`);
    expect(robots).not.toMatch(/^Disallow:\s*\/\S*/mu);
  });
});

describe('schema.org JSON-LD', () => {
  const content = readContent('content');
  const regions = new Map(content.regions.entries.map(({ file, data }) => [file.id, data]));
  const documents = content.documents.entries.map(({ file, data }) => ({ id: file.id, data }));
  const lists = content.lists.entries.map(({ file, data }) => ({ id: file.id, data }));
  const lifecycles = lifecyclesOf(
    documents.map((d) => lifecycleFacts(d.id, d.data, d.data.region)),
    TEST_SITE_TODAY,
  );

  it('describes each document page as Legislation, with only the facts its front matter states', () => {
    for (const d of documents) {
      const { data } = d;
      const p = page(documentUrl(d.id));
      const [ld, ...more] = jsonLd(p) as Record<string, unknown>[];
      expect(more).toEqual([]);
      const lifecycle = lifecycles.get(d.id)!;
      expect(ld).toEqual(
        legislationLd({
          ...data,
          lifecycle,
          asOf: TEST_SITE_TODAY,
          region: regions.get(data.region)!,
          url: abs(p.path),
        }),
      );
      // Its legal force on the build date, in the one vocabulary: the two drafts are not in force.
      expect(ld).toMatchObject({
        legislationLegalForce: `https://schema.org/${lifecycle.legalForce}`,
        legislationDateVersion: TEST_SITE_TODAY,
        creativeWorkStatus: lifecycle.status,
      });
      if (data.status === '送审稿' || data.status === '征求意见稿')
        expect(ld).toMatchObject({
          legislationLegalForce: 'https://schema.org/NotInForce',
          creativeWorkStatus: data.status,
        });
      expect(ld!.name).toBe(p.root.querySelector('h1')!.textContent.trim());
      expect(JSON.stringify(ld)).not.toContain('未注明');
    }
  });

  it('describes each list item page as a GovernmentService of its region, linked to its document', () => {
    let items = 0;
    for (const l of lists) {
      const { data } = l;
      for (const item of data.items) {
        const [ld] = jsonLd(page(itemUrl(l.id, item.number))) as Record<string, unknown>[];
        expect(ld).toMatchObject({
          '@type': 'GovernmentService',
          name: item.name,
          description: item.content,
          url: abs(itemUrl(l.id, item.number)),
        });
        const region = regions.get(data.region)!;
        expect(ld!.areaServed).toEqual({ '@type': 'AdministrativeArea', name: region.name, identifier: region.code });
        expect((ld!.isBasedOn as { url: string }).url).toBe(abs(documentUrl(data.document)));
        items++;
      }
    }
    expect(items).toBe(27);
  });

  it('puts no JSON-LD on other pages', () => {
    const other = indexable().filter((p) => !p.path.startsWith('/documents/') && !/\/item-\d+\/$/u.test(p.path));
    expect(other.filter((p) => jsonLd(p).length > 0).map((p) => p.path)).toEqual([]);
  });
});

describe('Content-Security-Policy and the _headers file', () => {
  const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
  const headers = headersFor(rules, '/documents/x/');

  it("sets a policy on every page without 'unsafe-inline' or 'unsafe-eval', allowing nothing from other sites", () => {
    for (const p of builtPages().filter((x) => !isRedirectPage(x))) {
      const csp = cspOf(p);
      expect(csp, p.path).toBeTruthy();
      expect(csp, p.path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/u);
    }
  });

  it('sends the same policy as a header, with frame-ancestors, and allows every source a page allows', () => {
    const header = headers['content-security-policy']!;
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/u);
    expect(header).toContain("frame-ancestors 'none'");
    const allowed = new Set(header.split(/[;\s]+/u));
    for (const p of builtPages().filter((x) => !isRedirectPage(x))) {
      for (const source of cspOf(p)!
        .split(/[;\s]+/u)
        .filter(Boolean))
        expect(allowed.has(source), `${p.path}: ${source}`).toBe(true);
    }
  });

  it('sends nosniff, a referrer policy and forbids framing on every path', () => {
    for (const path of ['/', '/documents/x/', '/pagefind/pagefind.js', '/data/items.csv']) {
      expect(headersFor(rules, path)).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'x-frame-options': 'DENY',
      });
    }
  });
});
