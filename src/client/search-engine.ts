/**
 * The search page's engine (docs/search.md), loaded by <site-search> (./site-search.ts) when the visitor
 * starts searching, together with Pagefind and the vocabulary, so that the page itself stays small: it
 * understands the query (src/lib/search/understand.ts), searches Pagefind by the plan (src/lib/search/plan.ts),
 * turns results into ordered cards, and says what it understood and, when nothing is found, what to try.
 * When the site's index is in parts, it merges the parts a query needs (src/lib/search/shards.ts).
 */
import { halfWidth, hasNonGb2312 } from '../lib/search/chars.ts';
import { ITEM_FACTS_META, itemUrlFromAnchor, readItemFacts } from '../lib/search/item-facts.ts';
import { nearestItems } from '../lib/search/nearest.ts';
import { understandingNotes } from '../lib/search/notes.ts';
import { echoQuery } from '../lib/search/status.ts';
import { placesOf } from '../lib/search/places.ts';
import { searchPlan, type PagefindFilters, type SearchPlan } from '../lib/search/plan.ts';
import { shardsFor, SHARDS_URL, type ShardManifest } from '../lib/search/shards.ts';
import {
  EMPTY_LEXICON,
  FINDERS_URL,
  QUERY_DATA_URL,
  readLexicon,
  T2S_URL,
  type Lexicon,
  type QueryData,
} from '../lib/search/query-data.ts';
import type { SearchState } from '../lib/search/query-state.ts';
import { rankCards } from '../lib/search/rank.ts';
import { toCards, type PagefindResultData, type SearchCard } from '../lib/search/results.ts';
import { t2sConverter, type T2sTable } from '../lib/search/t2s.ts';
import { understand, type Understanding } from '../lib/search/understand.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, o: object) => Promise<void>;
  search: (q: string | null, o: { filters: PagefindFilters }) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Results (pages) per batch. Each page can show up to three cards (src/lib/search/results.ts), and each
 * costs a fragment download: five keep the first query small at 3,000 regions (docs/scale.md).
 */
export const PAGE_SIZE = 5;

// Pagefind's default ranking: other settings scored no better on the relevance set (docs/search.md).
const PAGEFIND_OPTIONS = { excerptLength: 40 };

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    return pf;
  })();
  return pagefind;
}

let shards: Promise<ShardManifest> | undefined;
/** The index's parts (none when the site has one index); without the list, the first index alone is searched. */
function loadShards(): Promise<ShardManifest> {
  shards ??= fetchJson<ShardManifest>(SHARDS_URL).catch((error: unknown) => {
    console.warn(error);
    return { parts: [] };
  });
  return shards;
}

const merged = new Map<string, Promise<void>>();
/** Merges the parts not merged yet (merges add up: a later query reuses them). */
function mergeShards(pf: Pagefind, paths: string[]): Promise<unknown> {
  return Promise.all(
    paths.map((path) => {
      let merging = merged.get(path);
      if (!merging) {
        // A part that failed to load is tried again by the next query.
        merging = pf.mergeIndex(path, PAGEFIND_OPTIONS).catch((error: unknown) => {
          merged.delete(path);
          throw error;
        });
        merged.set(path, merging);
      }
      return merging;
    }),
  );
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

let lexicon: Promise<Lexicon> | undefined;
/** The vocabulary, fetched with Pagefind; without it the page still searches the typed words. */
function loadLexicon(): Promise<Lexicon> {
  lexicon ??= fetchJson<QueryData>(QUERY_DATA_URL)
    .then(readLexicon)
    .catch((error: unknown) => {
      console.warn(error);
      return EMPTY_LEXICON;
    });
  return lexicon;
}

let simplifier: Promise<((text: string) => string) | undefined> | undefined;
/** The traditional → simplified table, fetched only for a query with characters outside GB2312. */
function loadSimplifier(): Promise<((text: string) => string) | undefined> {
  simplifier ??= fetchJson<T2sTable>(T2S_URL)
    .then(t2sConverter)
    .catch((error: unknown) => {
      console.warn(error);
      return undefined;
    });
  return simplifier;
}

/** Starts loading Pagefind and the vocabulary (the visitor reached for the search box). */
export function warmUp(): void {
  void loadPagefind();
  void loadLexicon();
  void loadShards();
}

/** A link the page shows: where to, and its text. */
export interface Offer {
  href: string;
  text: string;
}

/** What a run was made of. */
interface RunParts {
  pf: Pagefind;
  plan: SearchPlan;
  u: Understanding | undefined;
  state: SearchState;
  /** The search page's URL for a state. */
  href: (state: SearchState) => string;
  results: PagefindResult[];
  /** The text that found the first results (another than the query's when loose words were left out). */
  searched: string | null;
  /** The text of the search that found each result. */
  searchedWith: Map<string, string | null>;
}

/** One search: its results (pages) in order, and what the page says about it. */
export class SearchRun {
  readonly #run: RunParts;
  readonly #pending: PagefindResult[];
  readonly total: number;

  constructor(run: RunParts) {
    this.#run = run;
    this.#pending = [...run.results];
    this.total = run.results.length;
  }

  get more(): boolean {
    return this.#pending.length > 0;
  }

  /**
   * The next batch of results as cards: each page a card for each of its best-matching parts (src/lib/search/
   * results.ts), ordered by what they hold and are about across the batch, narrowed to an age (…/rank.ts).
   */
  async next(): Promise<SearchCard[]> {
    const { plan, searchedWith } = this.#run;
    const batch = this.#pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    return rankCards(
      data.flatMap((d, i) => toCards(d, { ...plan.parts, searched: searchedWith.get(batch[i]!.id) ?? null })),
      plan.rank,
    );
  }

  /** What the page understood: the terms searched instead, the region and age read; and the link to the typed words. */
  notes(): { lines: string[]; typed?: Offer } {
    const { u, state, href, searched } = this.#run;
    if (!u) return { lines: [] };
    const notes = understandingNotes(u, searched);
    const lines = [notes.mapped, notes.places, notes.age, notes.relaxed].filter((n): n is string => Boolean(n));
    const understood = u.mapped.length > 0 || u.places.length > 0 || u.age !== undefined;
    return {
      lines,
      ...(understood
        ? { typed: { href: href({ ...state, literal: true }), text: `按原话“${echoQuery(state.q)}”搜索` } }
        : {}),
    };
  }

  /**
   * No dead ends: when nothing is found, the policy terms the query was mapped to, the finder of the region it
   * names, the glossary's entries for its words, the three list items nearest to it by their names, and the
   * list of regions.
   */
  async help(): Promise<Offer[]> {
    const { u, href } = this.#run;
    if (!u) return [];
    const offers: Offer[] = [...new Set(u.mapped.map((m) => m.to))].map((term) => ({
      href: href({ q: term, filters: {} }),
      text: `搜索“${term}”`,
    }));
    if (u.places.length) {
      const finders = await fetchJson<Record<string, string>>(FINDERS_URL).catch(() => ({}) as Record<string, string>);
      for (const place of u.places) {
        const url = finders[place.name];
        if (url) offers.push({ href: url, text: `${place.name}：我能享受哪些服务` });
      }
    }
    const words = [u.text, ...u.mapped.map((m) => m.to)].join(' ');
    const entries = new Set<string>();
    for (const [form, id] of (await loadLexicon()).glossary)
      if (words.includes(form) && !entries.has(id) && entries.add(id))
        offers.push({ href: `/glossary/#${id}`, text: `名词解释：${form}` });
    for (const near of await this.#nearestItems(`${u.text} ${u.loose.join(' ')}`))
      offers.push({ href: near.url, text: `相近的服务项目：${near.name}` });
    offers.push({ href: '/regions/', text: '按地区浏览全部政策和清单' });
    return offers;
  }

  /** The list items whose names share the most characters with the words, among the lists holding any of them. */
  async #nearestItems(words: string) {
    const chars = [...new Set([...words].filter((c) => /\p{Script=Han}/u.test(c)))].slice(0, 6);
    const { pf, plan } = this.#run;
    const lists = new Map<string, { result: PagefindResult; hits: number }>();
    for (const c of chars) {
      const found = await pf.search(c, { filters: { ...plan.filters, kind: '清单条目' } });
      for (const r of found?.results ?? []) lists.set(r.id, { result: r, hits: (lists.get(r.id)?.hits ?? 0) + 1 });
    }
    const best = [...lists.values()].sort((a, b) => b.hits - a.hits).slice(0, 2);
    const items = (await Promise.all(best.map((l) => l.result.data()))).flatMap((d) =>
      Object.entries(readItemFacts(d.meta[ITEM_FACTS_META])).map(([anchor, f]) => ({
        url: itemUrlFromAnchor(`${d.url}#${anchor}`) ?? d.url,
        name: f.name ?? anchor,
      })),
    );
    return nearestItems(words, items);
  }
}

/**
 * Understands the query, searches the plan's texts in turn (src/lib/search/plan.ts) and returns the run.
 * `lists` are the filter lists' names (region names in a query act as the region filter) and each region's
 * province; `href` makes the search page's URL for a state.
 */
export async function startSearch(
  state: SearchState,
  lists: { regions: string[]; provinces: string[]; provinceOf: ReadonlyMap<string, string> },
  href: (state: SearchState) => string,
): Promise<SearchRun> {
  const [pf, words, manifest] = await Promise.all([loadPagefind(), loadLexicon(), loadShards()]);
  let u: Understanding | undefined;
  if (state.q) {
    const simplify = hasNonGb2312(halfWidth(state.q)) ? await loadSimplifier() : undefined;
    u = understand(state.q, words, placesOf(lists.regions, lists.provinces), {
      ...(simplify ? { simplify } : {}),
      literal: Boolean(state.literal),
      keepPlaces: Boolean(state.filters.region || state.filters.province),
    });
  }
  const plan = searchPlan(state, u);
  await mergeShards(pf, shardsFor(plan.filters, lists.provinceOf, manifest));
  const results: PagefindResult[] = [];
  const searchedWith = new Map<string, string | null>();
  let searched: string | null = null;
  for (const { text, when } of plan.texts) {
    if ((when === 'few' && results.length >= PAGE_SIZE) || (when === 'none' && results.length > 0)) continue;
    const found = await pf.search(text, { filters: plan.filters });
    if (results.length === 0 && found?.results.length) searched = text;
    for (const r of found?.results ?? [])
      if (!searchedWith.has(r.id)) {
        searchedWith.set(r.id, text);
        results.push(r);
      }
  }
  return new SearchRun({ pf, plan, u, state, href, results, searched, searchedWith });
}
