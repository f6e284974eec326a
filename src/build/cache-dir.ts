/**
 * Where Astro keeps its data store (its `cacheDir`). The store remembers each entry's file, and node_modules
 * (with Astro's default ./node_modules/.astro) is shared by every checkout on this machine: a build of another
 * content folder (CONTENT_DIR — a test's temporary copy, a benchmark corpus) gets a store of its own, so no
 * build reuses entries whose files belong to a folder that is gone.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

export const DEFAULT_CACHE_DIR = './node_modules/.astro';

/** The cacheDir for a build of the content folder `dir` (Astro's default for ./content). */
export function cacheDirFor(dir: string): string {
  if (resolve(dir) === resolve('./content')) return DEFAULT_CACHE_DIR;
  const key = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 12);
  return `${DEFAULT_CACHE_DIR}/content-${key}`;
}
