/**
 * The Pagefind index as built (docs/search.md): one Pagefind page per searchable page, a list's items
 * folded into the list's record under their anchors with their facts, nothing indexed twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ITEM_FACTS_META, ITEM_PAGE, readItemFacts } from '../../src/lib/search/item-facts.ts';
import { builtPages, DIST } from './dist.ts';

interface Fragment {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; text: string }[];
}

const dir = join(DIST, 'pagefind', 'fragment');
// Pagefind's files are gzip with a "pagefind_dcd" prefix inside.
const fragments: Fragment[] = readdirSync(dir).map(
  (f) =>
    JSON.parse(
      gunzipSync(readFileSync(join(dir, f)))
        .toString('utf8')
        .slice('pagefind_dcd'.length),
    ) as Fragment,
);
const byUrl = new Map(fragments.map((f) => [f.url, f]));
const searchable = builtPages().filter((p) => p.html.includes('data-pagefind-body'));

describe('the search index', () => {
  it('holds every searchable page but the item pages, once each', () => {
    expect(fragments.length).toBe(byUrl.size);
    expect([...byUrl.keys()].sort()).toEqual(
      searchable
        .map((p) => p.path)
        .filter((p) => !ITEM_PAGE.test(p))
        .sort(),
    );
  });

  it("holds each item in its list's record: its anchor and name, its service type as a filter, its facts as meta", () => {
    const items = searchable.filter((p) => ITEM_PAGE.test(p.path));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const [, list, anchor] = ITEM_PAGE.exec(item.path)!;
      const record = byUrl.get(list!)!;
      const name = item.root.querySelector('h1')!.text.trim();
      expect(record.anchors.find((a) => a.id === anchor)?.text, item.path).toBe(name);
      const facts = readItemFacts(record.meta[ITEM_FACTS_META])[anchor!];
      const service = item.root.querySelector('meta[data-pagefind-filter="service[content]"]')?.getAttribute('content');
      const amount = item.root.querySelector('meta[data-pagefind-meta="amount[content]"]')?.getAttribute('content');
      const age = item.root.querySelector('meta[data-pagefind-meta="age[content]"]')?.getAttribute('content');
      expect(facts, item.path).toEqual({ name, service, ...(amount ? { amount } : {}), ...(age ? { age } : {}) });
      expect(record.filters.service, item.path).toContain(service);
      expect(record.filters.kind, item.path).toContain('清单条目');
    }
  });

  it("carries the ages an item states, for the search page's age narrowing", () => {
    const ages = (path: string) =>
      searchable
        .find((p) => p.path === path)
        ?.root.querySelector('meta[data-pagefind-meta="age[content]"]')
        ?.getAttribute('content');
    expect(ages('/lists/daye-jiben-yanglao-qingdan/item-3/')).toBe('80');
    expect(ages('/lists/daye-jiben-yanglao-qingdan/item-9/')).toBe('60,70');
    expect(ages('/lists/daye-jiben-yanglao-qingdan/item-18/')).toBeUndefined();
  });

  it("files a county's pages under its prefecture too", () => {
    const list = byUrl.get('/lists/daye-jiben-yanglao-qingdan/')!;
    expect(list.filters.region).toEqual(expect.arrayContaining(['大冶市', '黄石市']));
  });

  it('writes the files the search page understands queries with beside the index', () => {
    const vocabulary = JSON.parse(readFileSync(join(DIST, 'pagefind', 'site-vocabulary.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(vocabulary).sort()).toEqual(['colloquial', 'everyday', 'glossary', 'sounds', 'terms']);
    expect(JSON.parse(readFileSync(join(DIST, 'pagefind', 'site-finders.json'), 'utf8'))).toEqual({
      大冶市: '/finder/daye/',
    });
    expect(readFileSync(join(DIST, 'pagefind', 'site-t2s.json'), 'utf8')).toContain('齡龄');
  });

  it("gives no other part of a list or document an anchor of an item's form", () => {
    for (const f of fragments.filter((x) => !x.url.startsWith('/lists/')))
      expect(
        f.anchors.filter((a) => /^item-\d+$/u.test(a.id)),
        f.url,
      ).toEqual([]);
  });
});
