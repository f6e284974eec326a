import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffManifest, parseManifest } from '../../src/build/manifest.ts';
import { readRedirects } from '../../src/build/redirects.ts';
import { publishedUrls } from '../../scripts/lib/published-urls.ts';
import { builtPages, DIST, forwardingPages } from './dist.ts';

describe('URL manifest (content/url-manifest.txt)', () => {
  const manifest = parseManifest(readFileSync('content/url-manifest.txt', 'utf8'));
  const redirects = readRedirects('content');
  const diff = diffManifest(manifest, publishedUrls(DIST, builtPages()), redirects);

  it('still publishes every listed URL and anchor, or redirects it', () => {
    expect(diff.removed, 'removed without an entry in content/redirects.yaml').toEqual([]);
  });

  it('lists every published URL and anchor (npm run urls -- --update)', () => {
    expect(diff.unlisted).toEqual([]);
  });

  it('builds a forwarding page for every redirect, to a page that exists', () => {
    expect(diff.danglingRedirects).toEqual([]);
    for (const r of redirects) {
      expect(
        forwardingPages().some((p) => p.path === r.from),
        `redirect page ${r.from}`,
      ).toBe(true);
    }
  });
});
