import { describe, expect, it } from 'vitest';
import { absoluteUrl, LOCAL_SITE, siteUrl } from './site-url.ts';

describe('siteUrl', () => {
  it('is the local preview address when SITE_URL is unset or empty', () => {
    expect(siteUrl(undefined)).toBe(LOCAL_SITE);
    expect(siteUrl('  ')).toBe(LOCAL_SITE);
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
