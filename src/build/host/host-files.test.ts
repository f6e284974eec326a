import { describe, expect, it } from 'vitest';
import { formatHeaders, headersFor, mergeCsp, parseHeaders, robotsTxt, sitemapXml } from './host-files.ts';

describe('sitemapXml', () => {
  it('lists each path once, sorted, as an absolute and escaped URL', () => {
    const xml = sitemapXml('https://example.org/', ['/b/', '/', '/a/?x=1&y=2', '/b/']);
    expect(xml.match(/<loc>[^<]+<\/loc>/gu)).toEqual([
      '<loc>https://example.org/</loc>',
      '<loc>https://example.org/a/?x=1&amp;y=2</loc>',
      '<loc>https://example.org/b/</loc>',
    ]);
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  });
  it('percent-encodes Chinese in paths', () => {
    expect(sitemapXml('https://example.org/', ['/a/高龄/'])).toContain('/a/%E9%AB%98%E9%BE%84/');
  });
});

describe('robotsTxt', () => {
  it('allows all and names the sitemap absolutely', () => {
    expect(robotsTxt('https://example.org/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n',
    );
  });
  it('names no sitemap without a site address (there is none to name)', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('mergeCsp', () => {
  it('unites the sources of each directive across pages and adds the extra directives', () => {
    const a = "default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S'";
    const b = "default-src 'self'; script-src 'self' 'sha256-B'";
    expect(mergeCsp([a, b], ["frame-ancestors 'none'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'sha256-S'; frame-ancestors 'none'",
    );
  });
  it('keeps valueless directives', () => {
    expect(mergeCsp(['upgrade-insecure-requests; img-src data:'])).toBe('upgrade-insecure-requests; img-src data:');
  });
});

describe('_headers', () => {
  const rules = [
    {
      pattern: '/*',
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'no-referrer'],
      ] as [string, string][],
    },
    { pattern: '/pagefind/*', headers: [['Referrer-Policy', 'same-origin']] as [string, string][] },
  ];
  it('round-trips through its text form', () => {
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
  });
  it('applies every matching rule, later ones winning, with lower-case names', () => {
    expect(headersFor(rules, '/pagefind/x.js')).toEqual({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
    });
    expect(headersFor(rules, '/documents/a/')).toEqual({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
  });
  it('refuses a header line that is not under a path', () => {
    expect(() => parseHeaders('  X-A: b\n')).toThrow(/not under a path/u);
  });
});
