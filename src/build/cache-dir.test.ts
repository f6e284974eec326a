import { describe, expect, it } from 'vitest';
import { cacheDirFor, DEFAULT_CACHE_DIR } from './cache-dir.ts';

describe('cacheDirFor', () => {
  it("keeps Astro's default for the site's own content", () => {
    expect(cacheDirFor('./content')).toBe(DEFAULT_CACHE_DIR);
    expect(cacheDirFor('content/')).toBe(DEFAULT_CACHE_DIR);
  });

  it('gives every other content folder a store of its own', () => {
    const a = cacheDirFor('/tmp/copy-a/content');
    const b = cacheDirFor('/tmp/copy-b/content');
    expect(a).toMatch(/^\.\/node_modules\/\.astro\/content-[0-9a-f]{12}$/u);
    expect(a).not.toBe(b);
    expect(cacheDirFor('/tmp/copy-a/content/')).toBe(a);
  });
});
