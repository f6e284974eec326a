/**
 * Splits a policy-text page into search records: the page's head (title, facts, anything before the
 * first anchored heading) at the page's URL, and one record per anchored section or task at
 * URL#anchor. Each record is ranked on its own, so a short task about 彩票公益金 outranks a long
 * text that mentions the word in passing, and a result lands on the task itself. Fragments stay
 * small, too: a result loads one section, not a whole document.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { escapeHtml } from './enrich.ts';
import { STABLE_ANCHOR } from './results.ts';

export interface SearchRecord {
  /** The page URL, or page URL#anchor for a section. */
  url: string;
  /** A complete HTML document for the indexer. */
  html: string;
}

/** How much the region and document names count in a section record: enough to require, not to rank. */
export const CONTEXT_WEIGHT = 0.5;

function withoutIgnored(fragment: string): string {
  const root = parse(fragment, { comment: false });
  for (const el of root.querySelectorAll('[data-pagefind-ignore]')) el.remove();
  return root.toString();
}

/** The page's records; a page without anchored sections is one record, unchanged. */
export function splitForIndex(html: string, url: string): SearchRecord[] {
  const root = parse(html, { comment: false });
  const body = root.querySelector('[data-pagefind-body]');
  const anchors = body
    ? body.querySelectorAll('.anchored[id]').filter((h: HTMLElement) => /^H[1-6]$/u.test(h.tagName) && STABLE_ANCHOR.test(h.id) && !h.closest('[data-pagefind-ignore]'))
    : [];
  if (!body || anchors.length === 0) return [{ url, html }];

  const head = root.querySelector('head')?.toString() ?? '<head></head>';
  const metaOf = (name: string) => root.querySelector(`meta[data-pagefind-meta="${name}[content]"]`)?.getAttribute('content') ?? '';
  const context = [metaOf('region'), metaOf('document') && `《${metaOf('document')}》`].filter(Boolean).join(' ');
  const page = (main: string) => `<!doctype html><html lang="zh-CN">${head}<body><main data-pagefind-body>${main}</main></body></html>`;

  const inner = (el: HTMLElement) => html.slice(el.range[0], el.range[1]);
  const bodyStart = body.range[0] + inner(body).indexOf('>') + 1;
  const bodyEnd = body.range[1] - `</${body.tagName.toLowerCase()}>`.length;
  const records: SearchRecord[] = [{ url, html: page(withoutIgnored(html.slice(bodyStart, anchors[0]!.range[0]))) }];
  anchors.forEach((heading, i) => {
    const end = anchors[i + 1]?.range[0] ?? bodyEnd;
    const title = withoutIgnored(inner(heading)).replace(/<[^>]*>/gu, '').trim();
    const rest = withoutIgnored(html.slice(heading.range[1], end));
    records.push({
      url: `${url}#${heading.id}`,
      html: page(`<h1>${escapeHtml(title)}</h1><p data-pagefind-weight="${CONTEXT_WEIGHT}">${escapeHtml(context)}</p>${rest}`),
    });
  });
  return records;
}
