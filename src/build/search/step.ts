/**
 * The search step of the page pass: the Pagefind index over the pages that mark a data-pagefind-body
 * (docs/search.md), one Pagefind page each, with a list's item pages folded into the list's record
 * (./records.ts), filed under the regions above their own (./regions.ts), after adding the vocabulary's other
 * wordings to the copy it indexes (./enrich.ts); then, beside the index, the files the search page
 * understands queries with (./query-data.ts).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ITEM_PAGE } from '../../lib/search/item-facts.ts';
import { parseItemSegment } from '../../lib/urls.ts';
import type { PageStep } from '../page-pass.ts';
import { enrichForIndex } from './enrich.ts';
import { writeQueryFiles, type QueryVocabulary } from './query-data.ts';
import { foldItems, type ItemPage } from './records.ts';
import { fileUnderRegionsAbove } from './regions.ts';

/** What the index and the search page's query files are made with, besides the pages. */
export interface SearchInputs extends QueryVocabulary {
  /** Region name → the regions above it, below its province (./regions.ts). */
  regionsAbove: ReadonlyMap<string, readonly string[]>;
  /** Region name → its finder page, for regions that have one. */
  finders: Record<string, string>;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The folder under dist/ that holds the index and Pagefind's scripts. */
const SEARCH_BUNDLE = 'pagefind';

interface Pending {
  url: string;
  html: string;
  items: Array<ItemPage & { n: number }>;
}

/** One Pagefind page as the index receives it. */
export interface SearchRecord {
  url: string;
  /** The page as indexed: items folded in, filed under the regions above, other wordings added. */
  html: string;
  /** List items folded into it. */
  items: number;
  /** Whether the vocabulary added wordings. */
  enriched: boolean;
}

/**
 * Turns the built pages, seen in path order, into the index's records and hands each to `add`: a searchable
 * page waits until the pages after it are seen, because its item pages (paths below it) come next.
 */
export function searchRecords(
  inputs: Pick<SearchInputs, 'aliases' | 'regionsAbove'>,
  add: (record: SearchRecord) => Promise<void>,
): PageStep {
  let pending: Pending | null = null;
  const flush = async () => {
    if (!pending) return;
    const { url, items } = pending;
    const html = fileUnderRegionsAbove(
      foldItems(
        pending.html,
        items.sort((a, b) => a.n - b.n),
      ),
      inputs.regionsAbove,
    );
    pending = null;
    const vocabulary = html.includes('data-search-vocabulary="off"') ? [] : inputs.aliases;
    const { html: content, added } = enrichForIndex(html, vocabulary);
    await add({ url, html: content, items: items.length, enriched: added.length > 0 });
  };
  return {
    async page({ path, html }) {
      if (!html.includes('data-pagefind-body')) return;
      const item = ITEM_PAGE.exec(path);
      if (item && pending?.url === item[1]) {
        pending.items.push({ anchor: item[2]!, html, n: parseItemSegment(item[2]!)! });
        return;
      }
      if (item)
        throw new Error(
          `The item page ${path} has no list page before it: the search index folds items into their list`,
        );
      await flush();
      pending = { url: path, html, items: [] };
    },
    finish: flush,
  };
}

/**
 * Fails the build when the index holds a different number of pages (each folded item counted) than the
 * content calls for.
 */
export async function searchStep(
  dist: string,
  inputs: SearchInputs,
  expectedPages: number,
): Promise<PageStep & { summary: () => string }> {
  const { aliases } = inputs;
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  let folded = 0;
  let enriched = 0;
  let files = { vocabulary: 0, t2s: 0, finders: 0 };

  const records = searchRecords(inputs, async (record) => {
    const result = await index.addHTMLFile({ url: record.url, content: record.html });
    if (result.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join('; ')}`);
    if (record.enriched) enriched += 1;
    folded += record.items;
    pages += 1;
  });

  return {
    page: (page) => records.page(page),
    async finish() {
      await records.finish();
      const outputPath = join(dist, SEARCH_BUNDLE);
      rmSync(outputPath, { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      await pagefind.close();
      files = writeQueryFiles(dist, inputs, inputs.finders);
      if (pages + folded !== expectedPages) {
        throw new Error(
          `The search index holds ${pages} pages and ${folded} list items but the content calls for ${expectedPages} searchable pages: a page lost its data-pagefind-body`,
        );
      }
    },
    summary: () =>
      `${pages} pages indexed, ${folded} list items folded into their lists (${enriched} pages with added wordings from ${aliases.length} vocabulary groups) in ${Math.round(performance.now() - started)} ms; ` +
      `query files: vocabulary ${kb(files.vocabulary)} (${inputs.everyday.filter((g) => g.review === 'reviewed').length} everyday groups), traditional → simplified ${kb(files.t2s)}, finders ${kb(files.finders)}`,
  };
}
