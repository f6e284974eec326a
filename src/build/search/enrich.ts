/**
 * Prepares a built page for the search index: after each heading of the indexed part, a paragraph
 * with the vocabulary's other wordings for what that heading's section says. Pagefind gives each
 * heading with an id its own sub-result, so the added words lead to the right section or task.
 * The served page is not changed; only the copy handed to the indexer is.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { aliasesFor } from '../../lib/search/aliases.ts';
import type { AliasGroup } from '../../model/site-data.ts';

/**
 * Pagefind's weight for words added because the heading itself names the thing: above body text
 * (1), well below a title (7–10), so the page whose title is the query's own wording still ranks first.
 */
export const HEADING_ALIAS_WEIGHT = 2;

const SECTION_HEADINGS = 'h1, h2[id], h3[id], h4[id], h5[id], h6[id]';

/** Text of an HTML fragment: tags dropped, the few entities our pages use decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/gu, ' ')
    .replace(
      /&(lt|gt|quot|#39|amp);/gu,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] ?? '',
    )
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export interface Enrichment {
  html: string;
  /** The words added, per heading (its id, or "h1" for the page title). */
  added: { heading: string; words: string[] }[];
}

const ignored = (el: HTMLElement) => el.closest('[data-pagefind-ignore]') !== null;

/** The page with alias paragraphs inserted; unchanged when it has no indexed part or nothing matches. */
export function enrichForIndex(html: string, groups: AliasGroup[]): Enrichment {
  const root = parse(html, { comment: false });
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return { html, added: [] };
  const headings = body.querySelectorAll(SECTION_HEADINGS).filter((h) => !ignored(h));
  const bodyEnd = body.range[1];
  // Words in ignored parts are not indexed, so they must not trigger aliases either.
  const skipped = body.querySelectorAll('[data-pagefind-ignore]').map((el) => el.range);
  const textBetween = (start: number, end: number) => {
    let out = '';
    let at = start;
    for (const [from, to] of skipped) {
      if (to <= at || from >= end) continue;
      out += html.slice(at, Math.max(at, from));
      at = Math.max(at, to);
    }
    return htmlText(out + html.slice(at, Math.max(at, end)));
  };
  const inserts: { at: number; end: number; text: string }[] = [];
  const added: Enrichment['added'] = [];
  headings.forEach((h, i) => {
    const sectionEnd = headings[i + 1]?.range[0] ?? bodyEnd;
    const headingText = textBetween(h.range[0], h.range[1]);
    const sectionText = textBetween(h.range[0], sectionEnd);
    const strong = aliasesFor(headingText, groups);
    const weak = aliasesFor(sectionText, groups).filter((w) => !strong.includes(w));
    if (strong.length + weak.length === 0) return;
    const paragraph = (words: string[], weight?: number) =>
      words.length === 0
        ? ''
        : `<p${weight ? ` data-pagefind-weight="${weight}"` : ''}>相关说法：${escapeHtml(words.join('、'))}</p>`;
    inserts.push({ at: h.range[1], end: h.range[1], text: paragraph(strong, HEADING_ALIAS_WEIGHT) + paragraph(weak) });
    added.push({ heading: h.id || h.tagName.toLowerCase(), words: [...strong, ...weak] });
  });
  // Ignored parts of a heading (the copy-link label) are not indexed, but Pagefind would still take them into
  // the heading's text, which titles the section's result: cut them from the indexed copy.
  const cuts = headings.flatMap((h) =>
    h
      .querySelectorAll('[data-pagefind-ignore]')
      .filter((el) => !el.parentNode?.closest('[data-pagefind-ignore]')) // the outermost only
      .map((el) => ({ at: el.range[0], end: el.range[1], text: '' })),
  );
  let out = html;
  // Edits from the end backwards, so the ranges still hold: an insert replaces nothing, a cut inserts nothing.
  for (const { at, end, text } of [...inserts, ...cuts].sort((a, b) => b.at - a.at))
    out = out.slice(0, at) + text + out.slice(end);
  return { html: out, added };
}
