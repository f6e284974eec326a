/**
 * <site-search>: runs the search page's form in the browser with Pagefind (docs/search.md).
 * The query and filters live in the URL: typing replaces the history entry, submitting or changing
 * a filter adds one, so the back button steps through searches. The engine (./search-engine.ts, which
 * understands the query: everyday words, ages, regions, typos, traditional characters), Pagefind's script,
 * index and WebAssembly and the vocabulary load only when the visitor starts searching.
 */
import { excerptRuns, type SearchCard } from '../lib/search/results.ts';
import { hasSearch, readState, sameState, writeState, type SearchState } from '../lib/search/query-state.ts';
import { FILTERS, type FilterName } from '../lib/search/facets.ts';
import { searchStatus } from '../lib/search/status.ts';
import type { Offer, SearchRun } from './search-engine.ts';

const TYPING_DELAY_MS = 300;

let engine: Promise<typeof import('./search-engine.ts')> | undefined;
const loadEngine = () => (engine ??= import('./search-engine.ts'));

const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];
const searchHref = (state: SearchState) => `${location.pathname}${writeState(state)}`;

class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #note!: HTMLElement;
  #help!: HTMLElement;
  #run = 0;
  #search: SearchRun | undefined;
  #timer: number | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.#form.querySelector('input[name="q"]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]')!;
    this.#note = this.querySelector('[data-search-note]')!;
    this.#help = this.querySelector('[data-search-help]')!;

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('push');
    });
    this.#input.addEventListener('focus', () => void loadEngine().then((e) => e.warmUp()), { once: true });
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

  /** The names a filter list offers: region names in a query act as the region filter. */
  #options(name: FilterName): string[] {
    return [...(this.#select(name)?.options ?? [])].map((o) => o.value).filter(Boolean);
  }

  /** Region name → its province's, from the region list's groups by province. */
  #provinceOf(): Map<string, string> {
    const options = this.#select('region')?.querySelectorAll('optgroup > option') ?? [];
    return new Map(
      [...options].map((o) => [(o as HTMLOptionElement).value, (o.parentNode as HTMLOptGroupElement).label]),
    );
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
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', searchHref(state));
    void this.#find(state);
  }

  /** Shows a state from the URL: fills the form, then searches. */
  #show(state: SearchState) {
    this.#input.value = state.q;
    for (const name of FILTER_NAMES) {
      const select = this.#select(name);
      if (select) select.value = state.filters[name] ?? '';
    }
    void this.#find(state);
  }

  async #find(state: SearchState) {
    const run = ++this.#run;
    for (const part of [this.#list, this.#note, this.#help]) part.replaceChildren();
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
      const search = await (
        await loadEngine()
      ).startSearch(
        state,
        { regions: this.#options('region'), provinces: this.#options('province'), provinceOf: this.#provinceOf() },
        searchHref,
      );
      if (run !== this.#run) return; // a newer search took over
      this.#search = search;
      this.#showNotes(search);
      await this.#showMore(run, false);
      if (run !== this.#run) return;
      // The query is echoed bounded (its first 30 characters): src/lib/search/status.ts.
      this.#status.textContent = searchStatus({
        q: state.q,
        total: search.total,
        shown: this.#list.children.length,
        pageSize: (await loadEngine()).PAGE_SIZE,
      });
      if (search.total === 0) {
        const offers = await search.help();
        if (run !== this.#run) return;
        this.#help.append(
          el('p', undefined, '可以试试：'),
          el('ul', undefined, ...offers.map((o) => el('li', undefined, link(o)))),
        );
        this.#help.hidden = false;
      }
      this.dataset.state = 'done';
      this.dataset.query = writeState(state);
    } catch (error) {
      if (run !== this.#run) return;
      this.dataset.state = 'error';
      this.#status.textContent = '搜索没有成功，请刷新页面再试。';
      console.error(error);
    }
  }

  /** What the engine understood: the terms it searched instead, the region and age it read, a link to the typed words. */
  #showNotes(search: SearchRun) {
    const { lines, typed } = search.notes();
    if (lines.length === 0) return;
    this.#note.append(...lines.map((line) => el('p', undefined, line)));
    if (typed) this.#note.append(el('p', undefined, link(typed)));
    this.#note.hidden = false;
  }

  async #showMore(run: number, announce: boolean) {
    const search = this.#search;
    if (!search) return;
    const cards = await search.next();
    if (run !== this.#run) return;
    const first = this.#list.children.length;
    this.#list.append(...cards.map(renderCard));
    this.#more.hidden = !search.more;
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

function link({ href, text }: Offer): HTMLAnchorElement {
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
    el('h2', undefined, link({ href: card.url, text: card.title })),
  );
  if (card.amount) item.append(el('p', 'search-amount', `数额：${card.amount}`));
  if (card.document && (card.isSection || card.kind !== '政策原文')) {
    item.append(el('p', 'search-source', `出自《${card.document}》`));
  }
  item.append(excerpt(card.excerpt));
  return item;
}

customElements.define('site-search', SiteSearch);
