/**
 * One Pagefind index, or several built one after the other (docs/search.md, "One index or several"). Pagefind
 * holds every page it is given until it writes the index, and its memory while writing grows with the text it
 * indexes (~93 bytes per character, docs/scale.md), not with the page count, the sub-results or the API: only
 * splitting the text bounds it. But every index a query merges costs the first query its own chunks of the
 * query's words (~70 kB for 尊老金 whatever the index's size), so the site keeps as few indexes as memory allows:
 * one while its text fits INDEX_MAX_CHARS, else the provinces packed into parts of at most that much text.
 */

/** The environment variable that overrides the rule: `one`, or `provinces` (an index per province). */
export const SEARCH_INDEX_ENV = 'SEARCH_INDEX';

const OVERRIDES = ['one', 'provinces'] as const;
type Override = (typeof OVERRIDES)[number];

/**
 * The most text (characters, tags left out) one index holds: ~93 bytes per character while Pagefind writes
 * makes ~1.9 GB, under the 4 GB a process may hold with room for Pagefind's variance (±150 MB). 300 regions with
 * 1,000 documents index 18.9 M characters (1.6–1.8 GB as one index); the five real regions 0.2 M.
 */
export const INDEX_MAX_CHARS = 20_000_000;

/** The text of a page as the rule counts it: everything between tags (the head's and ignored parts' too). */
export const indexedText = (html: string): number => html.replace(/<[^>]*>/gu, '').length;

/** What a shard of the records holds: its province ('' for the pages of no province) and its text. */
export interface ShardText {
  key: string;
  chars: number;
}

export interface IndexPlan {
  /** One index; one per province (SEARCH_INDEX=provinces); or the provinces packed into parts. */
  layout: 'one' | 'provinces' | 'parts';
  /**
   * The provinces of each index merged into the first one, which holds the pages of no province (and, for one
   * index, every page): none for one index.
   */
  parts: string[][];
}

/** Throws one line when SEARCH_INDEX is set to something else than a layout. */
export function readOverride(value: string | undefined): Override | undefined {
  if (!value) return undefined;
  if ((OVERRIDES as readonly string[]).includes(value)) return value as Override;
  throw new Error(
    `${SEARCH_INDEX_ENV}=${value}: not a search index layout — set it to ${OVERRIDES.join(' or ')}, or unset it to let the text decide`,
  );
}

/**
 * One index while the text fits `max`; else the provinces, largest first, each into the first part it fits
 * (a province larger than `max` alone in its part: a province is never split). SEARCH_INDEX decides when set.
 */
export function planIndex(shards: readonly ShardText[], override?: string, max = INDEX_MAX_CHARS): IndexPlan {
  const layout = readOverride(override);
  const provinces = shards.filter((s) => s.key !== '');
  const total = shards.reduce((n, s) => n + s.chars, 0);
  if (layout === 'one' || (!layout && total <= max) || provinces.length === 0) return { layout: 'one', parts: [] };
  const sorted = [...provinces].sort((a, b) => b.chars - a.chars || a.key.localeCompare(b.key, 'zh'));
  if (layout === 'provinces') return { layout, parts: sorted.map((p) => [p.key]) };
  const parts: Array<{ keys: string[]; chars: number }> = [];
  for (const p of sorted) {
    const part = parts.find((q) => q.chars + p.chars <= max);
    if (part) {
      part.keys.push(p.key);
      part.chars += p.chars;
    } else parts.push({ keys: [p.key], chars: p.chars });
  }
  return { layout: 'parts', parts: parts.map((q) => q.keys) };
}
