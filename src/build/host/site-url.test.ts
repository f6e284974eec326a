import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteUrl } from './site-url.ts';

describe('siteUrl', () => {
  it('is no address at all when SITE_URL is unset or empty: the site then names no origin of its own', () => {
    expect(siteUrl(undefined)).toBeUndefined();
    expect(siteUrl('  ')).toBeUndefined();
  });
  it('normalises an origin to end with one slash', () => {
    expect(siteUrl('https://Example.org')).toBe('https://example.org/');
    expect(siteUrl('https://example.org/')).toBe('https://example.org/');
  });
  it('refuses what is not an http(s) origin, saying what to write', () => {
    expect(() => siteUrl('example.org')).toThrow(/not an address/u);
    expect(() => siteUrl('ftp://example.org/')).toThrow(/https:\/\//u);
    expect(() => siteUrl('https://example.org/site/')).toThrow(/origin alone/u);
    expect(() => siteUrl('https://example.org/?a=1')).toThrow(/origin alone/u);
  });
});

describe('absoluteUrl', () => {
  it('joins a site path to the site', () => {
    expect(absoluteUrl('https://example.org/', '/documents/x/')).toBe('https://example.org/documents/x/');
  });
});
