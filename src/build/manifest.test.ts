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
  it('flags a redirect to nowhere', () => {
    expect(diffManifest([], new Set(), [{ from: '/a/', to: '/x/', reason: 'r' }]).danglingRedirects).toHaveLength(1);
  });
  it('round-trips through its text form, sorted and without repeats', () => {
    expect(parseManifest(formatManifest(['/b/', '/a/', '/b/']))).toEqual(['/a/', '/b/']);
  });
});
