/**
 * No dead ends (docs/search.md): when a query finds nothing, the search page offers the list items whose names
 * share the most characters with what was asked, among the lists Pagefind finds for any of its characters.
 */

export interface NamedItem {
  url: string;
  name: string;
}

/** The `count` items whose names share the most characters with the words; ties go to the shorter name. */
export function nearestItems(words: string, items: readonly NamedItem[], count = 3): NamedItem[] {
  const asked = new Set([...words].filter((c) => /\p{Script=Han}|\p{L}|\p{N}/u.test(c)));
  const seen = new Set<string>();
  return items
    .filter((item) => !seen.has(item.url) && seen.add(item.url))
    .map((item, order) => {
      const chars = new Set(item.name);
      const shared = [...chars].filter((c) => asked.has(c)).length;
      return { item, shared, share: chars.size ? shared / chars.size : 0, order };
    })
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.share - a.share || a.order - b.order)
    .slice(0, count)
    .map((x) => x.item);
}
