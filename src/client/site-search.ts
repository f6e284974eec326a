/**
 * <site-search>: runs the search page's form in the browser with Pagefind (docs/search.md).
 * The query and filters live in the URL: typing replaces the history entry, submitting or changing
 * a filter adds one, so the back button steps through searches. Pagefind's script, index and
 * WebAssembly load only when the visitor starts searching, with the vocabulary that the query is
 * understood with (everyday words, ages, regions, typos, traditional characters: src/lib/search/understand.ts).
 */
import {
  excerptRuns,
  toCards,
  type PagefindResultData,
  type PartFilters,
  type SearchCard,
} from '../lib/search/results.ts';
import { hasSearch, readState, sameState, writeState, type SearchState } from '../lib/search/query-state.ts';
import { FILTERS, type FilterName } from '../lib/search/facets.ts';
import { halfWidth, hasNonGb2312 } from '../lib/search/chars.ts';
import { itemUrlFromAnchor, readItemFacts, ITEM_FACTS_META } from '../lib/search/item-facts.ts';
import { nearestItems, type NamedItem } from '../lib/search/nearest.ts';
import { understandingNotes } from '../lib/search/notes.ts';
import { placesOf, type Places } from '../lib/search/places.ts';
import { searchPlan, type PagefindFilters, type SearchPlan } from '../lib/search/plan.ts';
import {
  EMPTY_LEXICON,
  FINDERS_URL,
  QUERY_DATA_URL,
  readLexicon,
  T2S_URL,
  type Lexicon,
  type QueryData,
} from '../lib/search/query-data.ts';
import { rankCards, type RankOptions } from '../lib/search/rank.ts';
import { searchStatus } from '../lib/search/status.ts';
import { t2sConverter, type T2sTable } from '../lib/search/t2s.ts';
import { understand, type Understanding } from '../lib/search/understand.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o: { filters: PagefindFilters }) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Results (pages) per batch. Each page can show up to three cards (src/lib/search/results.ts), and each
 * costs a fragment download: five keep the first query small at 3,000 regions (docs/scale.md).
 */
const PAGE_SIZE = 5;
const TYPING_DELAY_MS = 300;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Pagefind's default ranking: other settings scored no better on the relevance set (docs/search.md).
    await pf.options({ excerptLength: 40 });
    await pf.init();
    return pf;
  })();
  return pagefind;
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

const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];

class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #note!: HTMLElement;
  #help!: HTMLElement;
  #places: Places = new Map();
  #run = 0;
  #pending: PagefindResult[] = [];
  /** The text of the search that found each result (src/lib/search/plan.ts). */
  #searchedWith = new Map<string, string | null>();
  #parts: PartFilters = {};
  #rank: RankOptions = {};
  #timer: number | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.#form.querySelector('input[name="q"]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]')!;
    this.#note = this.querySelector('[data-search-note]')!;
    this.#help = this.querySelector('[data-search-help]')!;
    // Region names in a query act as the region filter: the names are the filter lists' own options.
    const options = (name: FilterName) => [...(this.#select(name)?.options ?? [])].map((o) => o.value).filter(Boolean);
    this.#places = placesOf(options('region'), options('province'));

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('push');
    });
    this.#input.addEventListener(
      'focus',
      () => {
        void loadPagefind();
        void loadLexicon();
      },
      { once: true },
    );
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#commit('replace'), TYPING_DELAY_MS);
    });
    for (const name of FILTER_NAMES) this.#select(name)?.addEventListener('change', () => this.#commit('push'));
    this.#more.addEventListener('click', () => void this.#showMore(this.#run, true));
    window.addEventListener('popstate', () => this.#show(readState(new URLSearchParams(location.search))));

    this.#show(readState(new URLSearchParams(location.search)));
  }

  #select(name: FilterName): HTMLSelectElement | null {
    return this.#form.querySelector(`select[name="${name}"]`);
  }

  #formState(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const name of FILTER_NAMES) {
      const value = this.#select(name)?.value;
      if (value) filters[name] = value;
    }
    return readState(new URLSearchParams(writeState({ q: this.#input.value, filters })));
  }

  /** Puts the form's state in the URL and searches, unless nothing changed. */
  #commit(mode: 'push' | 'replace') {
    clearTimeout(this.#timer);
    const state = this.#formState();
    if (sameState(state, readState(new URLSearchParams(location.search))) && this.dataset.state !== 'idle') return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${writeState(state)}`);
    void this.#search(state);
  }

  /** Shows a state from the URL: fills the form, then searches. */
  #show(state: SearchState) {
    this.#input.value = state.q;
    for (const name of FILTER_NAMES) {
      const select = this.#select(name);
      if (select) select.value = state.filters[name] ?? '';
    }
    void this.#search(state);
  }

  async #search(state: SearchState) {
    const run = ++this.#run;
    this.#list.replaceChildren();
    this.#note.replaceChildren();
    this.#help.replaceChildren();
    this.#note.hidden = true;
    this.#help.hidden = true;
    this.#more.hidden = true;
    if (!hasSearch(state)) {
      this.#status.textContent = '';
      this.dataset.state = 'idle';
      return;
    }
    this.dataset.state = 'loading';
    this.#status.textContent = '正在搜索……';
    try {
      const [pf, words] = await Promise.all([loadPagefind(), loadLexicon()]);
      let u: Understanding | undefined;
      if (state.q) {
        const simplify = hasNonGb2312(halfWidth(state.q)) ? await loadSimplifier() : undefined;
        u = understand(state.q, words, this.#places, {
          ...(simplify ? { simplify } : {}),
          literal: Boolean(state.literal),
          keepPlaces: Boolean(state.filters.region || state.filters.province),
        });
      }
      const plan = searchPlan(state, u);
      const { results, searched, searchedWith } = await this.#find(pf, plan);
      if (run !== this.#run) return; // a newer search took over
      const total = results.length;
      this.#pending = results;
      this.#searchedWith = searchedWith;
      this.#parts = plan.parts;
      this.#rank = plan.rank;
      if (u) this.#showNotes(state, u, searched);
      await this.#showMore(run, false);
      if (run !== this.#run) return;
      // The query is echoed bounded (its first 30 characters): src/lib/search/status.ts.
      this.#status.textContent = searchStatus({
        q: state.q,
        total,
        shown: this.#list.children.length,
        pageSize: PAGE_SIZE,
      });
      if (total === 0) await this.#showHelp(pf, plan, u, run);
      if (run !== this.#run) return;
      this.dataset.state = 'done';
      this.dataset.query = writeState(state);
    } catch (error) {
      if (run !== this.#run) return;
      this.dataset.state = 'error';
      this.#status.textContent = '搜索没有成功，请刷新页面再试。';
      console.error(error);
    }
  }

  /** Searches the plan's texts in turn (src/lib/search/plan.ts); returns the results and the text that found the first. */
  async #find(
    pf: Pagefind,
    plan: SearchPlan,
  ): Promise<{ results: PagefindResult[]; searched: string | null; searchedWith: Map<string, string | null> }> {
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
    return { results, searched, searchedWith };
  }

  /** What the page understood: the terms searched instead, the region and age read, and a link to the typed words. */
  #showNotes(state: SearchState, u: Understanding, searched: string | null) {
    const notes = understandingNotes(u, searched);
    const lines = [notes.mapped, notes.places, notes.age, notes.relaxed].filter((n): n is string => Boolean(n));
    if (lines.length === 0) return;
    this.#note.append(...lines.map((line) => el('p', undefined, line)));
    if (u.mapped.length || u.places.length || u.age !== undefined) {
      const typed = link(`${location.pathname}${writeState({ ...state, literal: true })}`, `按原话“${state.q}”搜索`);
      this.#note.append(el('p', undefined, typed));
    }
    this.#note.hidden = false;
  }

  /**
   * No dead ends: when nothing is found, the policy terms the query was mapped to, the finder of the region it
   * names, the glossary's entries for its words, and the three list items nearest to it by their names.
   */
  async #showHelp(pf: Pagefind, plan: SearchPlan, u: Understanding | undefined, run: number) {
    if (!u) return;
    const offers: HTMLElement[] = [];
    for (const term of new Set(u.mapped.map((m) => m.to)))
      offers.push(
        el('li', undefined, link(`${location.pathname}${writeState({ q: term, filters: {} })}`, `搜索“${term}”`)),
      );
    if (u.places.length) {
      const finders = await fetchJson<Record<string, string>>(FINDERS_URL).catch(() => ({}) as Record<string, string>);
      for (const place of u.places) {
        const url = finders[place.name];
        if (url) offers.push(el('li', undefined, link(url, `${place.name}：我能享受哪些服务`)));
      }
    }
    const words = await loadLexicon();
    const terms = [u.text, ...u.mapped.map((m) => m.to)].join(' ');
    for (const [form, id] of words.glossary)
      if (terms.includes(form) && !offers.some((o) => o.dataset.glossary === id)) {
        const item = el('li', undefined, link(`/glossary/#${id}`, `名词解释：${form}`));
        item.dataset.glossary = id;
        offers.push(item);
      }
    for (const near of await this.#nearestItems(pf, plan, `${u.text} ${u.loose.join(' ')}`))
      offers.push(el('li', undefined, link(near.url, `相近的服务项目：${near.name}`)));
    if (run !== this.#run) return;
    offers.push(el('li', undefined, link('/regions/', '按地区浏览全部政策和清单')));
    this.#help.append(el('p', undefined, '可以试试：'), el('ul', undefined, ...offers));
    this.#help.hidden = false;
  }

  /** The list items whose names share the most characters with the query, among the lists that hold any of them. */
  async #nearestItems(pf: Pagefind, plan: SearchPlan, words: string): Promise<NamedItem[]> {
    const chars = [...new Set([...words].filter((c) => /\p{Script=Han}/u.test(c)))].slice(0, 6);
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

  async #showMore(run: number, announce: boolean) {
    const batch = this.#pending.splice(0, PAGE_SIZE);
    // A result is a page; it shows as a card for each of its best-matching parts (src/lib/search/results.ts),
    // ordered by what they are about across the batch, and narrowed to an age (src/lib/search/rank.ts).
    const cards = rankCards(
      (await Promise.all(batch.map((r) => r.data()))).flatMap((d, i) =>
        toCards(d, { ...this.#parts, searched: this.#searchedWith.get(batch[i]!.id) ?? null }),
      ),
      this.#rank,
    );
    if (run !== this.#run) return;
    const first = this.#list.children.length;
    this.#list.append(...cards.map(renderCard));
    this.#more.hidden = this.#pending.length === 0;
    if (announce) {
      this.#status.textContent = `又显示了 ${cards.length} 条，共显示 ${this.#list.children.length} 条。`;
      this.#list.children[first]?.querySelector('a')?.focus();
    }
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', undefined, text);
  a.href = href;
  return a;
}

function excerpt(html: string): HTMLParagraphElement {
  return el(
    'p',
    'search-excerpt',
    ...excerptRuns(html).map((r) => (r.marked ? el('mark', undefined, r.text) : r.text)),
  );
}

function renderCard(card: SearchCard): HTMLLIElement {
  const context = [card.region, card.isSection ? '政策原文章节' : card.kind, card.status === '草案' ? '草案' : '']
    .filter(Boolean)
    .join(' · ');
  const item = el(
    'li',
    'search-result',
    el('p', 'search-context', context),
    el('h2', undefined, link(card.url, card.title)),
  );
  if (card.amount) item.append(el('p', 'search-amount', `数额：${card.amount}`));
  if (card.document && (card.isSection || card.kind !== '政策原文')) {
    item.append(el('p', 'search-source', `出自《${card.document}》`));
  }
  item.append(excerpt(card.excerpt));
  return item;
}

customElements.define('site-search', SiteSearch);
