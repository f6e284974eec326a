import { describe, expect, it } from 'vitest';
import { diffManifest, formatManifest, parseManifest } from './manifest.ts';

describe('diffManifest', () => {
  const manifest = ['/a/', '/a/#task-1', '/b/'];
  it('flags a removed URL or anchor that has no redirect', () => {
    const d = diffManifest(manifest, new Set(['/a/', '/b/']), []);
    expect(d.removed).toEqual(['/a/#task-1']);
  });
  it('accepts a removed page, and its anchors, when the page redirects', () => {
    const d = diffManifest(manifest, new Set(['/b/', '/c/']), [{ from: '/a/', to: '/c/', reason: 'renamed' }]);
    expect(d.removed).toEqual([]);
    expect(d.unlisted).toEqual(['/c/']);
  });
  it('keeps the feeds when a build without SITE_URL wrote none, and flags a feed a build with them lost', () => {
    const listed = ['/a/', '/feed.xml', '/regions/daye/feed.xml', '/regions/gone/feed.xml'];
    expect(diffManifest(listed, new Set(['/a/']), []).removed).toEqual([]);
    expect(diffManifest(listed, new Set(['/a/', '/feed.xml', '/regions/daye/feed.xml']), []).removed).toEqual([
      '/regions/gone/feed.xml',
    ]);
  });
  it('flags a redirect to nowhere', () => {
    expect(diffManifest([], new Set(), [{ from: '/a/', to: '/x/', reason: 'r' }]).danglingRedirects).toHaveLength(1);
  });
  it('round-trips through its text form, sorted and without repeats', () => {
    expect(parseManifest(formatManifest(['/b/', '/a/', '/b/']))).toEqual(['/a/', '/b/']);
  });
});
