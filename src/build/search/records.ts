/**
 * What the search index is made of (docs/search.md): one Pagefind page per region, document, list,
 * comparison page and the glossary. A policy text stays whole, so its anchored sections and tasks
 * become Pagefind's sub-results; a list's item pages are folded into the list's record, each as a
 * section under a heading with the item's anchor, so the items are sub-results of the list.
 *
 * Why not a record per section and per item: Pagefind's memory while writing and the metadata every
 * visitor downloads on the first query both grow with the number of indexed pages. At 3,000 regions
 * that was ~159,000 records, more memory than a 24 GiB machine has and ~1 MB on the first query
 * (docs/scale.md); folded, it is ~9,000 pages.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { escapeHtml, htmlText } from './enrich.ts';
import { ITEM_FACTS_META, type ItemFacts } from '../../lib/search/item-facts.ts';

export interface ItemPage {
  /** The item's anchor in the list's record (item-3). */
  anchor: string;
  html: string;
}

const attr = (root: HTMLElement, selector: string) =>
  root.querySelector(selector)?.getAttribute('content') ?? undefined;

/** Pagefind weight of an item's name in its list's record: the item page gave its h1 the same. */
export const ITEM_TITLE_WEIGHT = 10;

function itemSection(item: ItemPage): { section: string; facts: ItemFacts; filters: [string, string][] } {
  const root = parse(item.html, { comment: false });
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) throw new Error(`The item page ${item.anchor} has no data-pagefind-body`);
  for (const el of body.querySelectorAll('[data-pagefind-ignore], script, style, template')) el.remove();
  const h1 = body.querySelector('h1');
  const title = htmlText(h1?.innerHTML ?? item.anchor);
  h1?.remove();
  // The item's own anchors (plain, verbatim …) would split it into sub-results of their own.
  for (const el of body.querySelectorAll('[id]')) el.removeAttribute('id');
  const filters = root
    .querySelectorAll('meta[data-pagefind-filter]')
    .map((m): [string, string] => [
      (m.getAttribute('data-pagefind-filter') ?? '').replace(/\[content\]$/u, ''),
      m.getAttribute('content') ?? '',
    ]);
  return {
    section: `<section><h2 id="${item.anchor}" data-pagefind-weight="${ITEM_TITLE_WEIGHT}">${escapeHtml(title)}</h2>${body.innerHTML}</section>`,
    facts: {
      name: title,
      service: attr(root, 'meta[data-pagefind-filter="service[content]"]'),
      amount: attr(root, 'meta[data-pagefind-meta="amount[content]"]'),
      age: attr(root, 'meta[data-pagefind-meta="age[content]"]'),
    },
    filters,
  };
}

/**
 * The list page with its item pages folded in: after the list's own indexed part, a section per item
 * (its name as a heading with the item's anchor, then what the item page marks for the index), the
 * filter values the items carry (kind 清单条目, their service types) and the items' facts as meta.
 */
export function foldItems(listHtml: string, items: ItemPage[]): string {
  if (items.length === 0) return listHtml;
  const parts = items.map(itemSection);
  const root = parse(listHtml, { comment: false });
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) throw new Error('The list page has no data-pagefind-body');
  const own = new Set(
    root
      .querySelectorAll('meta[data-pagefind-filter]')
      .map((m) => `${m.getAttribute('data-pagefind-filter')}=${m.getAttribute('content')}`),
  );
  const added = new Map<string, [string, string]>();
  for (const [name, value] of parts.flatMap((p) => p.filters)) {
    const key = `${name}[content]=${value}`;
    if (!own.has(key)) added.set(key, [name, value]);
  }
  const facts = Object.fromEntries(parts.map((p, i) => [items[i]!.anchor, p.facts]));
  const head =
    [...added.values()]
      .map(([name, value]) => `<meta data-pagefind-filter="${name}[content]" content="${escapeHtml(value)}">`)
      .join('') +
    `<meta data-pagefind-meta="${ITEM_FACTS_META}[content]" content="${escapeHtml(JSON.stringify(facts))}">`;
  const headEnd = listHtml.indexOf('</head>');
  const bodyEnd = body.range[1] - `</${body.tagName.toLowerCase()}>`.length;
  if (headEnd < 0 || headEnd > bodyEnd) throw new Error('The list page has no </head> before its indexed part');
  return (
    listHtml.slice(0, headEnd) +
    head +
    listHtml.slice(headEnd, bodyEnd) +
    parts.map((p) => p.section).join('') +
    listHtml.slice(bodyEnd)
  );
}
