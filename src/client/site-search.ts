/**
 * <site-search>: runs the search page's form in the browser with Pagefind (docs/search.md).
 * The query and filters live in the URL: typing replaces the history entry, submitting or changing
 * a filter adds one, so the back button steps through searches. Pagefind's script, index and
 * WebAssembly load only when the visitor starts searching.
 */
import {
  excerptRuns,
  toCards,
  type PagefindResultData,
  type PartFilters,
  type SearchCard,
} from '../lib/search/results.ts';
import {
  hasSearch,
  pagefindFilters,
  readState,
  sameState,
  writeState,
  type SearchState,
} from '../lib/search/query-state.ts';
import { FILTERS, type FilterName } from '../lib/search/facets.ts';
import { normalizeQuery } from '../lib/search/normalize.ts';
import { searchStatus } from '../lib/search/status.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o: { filters: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
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

const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];

class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #run = 0;
  #pending: PagefindResult[] = [];
  #parts: PartFilters = {};
  #timer: number | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.#form.querySelector('input[name="q"]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]')!;

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('push');
    });
    this.#input.addEventListener('focus', () => void loadPagefind(), { once: true });
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
    this.#more.hidden = true;
    if (!hasSearch(state)) {
      this.#status.textContent = '';
      this.dataset.state = 'idle';
      return;
    }
    this.dataset.state = 'loading';
    this.#status.textContent = '正在搜索……';
    try {
      const pf = await loadPagefind();
      const q = state.q ? normalizeQuery(state.q) : null;
      // Current versions only, unless the visitor chose older ones (docs/versions.md).
      const found = await pf.search(q, { filters: pagefindFilters(state.filters) });
      if (run !== this.#run || !found) return; // a newer search took over
      this.#pending = found.results;
      this.#parts = { q: q ?? '', kind: state.filters.kind, service: state.filters.service };
      const total = found.results.length;
      await this.#showMore(run, false);
      if (run !== this.#run) return;
      // The query is echoed bounded (its first 30 characters): src/lib/search/status.ts.
      this.#status.textContent = searchStatus({
        q: state.q,
        total,
        shown: this.#list.children.length,
        pageSize: PAGE_SIZE,
      });
      this.dataset.state = 'done';
      this.dataset.query = writeState(state);
    } catch (error) {
      if (run !== this.#run) return;
      this.dataset.state = 'error';
      this.#status.textContent = '搜索没有成功，请刷新页面再试。';
      console.error(error);
    }
  }

  async #showMore(run: number, announce: boolean) {
    const batch = this.#pending.splice(0, PAGE_SIZE);
    // A result is a page; it shows as a card for each of its best-matching parts (src/lib/search/results.ts).
    const cards = (await Promise.all(batch.map((r) => r.data()))).flatMap((d) => toCards(d, this.#parts));
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
  const context = [
    card.region,
    card.isSection ? '政策原文章节' : card.kind,
    card.status === '现行有效' ? '' : card.status,
    card.version,
  ]
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
